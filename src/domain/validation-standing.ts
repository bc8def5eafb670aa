import { VALIDATION_GOALS, VALIDATION_ROUNDS, type ValidationRound } from '../content/validation';
import { VALIDATION_SPREAD } from '../content/validation-spread';
import { CONTENT_MIGRATIONS } from '../content/content-migrations';
import type { Checklist, Text } from '../content/types';
import type { ValidationSpread } from '../content/validation-types';

/** How one checklist version stands against the validation goal. */
export interface ValidationStanding {
  rounds: number;
  ratings: number;
  /** Pooled over the version's rounds: ratings where exactly one level fitted, of all its ratings. */
  fitRate: number;
  /** Rounds that met both the fit-rate and the alpha goal. */
  met: number;
  /** Whether the rounds together meet the goal: the pooled fit rate, and every round's alpha. */
  pooledMet: boolean;
  /** The version's last round: its fit rate, and whether it met both goals (reading 100: the page left the reader to
   *  work out that the current text misses the goal). Absent without rounds. */
  latest?: { fitRate: number; met: boolean };
}

/** The rounds that measure a version as the app gives it: a round on the partner text alone is a comparison, not
 *  counted. The standing, the spread and their tests all pool these. */
export function countedRounds(
  version: string,
  rounds: readonly ValidationRound[] = VALIDATION_ROUNDS,
): ValidationRound[] {
  return rounds.filter((r) => r.checklistVersion === version && !r.rubricText);
}

/** Where one checklist version stands against the goal, over all its rounds (readings 47 and 48: the page showed
 *  each round but never said whether the goal is met). Pooled from each round's own rate and size. */
export function validationStanding(
  version: string,
  rounds: readonly ValidationRound[] = VALIDATION_ROUNDS,
): ValidationStanding {
  const own = countedRounds(version, rounds);
  const ratings = own.reduce((n, r) => n + r.ratings, 0);
  const fits = own.reduce((n, r) => n + Math.round(r.fitRate * r.ratings), 0);
  const meets = (r: ValidationRound) =>
    r.fitRate >= VALIDATION_GOALS.fitRate && r.alpha >= VALIDATION_GOALS.alpha;
  const last = own.at(-1);
  const fitRate = ratings ? fits / ratings : 0;
  return {
    rounds: own.length,
    ratings,
    fitRate,
    met: own.filter(meets).length,
    pooledMet:
      ratings > 0 &&
      fitRate >= VALIDATION_GOALS.fitRate &&
      own.every((r) => r.alpha >= VALIDATION_GOALS.alpha),
    ...(last ? { latest: { fitRate: last.fitRate, met: meets(last) } } : {}),
  };
}

/** Which sentence says how a version stands: not yet tested, its one round on its own (with whether it met the goal),
 *  or all its rounds pooled (reading 106: "0 rondes … 0%" read as a failed test). The page and the review dump both
 *  choose by this. */
export type StandingSentence = 'untested' | 'firstMet' | 'firstNotMet' | 'pooled';

/** Which sentence (a key under 'justification', as StandingSentence) says how a version's rounds met the goal: the
 *  rounds together first when they meet it (the page gave only the count of rounds that met it, so a pooled figure at
 *  the goal went unsaid). */
export function goalSentence(s: ValidationStanding): 'goalMet' | 'pooledGoalMet' {
  return s.pooledMet ? 'pooledGoalMet' : 'goalMet';
}

export function standingSentence(s: ValidationStanding): StandingSentence {
  if (s.rounds === 0 || !s.latest) return 'untested';
  if (s.rounds > 1) return 'pooled';
  return s.latest.met ? 'firstMet' : 'firstNotMet';
}

/** The version before `version` and how it stood, so the page keeps the earlier figures in view when a new version
 *  has few rounds yet; undefined when there is no earlier version or it was never tested. */
export function previousStanding(
  version: string,
  rounds: readonly ValidationRound[] = VALIDATION_ROUNDS,
): { version: string; standing: ValidationStanding } | undefined {
  const before = CONTENT_MIGRATIONS.find((m) => m.to === version)?.from;
  if (!before) return undefined;
  const standing = validationStanding(before, rounds);
  return standing.rounds ? { version: before, standing } : undefined;
}

/** The spread with each point's title and share of wide units, as the page and the review dump show it. */
export interface TitledSpread extends Omit<ValidationSpread, 'points'> {
  /** The share of all units whose levels lie two or more apart. */
  share: number;
  points: (ValidationSpread['points'][number] & { title: Text; share: number })[];
}

/** Where the checklist's raters chose levels two or more apart; undefined when the figures are for another version. */
export function validationSpread(
  checklist: Checklist,
  spread: ValidationSpread = VALIDATION_SPREAD,
): TitledSpread | undefined {
  if (spread.checklistVersion !== checklist.version) return undefined;
  const points = checklist.sections.flatMap((s) => s.attentionPoints);
  return {
    ...spread,
    share: spread.wideUnits / spread.units,
    points: spread.points.map((p) => ({
      ...p,
      share: p.wideUnits / p.units,
      title: points.find((x) => x.id === p.point)?.title ?? { nl: p.point, en: p.point },
    })),
  };
}
