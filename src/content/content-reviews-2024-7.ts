import type { ReviewGrades } from './validation-types';
import { reading } from './content-review-grade';

/** Independent readings of checklist 2024.7 (docs/content-validation.md, "Independent readings"). */
export const REVIEWS_2024_7: readonly ReviewGrades[] = [
  // The rules that decide what rounds 173 to 175 left to the rule for doubt, after checks 291 and 292 (384fa0e),
  // read by a hundred-and-twenty-eighth new reviewer.
  reading('2024.7', '2026-12-07', [9.5, 8.5, 7, 7.5, 8.5]),
  // The text after rounds 177 and 178 and check 293 (0f62729), read by a hundred-and-twenty-ninth new reviewer.
  reading('2024.7', '2026-12-07', [9.5, 8.5, 6.5, 7, 8.5]),
];
