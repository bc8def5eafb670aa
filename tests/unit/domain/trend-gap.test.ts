import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { Level } from '../../../src/content/types';
import type { Score } from '../../../src/domain/scoring';
import type { Trend } from '../../../src/domain/trend';
import { stepGaps } from '../../../src/domain/trend-gap';

const score = (value: number | null): Score => ({
  value,
  answered: 4,
  scored: value === null ? 0 : 4,
  unknown: 0,
  na: value === null ? 4 : 0,
  total: 4,
  provisional: false,
});

/** A trend of one step per case, with its scores and ambitions per scan. */
function trendOf(cases: Array<[(number | null)[], (Level | null)[]]>): Trend {
  return {
    scans: [],
    overall: [],
    steps: cases.map(([values, targets], i) => ({
      section: CHECKLIST.sections[i]!,
      scores: values.map(score),
      targets,
    })),
    firstToLast: null,
    lastTwo: null,
    actions: [],
  };
}

describe('distance to the ambition over the years', () => {
  it('compares the first and last scan that have both a score and an ambition', () => {
    const gaps = stepGaps(
      trendOf([
        [
          [2, 3, 3.5],
          [4, 4, 4],
        ], // 2 → 0.5: smaller
        [
          [3, 2.5],
          [4, 4],
        ], // 1 → 1.5: larger
        [
          [3, 3.02],
          [4, 4],
        ], // 1 → 0.98: within rounding, unchanged
        [
          [3, 4],
          [4, 4],
        ], // reached
        [
          [3, 4.5],
          [4, 4],
        ], // above the ambition: reached, and no negative distance
        [
          [null, 3, 3.5],
          [4, null, 5],
        ], // 2024 has no score, 2025 no ambition: only 2026 counts
        [
          [3, 4],
          [null, null],
        ], // never an ambition
      ]),
    );
    expect(gaps.map((g) => [g.target, g.first, g.last, g.direction])).toEqual([
      [4, 2, 0.5, 'closing'],
      [4, 1, 1.5, 'widening'],
      [4, 1, expect.closeTo(0.98, 5), 'same'],
      [4, 1, 0, 'reached'],
      [4, 1, -0.5, 'reached'],
      [5, null, 1.5, 'unknown'],
      [null, null, null, 'unknown'],
    ]);
  });
});
