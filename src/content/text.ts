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
 * The sentences every rubric shares, so that each point's five levels are the scale of scale.ts said for that
 * point, in the same words. Each level is read on its own (round 3: raters carried level 2's "nothing agreed"
 * upward, and level 5 inherited level 4's "no look-back"): levels 1 and 2 are each other's plain opposite, and so
 * are 3 and 4 (an agreement on paper and always followed, or an exception the meeting decided) and 4 and 5 (a
 * look-back by all partners involved at set times).
 */
const L2_TAIL = t(
  'Er is geen afspraak van alle betrokken partners samen; beleid of een afspraak van één of enkele van hen is niveau 2.',
  'There is no agreement of all partners involved together; a policy or agreement of one or some of them is level 2.',
);
const L3_TAIL = t(
  'Dat staat niet op papier, of wordt weleens niet gevolgd zonder besluit van het overleg.',
  'It is not written down, or it is at times not followed without a decision of the meeting.',
);
const L4 = t(
  'De gezamenlijke afspraak staat op papier en wordt altijd gevolgd, of het overleg besluit tot een uitzondering. Er is geen vast moment waarop alle betrokken partners samen terugkijken.',
  'The joint agreement is written down and always followed, or the meeting decides on an exception. There is no set time at which all partners involved review it together.',
);
const L5_HEAD = t(
  'Op papier en gevolgd als bij niveau 4, en op vaste momenten kijken alle betrokken partners samen terug, bijvoorbeeld:',
  'Written down and followed as at level 4, and at set times all partners involved review it together, for example:',
);

/** One point's own words for the five levels; ladder() sets them in the shared sentences. */
export interface LadderParts {
  /** Level 1, a whole sentence: nobody does it, or it never happens (now). */
  none: Text;
  /** Level 2, a whole sentence: the plain opposite of level 1 (it happens, or someone does it), no pattern. */
  some: Text;
  /** Level 3, ONE thing agreed, after “De betrokken partners hebben samen afgesproken” / “The partners involved have agreed together”. */
  agreed: Text;
  /** Level 5, this point's own look-back question, given as an example. */
  review: Text;
  /** The report's finding behind levels 1 to 4; level 5 rests on EVALUATION_BASIS. */
  basis: [Text, Text, Text, Text];
}

function join(...parts: Text[]): Text {
  return t(parts.map((p) => p.nl).join(' '), parts.map((p) => p.en).join(' '));
}

/** A point's rubric in the uniform ladder: L1 never or nobody, L2 it happens but without an agreement of all partners
 *  involved, L3 agreed but not on paper or not always followed, L4 on paper and always followed (or an exception the
 *  meeting decided) without a look-back by all at set times, L5 the same with that look-back. */
export function ladder(p: LadderParts): Record<Level, RubricLevel> {
  const [b1, b2, b3, b4] = p.basis;
  return rubric(
    lv(p.none, b1),
    lv(join(p.some, L2_TAIL), b2),
    lv(
      join(
        t(
          `De betrokken partners hebben samen afgesproken ${p.agreed.nl}.`,
          `The partners involved have agreed together ${p.agreed.en}.`,
        ),
        L3_TAIL,
      ),
      b3,
    ),
    lv(L4, b4),
    lv(join(L5_HEAD, p.review), EVALUATION_BASIS),
  );
}
