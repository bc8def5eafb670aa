import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/storage/reconcile';

const scan = (id: string, updatedAt: string, note = '') => JSON.stringify({ id, updatedAt, note });

describe('reconcile: IndexedDB meets what localStorage still holds', () => {
  it('moves in what only localStorage has, readable or not', () => {
    const plan = reconcile(
      new Map(),
      new Map([
        ['a', scan('a', '2026-01-01')],
        ['b', '{half'],
      ]),
    );
    expect(plan.toMove).toEqual([
      ['a', scan('a', '2026-01-01')],
      ['b', '{half'],
    ]);
    expect([...plan.scans.keys()]).toEqual(['a', 'b']);
    expect(plan.superseded).toEqual([]);
  });

  it('on a tie, keeps the text of the later checklist: a content upgrade is never undone', () => {
    const upgraded = (v: string) => JSON.stringify({ id: 'u', updatedAt: '2026-02-01', contentVersion: v });
    const back = reconcile(new Map([['u', upgraded('2024.2')]]), new Map([['u', upgraded('2024.1')]]));
    expect(back.superseded.map(([id]) => id)).toEqual(['u']);
    expect(back.scans.get('u')).toBe(upgraded('2024.2'));
    const ahead = reconcile(new Map([['u', upgraded('2024.9')]]), new Map([['u', upgraded('2024.10')]]));
    expect(ahead.toMove.map(([id]) => id)).toEqual(['u']);
  });

  it('takes the later of two versions, and the localStorage one on a tie', () => {
    const stored = new Map([
      ['newer-here', scan('newer-here', '2026-02-01', 'idb')],
      ['newer-there', scan('newer-there', '2026-02-01', 'idb')],
      ['tie', scan('tie', '2026-02-01', 'idb')],
      ['same', scan('same', '2026-02-01')],
    ]);
    const journal = new Map([
      ['newer-here', scan('newer-here', '2026-01-01', 'ls')],
      ['newer-there', scan('newer-there', '2026-03-01', 'ls')],
      ['tie', scan('tie', '2026-02-01', 'ls')],
      ['same', scan('same', '2026-02-01')],
    ]);
    const plan = reconcile(stored, journal);
    expect(plan.toMove.map(([id]) => id)).toEqual(['newer-there', 'tie']);
    expect(plan.superseded.map(([id]) => id)).toEqual(['newer-here', 'same']);
    expect(JSON.parse(plan.scans.get('newer-here')!).note).toBe('idb');
    expect(JSON.parse(plan.scans.get('newer-there')!).note).toBe('ls');
    expect(JSON.parse(plan.scans.get('tie')!).note).toBe('ls');
  });

  it('sets aside an unreadable localStorage text rather than let it hide a readable scan', () => {
    const stored = new Map([['a', scan('a', '2026-01-01')]]);
    const plan = reconcile(stored, new Map([['a', '{half']]));
    expect(plan.unreadable).toEqual([['a', '{half']]);
    expect(plan.scans.get('a')).toBe(scan('a', '2026-01-01'));
    expect(plan.toMove).toEqual([]);
  });
});
