import type { ReviewGrades } from './validation-types';
import { reading } from './content-review-grade';
import { REVIEWS_2024_4 } from './content-reviews-2024-4';
import { REVIEWS_2024_5 } from './content-reviews-2024-5';
import { REVIEWS_2024_6 } from './content-reviews-2024-6';
import { REVIEWS_2024_7 } from './content-reviews-2024-7';
import { REVIEWS_2024_8 } from './content-reviews-2024-8';
import { REVIEWS_2024_9 } from './content-reviews-2024-9';
import { REVIEWS_2024_10 } from './content-reviews-2024-10';

// Every independent reading of the content (CONTENT-REVIEW's five criteria), in order; docs/content-validation.md
// says what each found and what changed in response.
export const CONTENT_REVIEWS: readonly ReviewGrades[] = [
  // The first draft of 2024.3, read by a reviewer who had not seen the change (docs/content-validation.md).
  reading('2024.3', '2026-11-30', [8.7, 7.2, 6.4, 7.2, 7.4]),
  // After the fixes for the first reading: a new reviewer, who had seen neither the change nor that reading.
  reading('2024.3', '2026-11-30', [8.8, 7.2, 7.3, 7.6, 7.4]),
  // Round 3 (one ladder, the second reading's findings fixed): a third new reviewer.
  reading('2024.3', '2026-11-30', [9, 7, 5, 7, 7]),
  // The ladder after round 3: a fourth new reviewer.
  reading('2024.3', '2026-11-30', [9.5, 8.5, 7, 8, 8]),
  // The ladder after round 4: a fifth new reviewer.
  reading('2024.3', '2026-11-30', [9.5, 8.5, 7, 8, 8]),
  // The ladder from three yes/no facts (after round 5): a sixth new reviewer.
  reading('2024.3', '2026-11-30', [9.5, 8.5, 7.5, 8.5, 8]),
  // After round 6's reading-rule fixes: a seventh new reviewer.
  reading('2024.3', '2026-11-30', [9, 8, 6, 7, 7]),
  // Round 8 (numbered reading-rule terms): an eighth new reviewer.
  reading('2024.3', '2026-11-30', [8, 7, 6, 7, 7]),
  // Round 9 (level 5 names each point's own review; one dimension per rubric): a ninth new reviewer.
  reading('2024.3', '2026-11-30', [9, 8, 6, 7, 8]),
  // Round 11 (question fit, covenant as framework, level 3 names a part-agreement): a tenth new reviewer.
  reading('2024.3', '2026-11-30', [9, 8, 7, 8, 8]),
  // Round 12 (the tenth reading acted on; a joint agreement is one the whole case meeting works with): an
  // eleventh new reviewer.
  reading('2024.3', '2026-11-30', [9, 8, 6, 7, 8]),
  // Round 13 (each point's whole topic stated; levels 4 and 5 ask for it; each question scores its own part): a
  // twelfth new reviewer.
  reading('2024.3', '2026-12-01', [9, 8, 7, 8, 8]),
  // Round 14 (a joint agreement needs an act; adopted templates are on paper; §1.1 counts adopted policy; N/A only
  // when the situation occurred in no case): a thirteenth new reviewer.
  reading('2024.3', '2026-12-01', [9, 8, 7, 8, 8]),
  // Round 15's draft (one core per point, a review is a recorded conclusion, levels 1 and 2 as events), read by a
  // fourteenth new reviewer; the draft was not adopted (docs/content-validation.md).
  reading('2024.3-r15', '2026-12-01', [9, 7.5, 6, 7, 7.5]),
  // Round 16's text (round 14 with the doubt rule and three clarifications), read by a fifteenth new reviewer.
  reading('2024.3', '2026-12-01', [8.8, 8, 6, 7.5, 7.5]),
  // Round 17's text (levels 1–2 and 4–5 with the point's own words as examples), read by a sixteenth new reviewer.
  reading('2024.3', '2026-12-01', [8.5, 8.5, 6.5, 7.5, 7.5]),
  // Round 18's text, read by a seventeenth new reviewer.
  reading('2024.3', '2026-12-01', [8.5, 8, 6.5, 7, 7.5]),
  // Round 21's text, read by an eighteenth new reviewer (docs/content-validation.md, "Independent readings").
  reading('2024.3', '2026-12-01', [9, 8, 6, 7, 8]),
  // Round 22's text, read by a nineteenth new reviewer.
  reading('2024.3', '2026-12-01', [9, 8, 6, 7, 8]), // Round 23's text, read by a twentieth new reviewer.
  reading('2024.3', '2026-12-01', [9, 8, 6.5, 8, 8]),
  // Round 24's final text, read by a twenty-first new reviewer.
  reading('2024.3', '2026-12-01', [9, 8, 7, 7, 8]),
  // Round 25's text (the reading rule in three parts), read by a twenty-second new reviewer.
  reading('2024.3', '2026-12-01', [9, 8, 6, 7, 7]),
  // Round 26's text, read by a twenty-third new reviewer.
  reading('2024.3', '2026-12-01', [9, 8, 6, 7, 7]),
  // Round 27's text, read by a twenty-fourth new reviewer.
  reading('2024.3', '2026-12-01', [9, 8, 6, 7, 7]),
  // Round 29's text (levels 3 to 5 about the scored question), read by a twenty-fifth new reviewer.
  reading('2024.3', '2026-12-02', [9, 7, 5, 7, 7]),
  // Round 31's text, read by a twenty-sixth new reviewer.
  reading('2024.3', '2026-12-02', [9, 8, 5, 7, 7]),
  // Round 32's text (an act per question), read by a twenty-seventh new reviewer.
  reading('2024.3', '2026-12-02', [9, 8, 5, 6, 7]),
  // The text after the twenty-seventh reading (acts in the past tense), read by a twenty-eighth new reviewer.
  reading('2024.3', '2026-12-02', [9, 8, 6, 7, 7]),
  // The text after round 33 (questions asked as agreements), read by a twenty-ninth new reviewer.
  reading('2024.3', '2026-12-02', [9, 8, 6, 7, 7]),
  // The text after round 34, read by a thirtieth new reviewer.
  reading('2024.3', '2026-12-02', [9, 8, 6, 7, 8]),
  // The text after round 35, read by a thirty-first new reviewer.
  reading('2024.3', '2026-12-02', [9, 8, 6, 7, 8]),
  // The text after round 36 and the thirty-first reading, read by a thirty-second new reviewer.
  reading('2024.3', '2026-12-02', [9, 8, 6, 7, 8]),
  // The text this stop ends with (round 38's), read by a thirty-third new reviewer.
  reading('2024.3', '2026-12-02', [9, 8, 5.5, 7, 8]),
  ...REVIEWS_2024_4,
  ...REVIEWS_2024_5,
  ...REVIEWS_2024_6,
  ...REVIEWS_2024_7,
  ...REVIEWS_2024_8,
  ...REVIEWS_2024_9,
  ...REVIEWS_2024_10,
];

/** The goals the validation is held to (issue 21; CONTENT-REVIEW.md). */
