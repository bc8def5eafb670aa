import type { ReviewGrades } from './validation-types';
import { reading } from './content-review-grade';

/** Independent readings of checklist 2024.10 (docs/content-validation.md, "Independent readings"). */
export const REVIEWS_2024_10: readonly ReviewGrades[] = [
  // The text with round 199 on the Verantwoording page (2b0726a), read by a hundred-and-thirty-fourth new reviewer.
  reading('2024.10', '2026-12-07', [9.5, 9, 7.5, 7, 8.5]),
  // The plainer level 1 and 2 sentences and one label for the checklist's choices (5fd38eb), the 135th reviewer.
  reading('2024.10', '2026-12-07', [9.5, 9, 7.5, 7, 8]),
  // The text after round 202's ten rules and check 312 (bb77843), the 136th reviewer: rubric quality fell a point.
  reading('2024.10', '2026-12-08', [9.5, 9, 6.5, 7, 8.5]),
];
