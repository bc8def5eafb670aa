import type { Level, Text } from './types';

export interface LevelDefinition {
  level: Level;
  name: Text;
  description: Text;
}

// The five maturity levels of DESIGN.md, shared by every attention point. Each point's rubric says them in the
// same words (ladder() in text.ts), from three yes/no facts about the point's topic (joint agreement; on paper and
// always followed; a set look-back by all), plus, without an agreement, whether anyone does it. The words the levels
// share are defined once, in READING_RULE, so that each real situation has one level (round 6).
export const SCALE: readonly LevelDefinition[] = [
  {
    level: 1,
    name: { nl: 'Ontbreekt', en: 'Absent' },
    description: {
      nl: 'Er is geen gezamenlijke afspraak over het onderwerp. Niemand doet het.',
      en: 'There is no joint agreement on the topic. Nobody does it.',
    },
  },
  {
    level: 2,
    name: { nl: 'Ad hoc', en: 'Ad hoc' },
    description: {
      nl: 'Er is geen gezamenlijke afspraak over het onderwerp. Wel doet iemand het.',
      en: 'There is no joint agreement on the topic. Someone does do it.',
    },
  },
  {
    level: 3,
    name: { nl: 'Afgesproken', en: 'Agreed' },
    description: {
      nl: 'Er is een gezamenlijke afspraak over het onderwerp, maar die staat niet op papier of wordt niet altijd gevolgd.',
      en: 'There is a joint agreement on the topic, but it is not on paper or not always followed.',
    },
  },
  {
    level: 4,
    name: { nl: 'Vastgelegd en toegepast', en: 'Documented and applied' },
    description: {
      nl: 'De gezamenlijke afspraak staat op papier en wordt altijd gevolgd. Er is geen vast moment waarop alle partners er samen op terugkijken.',
      en: 'The joint agreement is on paper and always followed. There is no set time at which all partners look back on it together.',
    },
  },
  {
    level: 5,
    name: { nl: 'Geborgd en geëvalueerd', en: 'Embedded and evaluated' },
    description: {
      nl: 'De gezamenlijke afspraak staat op papier en wordt altijd gevolgd. Op vaste momenten kijken alle partners er samen op terug.',
      en: 'The joint agreement is on paper and always followed. At set times all partners look back on it together.',
    },
  },
];

/**
 * How to read the levels: shown once with every rubric, and at the top of the rubric text raters get. It defines,
 * once, the words every rubric shares (round 4: "alle betrokken partners", "gevolgd" and "lang geleden" each left two
 * levels open).
 */
export const READING_RULE: Text = {
  nl: 'Lees elk niveau op zichzelf en kies het niveau waarvan elke zin klopt. Beantwoord de vragen op volgorde. 1. Is er een gezamenlijke afspraak over het onderwerp? Nee: doet iemand het? Nee: niveau 1, ja: niveau 2. 2. Staat die afspraak op papier en wordt hij altijd gevolgd? Nee: niveau 3. 3. Kijken alle partners er op vaste momenten samen op terug? Nee: niveau 4, ja: niveau 5. Wat jullie niet kunnen laten zien, telt niet mee. Partners: de partners die vast deelnemen aan het casusoverleg; bij het wegen (§1.2) de partners in de weegploeg. Een gezamenlijke afspraak is een afspraak waarvan jullie kunnen laten zien dat alle partners hem maakten. Een afspraak over een deel van het onderwerp telt ook. ‘Er is afgesproken’, zonder dat bekend is door wie, telt niet. Gevolgd: gedaan zoals afgesproken en op tijd, door de partners die de afspraak maakten. Wat iemand buiten de PGA doet, telt niet mee. Een uitzondering telt als gevolgd als het casusoverleg (bij het wegen: de weegploeg) er vooraf toe besloot. Regel van de checklist zelf: tel wat in de afgelopen twee jaar gebeurde. Een document telt alleen zolang de partners ernaar werken.',
  en: 'Read each level on its own and choose the level where every sentence is true. Answer the questions in order. 1. Is there a joint agreement on the topic? No: does anyone do it? No: level 1, yes: level 2. 2. Is that agreement on paper and always followed? No: level 3. 3. Do all partners look back on it together at set times? No: level 4, yes: level 5. What you cannot show does not count. Partners: the partners who take part in the case meeting as standing members; for the assessment (§1.2), the partners in the assessment team. A joint agreement is one you can show was made by all partners. An agreement on part of the topic counts too. ‘It was agreed’ without knowing by whom does not count. Followed: done as agreed and on time, by the partners who made the agreement. What someone outside the PGA does, does not count. An exception counts as followed if the case meeting (for the assessment: the assessment team) decided on it beforehand. The checklist’s own rule: count what happened in the past two years. A document counts only while the partners work by it.',
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
