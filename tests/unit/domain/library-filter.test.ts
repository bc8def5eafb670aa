import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../../../src/domain/library-filter';

const scan = { title: 'Zelfscan PGA 2025', region: 'Regio Fryslân', date: '2025-04-15' };

describe('the start page filter', () => {
  it('finds a scan by any word of its title, region or date, in any case and without accents', () => {
    expect(matchesQuery(scan, 'fryslan')).toBe(true);
    expect(matchesQuery(scan, 'FRYSLÂN')).toBe(true);
    expect(matchesQuery(scan, '2025')).toBe(true);
    expect(matchesQuery(scan, '2025-04')).toBe(true);
    expect(matchesQuery(scan, 'pga')).toBe(true);
  });

  it('needs every word, and lets everything through when empty', () => {
    expect(matchesQuery(scan, 'fryslân 2025')).toBe(true);
    expect(matchesQuery(scan, 'fryslân 2024')).toBe(false);
    expect(matchesQuery(scan, 'zeeland')).toBe(false);
    expect(matchesQuery(scan, '   ')).toBe(true);
  });
});
