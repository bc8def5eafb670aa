import type { Level, RubricLevel, Text } from './types';

/** Shorthand for bilingual content: Dutch first, English second. */
export function t(nl: string, en: string): Text {
  return { nl, en };
}

/** One rubric level: what it looks like, and the report's finding it rests on. */
export function lv(text: Text, basis: Text): RubricLevel {
  return { text, basis };
}

/** A rubric from five levels, level 1 first. */
export function rubric(
  ...levels: [RubricLevel, RubricLevel, RubricLevel, RubricLevel, RubricLevel]
): Record<Level, RubricLevel> {
  const [l1, l2, l3, l4, l5] = levels;
  return { 1: l1, 2: l2, 3: l3, 4: l4, 5: l5 };
}

/**
 * Level 5 asks for periodic evaluation. The report describes none per point; it names evaluating the PGA
 * as a next step (chapter 3). Said plainly, so nobody reads it as the report's finding.
 */
export const EVALUATION_BASIS: Text = t(
  'Eigen toevoeging van de checklist: het rapport beschrijft geen evaluatie van dit punt. Het noemt het evalueren van de PGA wel als vervolgstap (H3).',
  'The checklist’s own addition: the report describes no evaluation of this point. It does name evaluating the PGA as a next step (ch. 3).',
);
