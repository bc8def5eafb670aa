import type { ReviewGrades } from './validation-types';
import { reading } from './content-review-grade';

/** Independent readings of checklist 2024.9 (docs/content-validation.md, "Independent readings"). */
export const REVIEWS_2024_9: readonly ReviewGrades[] = [
  // The text with rounds 188 to 190 on the Verantwoording page (8e26c7e), read by a hundred-and-thirty-second new
  // reviewer.
  reading('2024.9', '2026-12-07', [9.5, 9, 7, 7.5, 9]),
  // The text after the fourteen rules of checks 304 and 305 (5304e97), read by a hundred-and-thirty-third new reviewer.
  reading('2024.9', '2026-12-07', [9.5, 9, 7, 7.5, 8.5]),
];
