// An independent statement of the scoring rules in exact fractions, for expected values in tests:
// point = mean of its levels; step = mean of its points; overall = mean of its steps.
import type { Checklist } from '../../src/content/types';
import type { Answer } from '../../src/domain/types';

export interface Fraction {
  n: number;
  d: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const frac = (n: number, d: number): Fraction => ({ n: n / gcd(n, d), d: d / gcd(n, d) });
const add = (a: Fraction, b: Fraction) => frac(a.n * b.d + b.n * a.d, a.d * b.d);

export function meanOf(values: Fraction[]): Fraction | null {
  if (values.length === 0) return null;
  const sum = values.reduce(add, frac(0, 1));
  return frac(sum.n, sum.d * values.length);
}

const levelsOf = (ids: string[], answers: Record<string, Answer>) =>
  ids.flatMap((id) => {
    const l = answers[id]?.level;
    return typeof l === 'number' ? [frac(l, 1)] : [];
  });

/** Fewer than half of the applicable questions (n.v.t. left out) carry a level, and at least one does. */
function provisional(ids: string[], answers: Record<string, Answer>): boolean {
  const applicable = ids.filter((id) => answers[id]?.level !== 'na').length;
  const scored = levelsOf(ids, answers).length;
  return scored > 0 && scored * 2 < applicable;
}

export function exactScores(checklist: Checklist, answers: Record<string, Answer>) {
  const sections = checklist.sections.map((s) => {
    const points = s.attentionPoints.map((p) => {
      const ids = p.questions.map((q) => q.id);
      return { id: p.id, value: meanOf(levelsOf(ids, answers)), provisional: provisional(ids, answers) };
    });
    const ids = s.attentionPoints.flatMap((p) => p.questions.map((q) => q.id));
    return {
      id: s.id,
      points,
      value: meanOf(points.flatMap((p) => (p.value ? [p.value] : []))),
      provisional: provisional(ids, answers),
    };
  });
  return { sections, overall: meanOf(sections.flatMap((s) => (s.value ? [s.value] : []))) };
}

/** One decimal, half up, with a Dutch decimal comma: 13/4 → "3,3". */
export function dutchOneDecimal(f: Fraction | null): string {
  if (!f) return '–';
  const tenths = Math.floor((20 * f.n + f.d) / (2 * f.d));
  return `${Math.floor(tenths / 10)},${tenths % 10}`;
}
