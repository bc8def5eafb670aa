import type { ReviewGrades } from './validation-types';
import { reading } from './content-review-grade';

/** Independent readings of checklist 2024.8 (docs/content-validation.md, "Independent readings"). */
export const REVIEWS_2024_8: readonly ReviewGrades[] = [
  // The text after round 181, with the narrower rule on departures that check 297 then found wrong (46d0f7b), read
  // by a hundred-and-thirtieth new reviewer.
  reading('2024.8', '2026-12-07', [9.5, 8.5, 6.5, 7, 8.5]),
  // The text of rounds 183 and 184 (d69ce2e), read by a hundred-and-thirty-first new reviewer.
  reading('2024.8', '2026-12-07', [9.5, 9, 6.5, 7.5, 8.5]),
];
