export type { ValidationRound } from './validation-types';
import type { ValidationRound } from './validation-types';
import { EARLY_ROUNDS } from './validation-rounds-early';
import { LATER_ROUNDS } from './validation-rounds-later';
import { RECENT_ROUNDS } from './validation-rounds-recent';
import { QUESTION_ROUNDS } from './validation-rounds-question';
import { LATEST_ROUNDS } from './validation-rounds-latest';
import { NEWEST_ROUNDS } from './validation-rounds-newest';
import { ROUNDS_FROM_77 } from './validation-rounds-from-77';
import { ROUNDS_FROM_101 } from './validation-rounds-from-101';
import { ROUNDS_FROM_124 } from './validation-rounds-from-124';
import { ROUNDS_2024_5 } from './validation-rounds-2024-5';
import { ROUNDS_FROM_155 } from './validation-rounds-from-155';
import { ROUNDS_2024_6 } from './validation-rounds-2024-6';
import { ROUNDS_2024_7 } from './validation-rounds-2024-7';
import { ROUNDS_2024_8 } from './validation-rounds-2024-8';
import { ROUNDS_2024_9 } from './validation-rounds-2024-9';
import { ROUNDS_2024_10 } from './validation-rounds-2024-10';
import { ROUNDS_2024_11 } from './validation-rounds-2024-11';

/** Every round, oldest first: the page and docs/content-validation.md list them all. */
export const VALIDATION_ROUNDS: readonly ValidationRound[] = [
  ...EARLY_ROUNDS,
  ...LATER_ROUNDS,
  ...RECENT_ROUNDS,
  ...QUESTION_ROUNDS,
  ...LATEST_ROUNDS,
  ...NEWEST_ROUNDS,
  ...ROUNDS_FROM_77,
  ...ROUNDS_FROM_101,
  ...ROUNDS_FROM_124,
  ...ROUNDS_2024_5,
  ...ROUNDS_FROM_155,
  ...ROUNDS_2024_6,
  ...ROUNDS_2024_7,
  ...ROUNDS_2024_8,
  ...ROUNDS_2024_9,
  ...ROUNDS_2024_10,
  ...ROUNDS_2024_11,
];

export const VALIDATION_GOALS = { fitRate: 0.9, alpha: 0.8, grade: 9 } as const;
