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
 * point, in the same words. Each level is read on its own and names this point's topic, so no level borrows its
 * subject from another (round 4: level 4's "de gezamenlijke afspraak" named nothing, and its "no look-back" named no
 * topic, so a look-back on something else ruled it out). Levels 1 and 2 are each other's opposite and both say there
 * is no joint agreement (so an agreement never carried out is level 3, not 1); 3 and 4 turn on "op papier en altijd
 * gevolgd"; 4 and 5 on a look-back on this point by all partners involved at set times. What "alle betrokken
 * partners", "gezamenlijke afspraak", "gevolgd" and "nu" mean is said once, in READING_RULE.
 */
function noJointAgreement(topic: Text): Text {
  return t(
    `Er is geen gezamenlijke afspraak over ${topic.nl}.`,
    `There is no joint agreement on ${topic.en}.`,
  );
}
const L3_TAIL = t(
  'Die afspraak staat niet op papier, of wordt niet altijd gevolgd.',
  'That agreement is not written down, or is not always followed.',
);
function onPaper(topic: Text): Text {
  return t(
    `De afspraak over ${topic.nl} staat op papier en wordt altijd gevolgd.`,
    `The agreement on ${topic.en} is written down and always followed.`,
  );
}
const L4_TAIL = t(
  'Er is geen vast moment waarop alle betrokken partners er samen op terugkijken.',
  'There is no set time at which all partners involved review it together.',
);
const L5_TAIL = t(
  'Op vaste momenten kijken alle betrokken partners er samen op terug, zoals:',
  'At set times all partners involved review it together, for example:',
);

/** One point's own words for the five levels; ladder() sets them in the shared sentences. */
export interface LadderParts {
  /** What the agreement is about, a short noun phrase after “over” / “on”; levels 1, 2, 4 and 5 name it. */
  topic: Text;
  /** Level 1, a whole sentence: nobody does it, or it never happens (now). */
  none: Text;
  /** Level 2, a whole sentence: the plain opposite of level 1 (it happens, or someone does it), no pattern. */
  some: Text;
  /** Level 3, ONE thing agreed, concrete enough that “gevolgd” can be checked, after “Alle betrokken partners hebben samen afgesproken” / “All partners involved have jointly agreed”. */
  agreed: Text;
  /** Level 5, a look-back question on this point's agreement only, given as an example. */
  review: Text;
  /** The report's finding behind levels 1 to 4; level 5 rests on EVALUATION_BASIS. */
  basis: [Text, Text, Text, Text];
}

function join(...parts: Text[]): Text {
  return t(parts.map((p) => p.nl).join(' '), parts.map((p) => p.en).join(' '));
}

/** A point's rubric in the uniform ladder: L1 nobody or never, L2 it happens; both without a joint agreement. L3
 *  the joint agreement, not on paper or not always followed; L4 on paper and always followed, with no look-back on
 *  it by all at set times; L5 the same with that look-back. */
export function ladder(p: LadderParts): Record<Level, RubricLevel> {
  const [b1, b2, b3, b4] = p.basis;
  return rubric(
    lv(join(p.none, noJointAgreement(p.topic)), b1),
    lv(join(p.some, noJointAgreement(p.topic)), b2),
    lv(
      join(
        t(
          `Alle betrokken partners hebben samen afgesproken ${p.agreed.nl}.`,
          `All partners involved have jointly agreed ${p.agreed.en}.`,
        ),
        L3_TAIL,
      ),
      b3,
    ),
    lv(join(onPaper(p.topic), L4_TAIL), b4),
    lv(join(onPaper(p.topic), L5_TAIL, p.review), EVALUATION_BASIS),
  );
}
