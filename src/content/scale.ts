import type { Level, Text } from './types';

export interface LevelDefinition {
  level: Level;
  name: Text;
  description: Text;
}

// The five maturity levels of DESIGN.md, shared by every attention point. Each point's rubric says them in the
// same words (ladder() in text.ts), naming the point's own topic; only what the partners do differs. Each level is
// read on its own. The words the levels share ("alle betrokken partners", "gezamenlijke afspraak", "gevolgd", "nu")
// are defined once, in READING_RULE, so that each real situation has one level (round 4).
export const SCALE: readonly LevelDefinition[] = [
  {
    level: 1,
    name: { nl: 'Ontbreekt', en: 'Absent' },
    description: {
      nl: 'Dit gebeurt niet: niemand doet het. Er is geen gezamenlijke afspraak over.',
      en: 'This does not happen: nobody does it. There is no joint agreement on it.',
    },
  },
  {
    level: 2,
    name: { nl: 'Ad hoc', en: 'Ad hoc' },
    description: {
      nl: 'Het gebeurt wel, of iemand doet het. Er is geen gezamenlijke afspraak over.',
      en: 'It does happen, or someone does it. There is no joint agreement on it.',
    },
  },
  {
    level: 3,
    name: { nl: 'Afgesproken', en: 'Agreed' },
    description: {
      nl: 'Alle betrokken partners hebben het samen afgesproken. Die afspraak staat niet op papier, of wordt niet altijd gevolgd.',
      en: 'All partners involved have jointly agreed on it. That agreement is not written down, or is not always followed.',
    },
  },
  {
    level: 4,
    name: { nl: 'Vastgelegd en toegepast', en: 'Documented and applied' },
    description: {
      nl: 'De afspraak staat op papier en wordt altijd gevolgd. Er is geen vast moment waarop alle betrokken partners er samen op terugkijken.',
      en: 'The agreement is written down and always followed. There is no set time at which all partners involved review it together.',
    },
  },
  {
    level: 5,
    name: { nl: 'Geborgd en geëvalueerd', en: 'Embedded and evaluated' },
    description: {
      nl: 'De afspraak staat op papier en wordt altijd gevolgd. Op vaste momenten kijken alle betrokken partners er samen op terug.',
      en: 'The agreement is written down and always followed. At set times all partners involved review it together.',
    },
  },
];

/**
 * How to read the levels: shown once with every rubric, and at the top of the rubric text raters get. It defines,
 * once, the words every rubric shares (round 4: "alle betrokken partners", "gevolgd" and "lang geleden" each left two
 * levels open).
 */
export const READING_RULE: Text = {
  nl: 'Lees elk niveau op zichzelf. Kies het niveau waarvan elke zin klopt. Wat jullie niet kunnen laten zien, telt niet mee. Alle betrokken partners: de partners die vast deelnemen aan het casusoverleg; bij het wegen (§1.2) de partners in de weegploeg. Een gezamenlijke afspraak is een afspraak van hen allemaal. Beleid of een afspraak van één of enkele partners is dat niet. Gevolgd: gedaan zoals afgesproken, op het afgesproken moment. Besluit het overleg vooraf tot een uitzondering, dan telt dat als gevolgd; een besluit achteraf niet. Tel wat in de afgelopen twee jaar gebeurde. Een afspraak telt zolang de partners hem nog als geldend behandelen.',
  en: 'Read each level on its own. Choose the level where every sentence is true. What you cannot show does not count. All partners involved: the partners who take part in the case meeting as standing members; for the assessment (§1.2), the partners in the assessment team. A joint agreement is one made by all of them. A policy or agreement of one or some partners is not. Followed: done as agreed, when agreed. An exception the meeting decides beforehand counts as followed; a decision afterwards does not. Count what happened in the past two years. An agreement counts as long as the partners still treat it as in force.',
};

/** Answers that are not levels: excluded from scores, counted in coverage. */
export const NON_LEVEL_ANSWERS = {
  unknown: { nl: 'Weet niet', en: "Don't know" },
  na: { nl: 'N.v.t.', en: 'N/A' },
} as const satisfies Record<string, Text>;

export const NON_LEVEL_DESCRIPTIONS = {
  unknown: {
    nl: 'Ik weet niet hoe dit bij ons geregeld is.',
    en: 'I do not know how this is arranged here.',
  },
  na: {
    nl: 'Dit speelt niet in onze gemeente of regio.',
    en: 'This does not apply to our municipality or region.',
  },
} as const satisfies Record<string, Text>;
