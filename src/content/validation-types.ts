import type { Text } from './types';

/**
 * How the rubrics were validated (docs/content-validation.md): rounds of vignettes scored by independent
 * raters, and independent readings against the report. Data only; a unit test recomputes every round's
 * figures from its ratings in tests/fixtures/vignettes, so the page cannot claim more than was measured.
 */
export interface ValidationRound {
  /** Folder of the round's ratings: tests/fixtures/vignettes/rounds/<id>/<rater>.json. */
  id: string;
  /** Folder of the vignettes it rated: tests/fixtures/vignettes/<vignetteSet>/*.md. */
  vignetteSet: string;
  /** The checklist version whose rubric texts the raters had. */
  checklistVersion: string;
  date: string;
  vignettes: number;
  raters: number;
  ratings: number;
  /** Share of ratings where exactly one level fitted literally. */
  fitRate: number;
  /** Krippendorff's alpha, ordinal, over all ratings. */
  alpha: number;
  /** Share of vignette × point units where all raters chose the same level. */
  unanimous: number;
  /** What each rating scores: a point (rounds 1 to 28), or a question as the app scores it (from round 29), each
   *  vignette then rated by three raters of its own. */
  unit?: 'question';
  /** The rubric text the raters had. Unless set, all of it, as the app shows it unfolded. 'partner': only what
   *  partners see without opening the folded rules (the special cases and each question's rules for special cases
   *  left out), rated on the same vignettes as a round with all of it. Such a round is a comparison: it is not pooled
   *  into the version's figures. */
  rubricText?: 'partner';
  note: Text;
}

export interface ReviewGrades {
  checklistVersion: string;
  date: string;
  coverage: number;
  fidelity: number;
  rubrics: number;
  dutch: number;
  english: number;
}

/** Where one version's raters chose levels two or more apart, over all its rounds together (CONTENT-REVIEW asks
 *  for the points whose raters differ by two levels or more). A unit is one question in one vignette. */
export interface ValidationSpread {
  checklistVersion: string;
  rounds: number;
  units: number;
  /** Units where the raters' levels lie two or more apart. */
  wideUnits: number;
  /** Krippendorff's alpha, ordinal, over all the version's ratings together. */
  alpha: number;
  /** The points with the largest share of such units, largest first, with how many units they had in all. */
  points: readonly { point: string; wideUnits: number; units: number }[];
}
