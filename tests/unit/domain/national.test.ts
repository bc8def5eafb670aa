import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { pointScore } from '../../../src/domain/scoring';
import {
  combine,
  dropDuplicates,
  groupOf,
  position,
  quantile,
  suppressCounts,
  toEntry,
  type Entry,
} from '../../../src/domain/national';
import { buildBenchmark, benchmarkText, parseBenchmark } from '../../../src/domain/benchmark';
import { contributionOf, fixedId } from '../../support/national-fixture';

const all = { year: null, sizeBand: null };
const entry = (i: number, step: number | null, year = 2026): Entry => ({
  id: fixedId(i),
  year,
  sizeBand: 'lt50k',
  steps: { wegen: step },
  points: {},
});

describe('quartiles', () => {
  it('interpolate between the nearest ranks, as QUARTILE.INC does', () => {
    const values = [1, 2, 3, 4, 5];
    expect([0.25, 0.5, 0.75].map((p) => quantile(values, p))).toEqual([2, 3, 4]);
    // 1, 2, 4, 4.5, 5, 5: positions 1.25, 2.5, 3.75.
    const six = [1, 2, 4, 4.5, 5, 5];
    expect([0.25, 0.5, 0.75].map((p) => quantile(six, p))).toEqual([2.5, 4.25, 4.875]);
  });
});

describe('suppression', () => {
  it('shows a group of five, with quartiles, and suppresses one of four', () => {
    expect(groupOf([1, 2, 3, 4, 5, null, null])).toEqual({
      n: 5,
      q1: 2,
      median: 3,
      q3: 4,
      levels: [null, null, null, null, null],
    });
    expect(groupOf([3, 3, 3, 3, null, null, null, null])).toEqual({ suppressed: true });
  });

  it('hides every count of one to four, and a second count when only one would be hidden', () => {
    expect(suppressCounts([0, 5, 7, 0, 0])).toEqual([0, 5, 7, 0, 0]);
    expect(suppressCounts([0, 5, 7, 2, 3])).toEqual([0, 5, 7, null, null]);
    // One small count alone would follow from n minus the others: the smallest other goes too.
    expect(suppressCounts([0, 5, 7, 2, 0])).toEqual([null, 5, 7, null, 0]);
    expect(suppressCounts([6, 5, 7, 2, 8])).toEqual([6, null, 7, null, 8]);
  });

  it('suppresses the whole picture of fewer than five contributions, and makes no benchmark of it', () => {
    const four = [1, 2, 3, 4].map((i) => entry(i, 3));
    const picture = combine(four, CHECKLIST, all);
    expect(picture.n).toBe(4);
    expect(Object.values(picture.steps).every((g) => 'suppressed' in g)).toBe(true);
    expect(buildBenchmark(picture, CHECKLIST.version, new Date())).toBeNull();
  });
});

