export type { ValidationRound } from './validation-types';
import type { ValidationRound } from './validation-types';
import { EARLY_ROUNDS } from './validation-rounds-early';
import { LATER_ROUNDS } from './validation-rounds-later';
import { RECENT_ROUNDS } from './validation-rounds-recent';
import { QUESTION_ROUNDS } from './validation-rounds-question';
import { LATEST_ROUNDS } from './validation-rounds-latest';
import { NEWEST_ROUNDS } from './validation-rounds-newest';

/** Every round, oldest first: the page and docs/content-validation.md list them all. */
export const VALIDATION_ROUNDS: readonly ValidationRound[] = [
  ...EARLY_ROUNDS,
  ...LATER_ROUNDS,
  ...RECENT_ROUNDS,
  ...QUESTION_ROUNDS,
  ...LATEST_ROUNDS,
  ...NEWEST_ROUNDS,
];

export const VALIDATION_GOALS = { fitRate: 0.9, alpha: 0.8, grade: 9 } as const;

/** Where one checklist version stands against the goal, over all its rounds (readings 47 and 48: the page showed
 *  each round but never said whether the goal is met). Pooled from each round's own rate and size. */
export function validationStanding(
  version: string,
  rounds: readonly ValidationRound[] = VALIDATION_ROUNDS,
): { rounds: number; ratings: number; fitRate: number; met: number } {
  const own = rounds.filter((r) => r.checklistVersion === version);
  const ratings = own.reduce((n, r) => n + r.ratings, 0);
  const fits = own.reduce((n, r) => n + Math.round(r.fitRate * r.ratings), 0);
  const met = own.filter((r) => r.fitRate >= VALIDATION_GOALS.fitRate && r.alpha >= VALIDATION_GOALS.alpha);
  return { rounds: own.length, ratings, fitRate: ratings ? fits / ratings : 0, met: met.length };
}
