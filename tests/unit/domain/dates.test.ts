import { describe, expect, it } from 'vitest';
import { compareIso, localIsoDate } from '../../../src/domain/dates';

describe('dates', () => {
  it('orders ISO dates and times as localeCompare does, earliest first', () => {
    const times = [
      '2026-03-01T09:00:00.000Z',
      '2025-12-31',
      '2026-03-01',
      '2026-02-28T23:59:59.999Z',
      '2025-12-31',
    ];
    expect([...times].sort(compareIso)).toEqual([...times].sort((a, b) => a.localeCompare(b)));
    expect(compareIso('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(compareIso('2026-01-10', '2026-01-02')).toBeGreaterThan(0);
    expect(compareIso('2026-01-10', '2026-01-10')).toBe(0);
  });

  it('writes a day in the local time zone', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
  });
});