describe('combining', () => {
  it('drops a contribution read twice, by its id', () => {
    const a = contributionOf(1);
    expect(dropDuplicates([a, contributionOf(2), a, a])).toMatchObject({
      duplicates: 2,
      kept: [a, contributionOf(2)],
    });
  });

  it('gives per step and point the n, quartiles and levels of the selected contributions', () => {
    const entries = [
      ...[1, 2, 3, 3.5, 4, 4.5].map((s, i) => entry(i, s)),
      entry(9, 1, 2025),
      entry(10, null),
    ];
    const picture = combine(entries, CHECKLIST, { year: 2026, sizeBand: null });
    expect(picture.n).toBe(7);
    // Levels of 1, 2, 3, 3.5, 4, 4.5: one at 1, one at 2, two at 3, two at 4: all below five, all hidden.
    expect(picture.steps.wegen).toEqual({
      n: 6,
      q1: 2.25,
      median: 3.25,
      q3: 3.88,
      levels: [null, null, null, null, 0],
    });
    expect(picture.steps.signaleren).toEqual({ suppressed: true });
    expect(combine(entries, CHECKLIST, { year: null, sizeBand: 'gt250k' }).n).toBe(0);
  });

  it('scores each contribution anew with the current checklist', () => {
    const c = contributionOf(4);
    const e = toEntry(c, CHECKLIST)!;
    expect(e.steps).toEqual(
      Object.fromEntries(Object.entries(c.steps).map(([k, v]) => [k, expect.closeTo(v!, 2)])),
    );
  });

  it('carries contributions of older checklists forward with the migration map', () => {
    const c = {
      ...contributionOf(5),
      contentVersion: '2024.2',
      // Renamed in 2024.3: mon-wie-wat → mon-wie. Merged: int-format-dossier into geg-format (the lower level).
      levels: { 'mon-wie-wat': 2, 'int-format-dossier': 1, 'geg-format': 4 } as const,
    };
    const e = toEntry(c, CHECKLIST)!;
    const point = (id: string) =>
      CHECKLIST.sections.flatMap((s) => s.attentionPoints).find((p) => p.id === id)!;
    expect(e.points['mon-afspraken']).toBe(
      pointScore(point('mon-afspraken'), { 'mon-wie': { level: 2 } }).value,
    );
    expect(e.points['geg-dossier']).toBe(1);
    // A checklist the map does not reach (newer, or unknown) cannot be lined up.
    expect(toEntry({ ...c, contentVersion: '2031.1' }, CHECKLIST)).toBeNull();
  });

  it('places a score above, in or below the middle half', () => {
    const group = { n: 8, q1: 2.5, median: 3, q3: 3.5, levels: [0, 0, 8, 0, 0] };
    expect([position(3.6, group), position(3.5, group), position(2.5, group), position(2.4, group)]).toEqual([
      'above',
      'middle',
      'middle',
      'below',
    ]);
    expect(position(null, group)).toBeNull();
    expect(position(3, { suppressed: true })).toBeNull();
  });
});

describe('a benchmark file', () => {
  const picture = combine(
    Array.from({ length: 12 }, (_, i) => toEntry(contributionOf(i), CHECKLIST)!),
    CHECKLIST,
    all,
  );
  const benchmark = buildBenchmark(picture, CHECKLIST.version, new Date('2027-01-15T09:00:00Z'))!;
  const parse = (value: unknown) => {
    const text = JSON.stringify(value);
    return parseBenchmark(text, text.length);
  };

  it('carries the picture, the date it was made and n, and reads back', () => {
    expect(benchmark).toMatchObject({
      kind: 'benchmark',
      n: 12,
      createdAt: '2027-01-15T09:00:00.000Z',
      minGroup: 5,
    });
    const text = benchmarkText(benchmark);
    expect(parseBenchmark(text, text.length)).toEqual({ ok: true, benchmark });
  });

  it('refuses a contribution, another file, and any figure on fewer than five', () => {
    expect(parse(contributionOf(1))).toEqual({ ok: false, error: { code: 'contribution' } });
    expect(parse({ app: 'pga-zelfscan', kind: 'library' })).toEqual({
      ok: false,
      error: { code: 'not-benchmark' },
    });
    expect(parse({ ...benchmark, benchmarkVersion: 3 })).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 3 },
    });
    const small = { n: 4, q1: 2, median: 3, q3: 4, levels: [0, 0, 0, 0, 0] };
    expect(parse({ ...benchmark, steps: { ...benchmark.steps, wegen: small } })).toMatchObject({ ok: false });
    const cell = { n: 9, q1: 2, median: 3, q3: 4, levels: [0, 3, null, 6, 0] };
    expect(parse({ ...benchmark, steps: { ...benchmark.steps, wegen: cell } })).toMatchObject({ ok: false });
    const lone = { n: 9, q1: 2, median: 3, q3: 4, levels: [0, null, 9, 0, 0] };
    expect(parse({ ...benchmark, steps: { ...benchmark.steps, wegen: lone } })).toMatchObject({ ok: false });
    expect(parse({ ...benchmark, n: 3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: 'n' },
    });
    expect(parse({ ...benchmark, regions: ['Utrecht'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});
