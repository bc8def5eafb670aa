import type { Level, Section } from '../content/types';
import { SAME } from './comparison';
import type { Trend } from './trend';

/** Floating-point slack: a mean of 4 computed as 3.9999… has reached 4. */
const REACHED = 1e-9;

export type GapDirection = 'closing' | 'widening' | 'same' | 'reached' | 'unknown';

/** How far a step is from its ambition in the first and the last scan that have both a score and an ambition. */
export interface StepGap {
  section: Section;
  /** The ambition in the last scan that set one. */
  target: Level | null;
  /** Ambition minus score; zero or less means the ambition was reached. */
  first: number | null;
  last: number | null;
  direction: GapDirection;
}

export function stepGaps(trend: Trend): StepGap[] {
  return trend.steps.map((step) => {
    const gaps = step.scores.map((score, i) => {
      const target = step.targets[i];
      return score.value === null || target == null ? null : target - score.value;
    });
    const known = gaps.filter((g): g is number => g !== null);
    // One scan with a score and an ambition has a distance, but no course yet.
    const first = known.length > 1 ? (known[0] ?? null) : null;
    const last = known[known.length - 1] ?? null;
    const target = [...step.targets].reverse().find((t): t is Level => t != null) ?? null;
    const direction: GapDirection =
      last !== null && last <= REACHED
        ? 'reached'
        : first === null || last === null
          ? 'unknown'
          : last < first - SAME
            ? 'closing'
            : last > first + SAME
              ? 'widening'
              : 'same';
    return { section: step.section, target, first, last, direction };
  });
}

/** The distance still to go, as the screen and the reports show it: above the ambition counts as none. */
export const distanceLeft = (gap: number): number => Math.max(0, gap);
