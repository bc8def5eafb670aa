import { describe, expect, it } from 'vitest';
import { agreementFigures, krippendorffAlpha, type Rating } from '../../support/rater-agreement';

// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: four observers, twelve units,
// missing values; the paper gives nominal 0.743, ordinal 0.815 and interval 0.849.
const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
const paperUnits = A.map((_, u) => [A[u], B[u], C[u], D[u]].filter((v): v is number => v !== null));

describe("Krippendorff's alpha", () => {
  it('reproduces the worked example of the method paper for each metric', () => {
    expect(krippendorffAlpha(paperUnits, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(paperUnits, 'ordinal')).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(paperUnits, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('is 1 for perfect agreement and ignores units with a single value', () => {
    expect(krippendorffAlpha([[1, 1, 1], [3, 3], [5, 5, 5], [2]], 'ordinal')).toBe(1);
  });

  it('counts a two-level disagreement as worse than a one-level one (ordinal)', () => {
    const base = [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ];
    const near = krippendorffAlpha([...base, [2, 3]], 'ordinal');
    const far = krippendorffAlpha([...base, [1, 5]], 'ordinal');
    expect(near).toBeGreaterThan(far);
    expect(near).toBeLessThan(1);
  });
});

describe('agreement figures', () => {
  const r = (rater: string, vignette: string, point: string, level: number, fit: Rating['fit']): Rating => ({
    rater,
    vignette,
    point,
    level,
    fit,
  });
  const ratings = [
    r('a', 'v1', 'p1', 3, 'one'),
    r('b', 'v1', 'p1', 3, 'one'),
    r('c', 'v1', 'p1', 3, 'several'),
    r('a', 'v1', 'p2', 1, 'none'),
    r('b', 'v1', 'p2', 2, 'one'),
    r('c', 'v1', 'p2', 3, 'one'),
  ];
  const f = agreementFigures(ratings);

  it('gives the fit rate as the share of ratings where exactly one level fitted', () => {
    expect(f.fitRate).toBeCloseTo(4 / 6);
    expect(f.ratings).toBe(6);
    expect(f.raters).toBe(3);
  });

  it('gives unanimous units, the points with most misfits, and units two or more levels apart', () => {
    expect(f.unanimous).toBe(0.5);
    expect(f.misfitsByPoint).toEqual([
      { point: 'p1', misfits: 1, of: 3 },
      { point: 'p2', misfits: 1, of: 3 },
    ]);
    expect(f.wideUnits).toEqual([{ unit: 'v1/p2', levels: [1, 2, 3] }]);
    expect(f.misfitsByCause).toBeUndefined();
  });

  it('splits misfits by the cause raters named, counting a misfit without one as the rubric’s', () => {
    const named = ratings.map((x, i) => (i === 2 ? { ...x, cause: 'fact' as const } : x));
    expect(agreementFigures(named).misfitsByCause).toEqual({ fact: 1, rubric: 1 });
  });
});
