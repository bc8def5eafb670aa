import type { ReviewGrades } from './validation-types';
import { reading } from './content-review-grade';

/** Independent readings of checklist 2024.6 (docs/content-validation.md, "Independent readings"). */
export const REVIEWS_2024_6: readonly ReviewGrades[] = [
  // The plainer questions and the active level sentence, after checks 284 and 285 (fbc69f4), read by a
  // hundred-and-twenty-fifth new reviewer.
  reading('2024.6', '2026-12-07', [9.5, 9, 7.5, 7.5, 8.5]),
  // The text after the 125th reading's findings and check 286 (5efea88, before check 287's mends), read by a
  // hundred-and-twenty-sixth new reviewer.
  reading('2024.6', '2026-12-07', [9.5, 9, 7.5, 7, 8.5]),
  // The text after rounds 173 and 174, the new names of the collapsed rules and checks 287 to 289 (0370585), read by
  // a hundred-and-twenty-seventh new reviewer.
  reading('2024.6', '2026-12-07', [9.5, 9, 7, 7, 8.5]),
];
