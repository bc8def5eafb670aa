import type { ReviewGrades } from './validation-types';
import { reading } from './content-review-grade';

/** Independent readings of checklist 2024.5 (docs/content-validation.md says what each found). */
export const REVIEWS_2024_5: readonly ReviewGrades[] = [
  // The first text of 2024.5 (2b94e44: the question on information per phase split, one rule for 'who decides'), read
  // by a hundred-and-sixth new reviewer.
  reading('2024.5', '2026-12-06', [9.5, 9, 8, 8, 8.5]),
  // The text after checks 194 to 196, the 106th reading and rounds 140 and 141 (abdcfd3), read by a
  // hundred-and-seventh new reviewer.
  reading('2024.5', '2026-12-06', [9.5, 9, 8, 8, 8.5]),
  // The text after checks 199 to 201 and round 144 (0c35df5), read by a hundred-and-eighth new reviewer.
  reading('2024.5', '2026-12-06', [9.5, 9, 8, 7.5, 8.5]),
  // The text after checks 203 to 205, the 108th reading and round 145 (0c7a722), read by a hundred-and-ninth new
  // reviewer.
  reading('2024.5', '2026-12-06', [9.5, 9, 8, 7, 8]),
  // The first trial of fewer rules, before check 211's mends (076f6a8), read by a hundred-and-tenth new reviewer.
  reading('2024.5', '2026-12-06', [9.5, 9, 7.5, 6.5, 7.5]),
  // The text after check 212 (16fb79a), read by a hundred-and-eleventh new reviewer.
  reading('2024.5', '2026-12-06', [9.5, 9, 7, 7.5, 8.5]),
  // The text after check 213 (788b510), read by a hundred-and-twelfth new reviewer.
  reading('2024.5', '2026-12-06', [9.5, 8.5, 7.5, 7, 8]),
  // The text after checks 219 to 222 (27d15cf), read by a hundred-and-thirteenth new reviewer.
  reading('2024.5', '2026-12-06', [9.5, 9, 7.5, 7, 8]),
  // The text after checks 225 to 228 (418369c), read by a hundred-and-fourteenth new reviewer.
  reading('2024.5', '2026-12-06', [9.5, 8.5, 7.5, 7, 8]),
  // The text after checks 233 to 237 (7d378bd: 'werkstap' and 'bepaling'), read by a hundred-and-fifteenth new
  // reviewer.
  reading('2024.5', '2026-12-07', [9.5, 8.5, 6.5, 7, 8]),
  // The text after checks 238 to 241, round 155 and the 115th reading (5f9ca19), read by a hundred-and-sixteenth new
  // reviewer.
  reading('2024.5', '2026-12-07', [9.5, 8.5, 7.5, 7, 8.5]),
  // The text after round 158 and checks 246 and 247 (26f63f2, before check 247's mends), read by a
  // hundred-and-seventeenth new reviewer.
  reading('2024.5', '2026-12-07', [9.5, 8.5, 7, 7, 8.5]),
  // The text after round 160 and checks 250 to 254 (16d82e6), read by a hundred-and-eighteenth new reviewer.
  reading('2024.5', '2026-12-07', [9.5, 8.5, 7, 7, 8.5]),
  // The text round 163 measured, after check 258 (5015bbe), read by a hundred-and-nineteenth new reviewer.
  reading('2024.5', '2026-12-07', [9.5, 9, 7.5, 7, 8.5]),
  // The text after rounds 164 and 165 and checks 259 to 266 (9151860), read by a hundred-and-twentieth new reviewer.
  reading('2024.5', '2026-12-07', [9.5, 8.5, 6.5, 7, 8.5]),
  // The text with at most three rules in view and the rest in a facilitator's annex (1da416e, before check 273's
  // mends), read by a hundred-and-twenty-first new reviewer.
  reading('2024.5', '2026-12-07', [9.5, 9, 7.5, 7.5, 8.5]),
  // The text after checks 273 and 274 and the 121st reading's findings (68db1f5), read by a hundred-and-twenty-second
  // new reviewer.
  reading('2024.5', '2026-12-07', [9, 8.5, 6.5, 7, 8.5]),
  // The text after the 122nd reading's findings, the reading rule's checks A to C, the impasse rule without its
  // exception and checks 276 and 277 (ec88223), read by a hundred-and-twenty-third new reviewer.
  reading('2024.5', '2026-12-07', [9.5, 8.5, 7, 7.5, 8.5]),
  // The text after round 171 and checks 278 to 282 (f7df75a), read by a hundred-and-twenty-fourth new reviewer.
  reading('2024.5', '2026-12-07', [9, 8.5, 7, 7, 8.5]),
];
