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

/**
 * The sentences every rubric shares, so that each point's five levels are the scale of scale.ts said for
 * that point, in the same words (round 3 of the content validation). Only the point's own words differ.
 */
const L2_TAIL = t(
  'Samen is niets afgesproken. Eigen beleid of protocol van één partner is ook niveau 2.',
  'Nothing has been agreed together. One partner’s own policy or protocol is also level 2.',
);
const L3_TAIL = t(
  'Dat staat niet op papier, of het staat er wel, maar niet elke afwijking wordt besproken.',
  'It is not written down, or it is, but not every departure is discussed.',
);
const L4_TAIL = t(
  'staat op papier en wordt gevolgd: elke afwijking wordt besproken. De partners kijken niet op vaste momenten samen terug op dit punt.',
  'is written down and followed: every departure is discussed. The partners do not review this point together at set times.',
);
const L5_HEAD = t(
  'Zoals niveau 4. Daarnaast kijken de partners op vaste momenten samen terug op dit punt, bijvoorbeeld:',
  'As at level 4. In addition, the partners review this point together at set times, for example:',
);

/** One point's own words for the five levels; ladder() sets them in the shared sentences. */
export interface LadderParts {
  /** Level 1, a whole sentence: nobody does it, or it never happens (now). */
  none: Text;
  /** Level 2, a whole sentence: it happens sometimes, or some people do it. */
  some: Text;
  /** Level 3, the clause after “De partners hebben samen afgesproken” / “The partners have agreed together”. */
  agreed: Text;
  /** Level 4, what the agreement is about, after “De gezamenlijke afspraak over” / “The joint agreement on”. */
  about: Text;
  /** Level 5, this point's own look-back question, given as an example. */
  review: Text;
  /** The report's finding behind levels 1 to 4; level 5 rests on EVALUATION_BASIS. */
  basis: [Text, Text, Text, Text];
}

function join(...parts: Text[]): Text {
  return t(parts.map((p) => p.nl).join(' '), parts.map((p) => p.en).join(' '));
}

/** A point's rubric in the uniform ladder: L1 never or nobody, L2 some but nothing agreed, L3 agreed, L4 on paper
 *  and followed as a rule, L5 as L4 plus a joint look-back on this point at set times. */
export function ladder(p: LadderParts): Record<Level, RubricLevel> {
  const [b1, b2, b3, b4] = p.basis;
  return rubric(
    lv(p.none, b1),
    lv(join(p.some, L2_TAIL), b2),
    lv(
      join(
        t(
          `De partners hebben samen afgesproken ${p.agreed.nl}.`,
          `The partners have agreed together ${p.agreed.en}.`,
        ),
        L3_TAIL,
      ),
      b3,
    ),
    lv(
      join(t(`De gezamenlijke afspraak over ${p.about.nl}`, `The joint agreement on ${p.about.en}`), L4_TAIL),
      b4,
    ),
    lv(join(L5_HEAD, p.review), EVALUATION_BASIS),
  );
}
