import type { ReviewGrades } from './validation-types';
import { reading } from './content-review-grade';

// The readings of checklist 2024.4, in order (split from content-reviews.ts, which lists them all).
export const REVIEWS_2024_4: readonly ReviewGrades[] = [
  // Checklist 2024.4 (five questions merged into the ones they repeated), read by a thirty-fourth new reviewer.
  reading('2024.4', '2026-12-02', [9, 7.5, 6, 7, 7.5]),
  // The text after round 40 and the thirty-fourth reading's language findings, read by a thirty-fifth new reviewer.
  reading('2024.4', '2026-12-02', [9, 7.5, 6, 6.5, 7.5]),
  // The text after the thirty-fifth reading's findings (the agreement frame named, plainer level sentences), read by
  // a thirty-sixth new reviewer.
  reading('2024.4', '2026-12-02', [9, 7.5, 5.5, 7, 7.5]),
  // The text after the focused thirty-seventh and thirty-eighth readings and five rules from round 42's doubts (a
  // sentence that only allows something, an agreement's own words), read by a thirty-ninth new reviewer.
  reading('2024.4', '2026-12-03', [9, 8, 7.5, 7.5, 8]),
  // The text after the thirty-ninth reading's and round 43's changes, read by a fortieth new reviewer.
  reading('2024.4', '2026-12-03', [9, 8, 7, 7, 8]),
  // The text after round 45 and the fortieth reading's open calls (every question asks about an agreement; an
  // agreement against the report counts only for open questions), read by a forty-first new reviewer.
  reading('2024.4', '2026-12-03', [9, 8, 7, 7, 8]),
  // The text after rounds 46 and 47 and the forty-first reading's findings, read by a forty-second new reviewer.
  reading('2024.4', '2026-12-03', [9, 8, 7, 7, 8]),
  // The text after round 48 and the forty-second reading's findings, read by a forty-third new reviewer.
  reading('2024.4', '2026-12-03', [9, 8, 7, 6.5, 7.5]),
  // The text after round 49 and the forty-third reading's findings, read by a forty-fourth new reviewer who also saw
  // the Verantwoording page's fit rates.
  reading('2024.4', '2026-12-03', [9, 7.5, 6.5, 7, 7.5]),
  // The text after round 50 and the first rules from round 51 (052a50c), read by a forty-fifth new reviewer whose
  // dump also gave each round's unanimous share and the unit of rating.
  reading('2024.4', '2026-12-03', [9, 8.5, 7.5, 7.5, 8.5]),
  // The text after round 52 and its rules (2008a69), read by a forty-sixth new reviewer.
  reading('2024.4', '2026-12-03', [9.5, 8.5, 7, 7, 8]),
  // The text round 54 measured (5d2ddd2), read by a forty-seventh new reviewer who also saw round 54's 90.0%.
  reading('2024.4', '2026-12-03', [9, 8.5, 7, 7, 8]),
  // The text round 57 measured (1115483), read by a forty-eighth new reviewer.
  reading('2024.4', '2026-12-03', [9.5, 9, 8, 8, 8.5]),
  // The text round 58 measured (3bb2fbd), read by a forty-ninth new reviewer.
  reading('2024.4', '2026-12-03', [9.5, 9, 7.5, 7.5, 8.5]),
  // The text round 59 measured (f361db9), read by a fiftieth new reviewer.
  reading('2024.4', '2026-12-03', [9.5, 9, 7, 8, 8.5]),
  // The text round 60 measured (3c8fb92), read by a fifty-first new reviewer.
  reading('2024.4', '2026-12-03', [9.5, 8.5, 7.5, 7.5, 8.5]),
  // The text after rounds 61 and 62 (de92f48), read by a fifty-second new reviewer.
  reading('2024.4', '2026-12-03', [9, 8.5, 7, 7.5, 7.5]),
  // The text round 64 measured (357d968), read by a fifty-third new reviewer.
  reading('2024.4', '2026-12-04', [8.5, 8.5, 7.5, 8, 8.5]),
  // The text round 65 measured (8309aec), read by a fifty-fourth new reviewer.
  reading('2024.4', '2026-12-04', [9, 8.5, 7.5, 8, 8]),
  // The text round 66 measured, with the check of its last rewrites (5d6a4fd), read by a fifty-fifth new reviewer.
  reading('2024.4', '2026-12-04', [9.5, 9, 7.5, 7, 7.5]),
  // The text round 68 measured (b728be0), read by a fifty-sixth new reviewer.
  reading('2024.4', '2026-12-04', [9.5, 8.5, 7, 7, 7.5]),
  // The text round 69 measured (f5d7368), read by a fifty-seventh new reviewer.
  reading('2024.4', '2026-12-04', [9, 8.5, 6.5, 7, 7.5]),
  // The text round 72 measured (515145f), read by a fifty-eighth new reviewer whose dump lacked the step rules.
  reading('2024.4', '2026-12-04', [9.5, 9, 7.5, 7.5, 8]),
  // The text after the 58th reading's fixes (34e5a33), read by a fifty-ninth new reviewer with the step rules.
  reading('2024.4', '2026-12-04', [9.5, 9, 7.5, 7.5, 8]),
  // The text after round 73 and the 59th reading (50a737e), read by a sixtieth new reviewer.
  reading('2024.4', '2026-12-04', [9.5, 8.5, 7.5, 7, 8]),
  // The text after round 75 and the check of this stop's rewrites (31a8da4), read by a sixty-first new reviewer.
  reading('2024.4', '2026-12-04', [9.5, 9, 7, 7, 7.5]),
  // The text after the sixty-first reading, with every level name in the glossary (6067829), read by a sixty-second
  // new reviewer.
  reading('2024.4', '2026-12-04', [9.5, 8.5, 7, 7.5, 8]),
  // The text after the check of the rewrites after round 77 (338c0b0), read by a sixty-third new reviewer.
  reading('2024.4', '2026-12-04', [9, 8.5, 8, 7.5, 8.5]),
  // The text round 80 measured and round 81 measured again (606955e), read by a sixty-fourth new reviewer.
  reading('2024.4', '2026-12-05', [9, 8.5, 7, 6.5, 8]),
  // The text round 82 measured (17512b3), read by a sixty-fifth new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 9, 7, 7.5, 8]),
  // The text round 83 measured, after the sixty-fifth reading's check (073c2c2), read by a sixty-sixth new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 7, 7.5, 8]),
  // The text round 85 measured, after the sixty-sixth reading's wording and its check (fc08ae2), read by a
  // sixty-seventh new reviewer.
  reading('2024.4', '2026-12-05', [9, 8.5, 7.5, 7.5, 8.5]),
  // The text round 86 measured, after the sixty-seventh reading and its check (4e3b7bd), read by a sixty-eighth new
  // reviewer.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 7.5, 7.5, 8]),
  // The text round 87 measured, after the sixty-eighth reading, its check and two reworded Dutch questions (a2732ab),
  // read by a sixty-ninth new reviewer.
  reading('2024.4', '2026-12-05', [9, 8.5, 7, 7, 8]),
  // The text round 88 measured, after the sixty-ninth reading and its check (71c8730), read by a seventieth new
  // reviewer at the end of the stop; its findings are for the next stop.
  reading('2024.4', '2026-12-05', [9.5, 9, 7, 7.5, 8]),
  // The text round 89 measured, after the seventieth reading and its check (14ea679), read by a seventy-first new
  // reviewer.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 7, 7, 8.5]),
  // The text round 90 measured, after new acts for levels 1 and 2, the seventy-first reading and its check (d753524),
  // read by a seventy-second new reviewer.
  reading('2024.4', '2026-12-05', [9, 8.5, 7.5, 7.5, 8.5]),
  // The text round 91 measured, after the seventy-second reading and its check (a625ecc), read by a seventy-third new
  // reviewer.
  reading('2024.4', '2026-12-05', [9.5, 9, 7, 7, 8]),
  // The text round 92 measured, after the seventy-third reading, its check and three rules for doubts of rounds 89–91
  // (a0944ad), read by a seventy-fourth new reviewer at the end of the stop.
  reading('2024.4', '2026-12-05', [9, 8.5, 6.5, 7, 8]),
  // The text round 94 measured, after the seventy-fourth reading's rubric findings and two checks (5f9ed3d), read by a
  // seventy-fifth new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 9, 7.5, 7, 8]),
  // The text round 96 measured, after the seventy-fifth reading, its checks and eleven rules for doubts of rounds 94
  // and 95 (25fe081), read by a seventy-sixth new reviewer.
  reading('2024.4', '2026-12-05', [9, 8.5, 7, 6.5, 8]),
  // The text round 97 measured, after the seventy-sixth reading, its checks and rules for doubts of round 96
  // (f9a349d), read by a seventy-seventh new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 7, 7, 8]),
  // The text round 98 measured, after the seventy-seventh reading and its checks (56e0315), read by a seventy-eighth
  // new reviewer at the end of the stop.
  reading('2024.4', '2026-12-05', [9, 8.5, 7.5, 7, 8]),
  // The text round 99 measured, after the seventy-eighth reading's findings and their checks (e3340d9), read by a
  // seventy-ninth new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 9, 7.5, 7, 8]),
  // The text round 100 measured, after the seventy-ninth reading's findings and their checks (e5ab199), read by an
  // eightieth new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 8, 7, 8.5]),
  // The text round 101 measured, after the eightieth reading's findings and their checks (cd83c18), read by an
  // eighty-first new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 9, 8, 7, 8]),
  // The text round 102 measured, after the eighty-first reading's findings and their checks (2a27af8), read by an
  // eighty-second new reviewer at the end of the stop.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 7, 7, 8]),
  // The text round 104 measured, with each question's rules as a list and the Dutch level sentences reworded
  // (61ca24b), read by an eighty-third new reviewer.
  reading('2024.4', '2026-12-05', [9, 8.5, 7, 7, 8]),
  // The text round 105 measured, after the eighty-third reading's findings and checks 125 to 127 (49a2247), read by
  // an eighty-fourth new reviewer.
  reading('2024.4', '2026-12-05', [9, 8.5, 8, 7, 8]),
  // The text round 106 measured, after the eighty-fourth reading's findings and checks 128 and 129 (7390d9d), read by
  // an eighty-fifth new reviewer.
  reading('2024.4', '2026-12-05', [9, 8.5, 7, 7.5, 8]),
  // The text round 107 measured, after the eighty-fifth reading's findings and checks 130 and 131 (e61826f), read by
  // an eighty-sixth new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 8, 7.5, 8]),
  // The text round 108 measured, after the eighty-sixth reading's findings and check 132 (036f962), read by an
  // eighty-seventh new reviewer.
  reading('2024.4', '2026-12-05', [9, 8.5, 8, 7.5, 8.5]),
  // The text round 109 measured, after the eighty-seventh reading's findings and check 133 (4ab8573), read by an
  // eighty-eighth new reviewer at the end of the stop.
  reading('2024.4', '2026-12-05', [9, 9, 7.5, 7, 8]),
  // The text round 110 measured (f20725f), read by an eighty-ninth new reviewer from a new plain-text dump.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 7.5, 8, 8.5]),
  // The text round 111 measured, after the eighty-ninth reading's findings and checks 135 to 138 (218112e), read by a
  // ninetieth new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 9, 7.5, 7.5, 8.5]),
  // The text round 112 measured, after round 111's rules, the ninetieth reading's findings and checks 139 and 140
  // (f9247ce), read by a ninety-first new reviewer at the end of the stop.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 8, 7, 8]),
  // The text round 113 measured, after round 112, the ninety-first reading's findings and checks 141 to 144
  // (7b2b49a), read by a ninety-second new reviewer at the end of the stop.
  reading('2024.4', '2026-12-05', [9.5, 9, 7.5, 7.5, 7.5]),
  // The text round 114 measured, after round 113's rule, the ninety-second reading's findings and check 145
  // (e1950b4), read by a ninety-third new reviewer at the end of the stop; its findings are for the next stop.
  reading('2024.4', '2026-12-05', [9, 8.5, 7, 7, 8]),
  // The text round 115 measured, after round 114's doubts, the ninety-third reading's findings and checks 146 and 147
  // (47b92d5), read by a ninety-fourth new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 9, 8, 7.5, 8.5]),
  // The text after rounds 115 and 116's rules, the ninety-fourth reading's findings and checks 148 to 150 (1d80ed0),
  // read by a ninety-fifth new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 9, 7.5, 7, 8]),
  // The text round 120 measured, after round 119's doubts and checks 156 and 157 (852c8e9), read by a ninety-sixth
  // new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 7, 7, 8]),
  // The text after round 120's doubts and checks 158 to 162 (453c402), read by a ninety-seventh new reviewer.
  reading('2024.4', '2026-12-05', [9.5, 8.5, 7, 7.5, 8.5]),
  // The text after the 97th reading's findings, the sentence splitting and check 168 (10dd0aa), read by a
  // ninety-eighth new reviewer who also saw the Verantwoording's measured fit.
  reading('2024.4', '2026-12-06', [9.5, 9, 7.5, 8, 8]),
  // The text after check 170 (cade307), read by a ninety-ninth new reviewer.
  reading('2024.4', '2026-12-06', [9.5, 8, 7, 7.5, 8.5]),
  // The text round 128 measured, with fewer, broader rules and round 127's rules (e8e1fa1), read by a hundredth new
  // reviewer.
  reading('2024.4', '2026-12-06', [9, 8, 6, 7, 8]),
  // The text round 129 measured, after the 100th reading and checks 175 and 176 (8a41112), read by a hundred-and-first
  // new reviewer.
  reading('2024.4', '2026-12-06', [9, 8, 6, 7, 8]),
  // The text round 132 measured, after the second editor's list and checks 179 and 180 (cf853b2), read by a
  // hundred-and-second new reviewer.
  reading('2024.4', '2026-12-06', [9.5, 8.5, 7, 7.5, 8.5]),
  // The text after round 133's rules and checks 182 and 183 (06aa1f1), read by a hundred-and-third new reviewer.
  reading('2024.4', '2026-12-06', [9.5, 9, 6.5, 7, 8]),
  // The text after the language pass that followed the 103rd reading and check 187 (56f4f83), read by a
  // hundred-and-fourth new reviewer.
  reading('2024.4', '2026-12-06', [9.5, 9, 7, 7, 8]),
  // The text after check 189 (de3e68a), read by a hundred-and-fifth new reviewer.
  reading('2024.4', '2026-12-06', [9, 8.5, 7, 7, 8]),
];
