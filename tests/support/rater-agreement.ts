// Inter-rater figures for the content validation (docs/content-validation.md): does exactly one level fit,
// and do independent raters agree? Krippendorff's alpha as in Krippendorff (2011), "Computing
// Krippendorff's alpha-reliability": coincidence matrix over pairable values, then 1 − Do/De.

/** Whether the rubric text fitted the practice: exactly one level, several, or none. */
export type Fit = 'one' | 'several' | 'none';

export interface Rating {
  rater: string;
  vignette: string;
  point: string;
  /** The question scored, from round 29, when raters score each question as the app does; before, the point. */
  question?: string;
  /** The level the rater chose (the nearest one when none fitted), or N/A (from round 11) where the rule says so. */
  level: number | 'na';
  fit: Fit;
  /** The levels that competed (fit 'several'), or were nearest (fit 'none'); N/A among them from round 34. */
  competing?: (number | 'na')[];
  /** From round 51: what caused a misfit, a fact missing from the vignette or doubt about the rubric's words. */
  cause?: 'fact' | 'rubric';
  reason?: string;
}

export type Metric = 'nominal' | 'ordinal' | 'interval';

/** Values per unit; a unit with fewer than two values carries no pair and is left out, as alpha prescribes. */
export type Units = readonly (readonly number[])[];

function coincidences(units: Units): { values: number[]; o: Map<string, number>; n: Map<number, number> } {
  const o = new Map<string, number>();
  const n = new Map<number, number>();
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const c = unit[i]!;
        const k = unit[j]!;
        o.set(`${c},${k}`, (o.get(`${c},${k}`) ?? 0) + 1 / (m - 1));
        n.set(c, (n.get(c) ?? 0) + 1 / (m - 1));
      }
  }
  const values = [...n.keys()].sort((a, b) => a - b);
  return { values, o, n };
}

function distance(metric: Metric, values: number[], n: Map<number, number>, c: number, k: number): number {
  if (metric === 'nominal') return c === k ? 0 : 1;
  if (metric === 'interval') return (c - k) ** 2;
  // Ordinal: the marginal frequencies from c to k, less half of the two ends, squared.
  const [lo, hi] = c <= k ? [c, k] : [k, c];
  let sum = 0;
  for (const g of values) if (g >= lo && g <= hi) sum += n.get(g) ?? 0;
  return (sum - ((n.get(c) ?? 0) + (n.get(k) ?? 0)) / 2) ** 2;
}

/** Krippendorff's alpha; NaN when there is no variation at all (every pairable value the same). */
export function krippendorffAlpha(units: Units, metric: Metric): number {
  const { values, o, n } = coincidences(units);
  const total = [...n.values()].reduce((a, b) => a + b, 0);
  let observed = 0;
  let expected = 0;
  for (const c of values)
    for (const k of values) {
      const d = distance(metric, values, n, c, k);
      observed += (o.get(`${c},${k}`) ?? 0) * d;
      expected += (n.get(c) ?? 0) * (n.get(k) ?? 0) * d;
    }
  return 1 - ((total - 1) * observed) / expected;
}

/** Ratings grouped into units, one per vignette and question (or point, before round 29), in first-seen order. */
export function unitsOf(ratings: readonly Rating[]): Map<string, Rating[]> {
  const units = new Map<string, Rating[]>();
  for (const r of ratings) {
    const key = `${r.vignette}/${r.question ?? r.point}`;
    units.set(key, [...(units.get(key) ?? []), r]);
  }
  return units;
}

export interface AgreementFigures {
  ratings: number;
  raters: number;
  /** Share of ratings where exactly one level fitted literally. */
  fitRate: number;
  alphaOrdinal: number;
  /** Share of units (vignette × question, or × point) where every rater chose the same level. */
  unanimous: number;
  /** Points by misfits (several or none), most first; points without a misfit are left out. */
  misfitsByPoint: { point: string; misfits: number; of: number }[];
  /** Units where the raters' levels lie two or more apart. */
  wideUnits: { unit: string; levels: number[] }[];
  /** Misfits by the cause raters named (from round 51); absent when no rating of the round names one. */
  misfitsByCause?: { fact: number; rubric: number };
}

export function agreementFigures(ratings: readonly Rating[]): AgreementFigures {
  const units = unitsOf(ratings);
  const perPoint = new Map<string, { misfits: number; of: number }>();
  for (const r of ratings) {
    const p = perPoint.get(r.point) ?? { misfits: 0, of: 0 };
    perPoint.set(r.point, { misfits: p.misfits + (r.fit === 'one' ? 0 : 1), of: p.of + 1 });
  }
  const answersPerUnit = [...units].map(([unit, rs]) => ({ unit, answers: rs.map((r) => r.level) }));
  // N/A is not on the ordinal scale: alpha and the spread use the levels only; unanimity counts N/A as an answer.
  const levelsPerUnit = answersPerUnit.map(({ unit, answers }) => ({
    unit,
    levels: answers.filter((a): a is number => a !== 'na'),
  }));
  return {
    ratings: ratings.length,
    raters: new Set(ratings.map((r) => r.rater)).size,
    fitRate: ratings.filter((r) => r.fit === 'one').length / ratings.length,
    alphaOrdinal: krippendorffAlpha(
      levelsPerUnit.map((u) => u.levels),
      'ordinal',
    ),
    unanimous: answersPerUnit.filter((u) => new Set(u.answers).size === 1).length / answersPerUnit.length,
    misfitsByPoint: [...perPoint]
      .map(([point, f]) => ({ point, ...f }))
      .filter((p) => p.misfits > 0)
      .sort((a, b) => b.misfits - a.misfits || a.point.localeCompare(b.point)),
    wideUnits: levelsPerUnit.filter(
      (u) => u.levels.length > 0 && Math.max(...u.levels) - Math.min(...u.levels) >= 2,
    ),
    ...causesOf(ratings),
  };
}

function causesOf(ratings: readonly Rating[]): Pick<AgreementFigures, 'misfitsByCause'> {
  if (!ratings.some((r) => r.cause)) return {};
  const misfits = ratings.filter((r) => r.fit !== 'one');
  // A misfit without a named cause is counted as the rubric's: the stricter reading.
  const fact = misfits.filter((r) => r.cause === 'fact').length;
  return { misfitsByCause: { fact, rubric: misfits.length - fact } };
}
