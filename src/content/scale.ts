import type { Level, Text } from './types';

export interface LevelDefinition {
  level: Level;
  name: Text;
  description: Text;
}

// The five maturity levels of DESIGN.md, shared by every attention point. Each point's rubric says them in the
// same words (ladder() in text.ts); only what the partners do differs.
export const SCALE: readonly LevelDefinition[] = [
  {
    level: 1,
    name: { nl: 'Ontbreekt', en: 'Absent' },
    description: {
      nl: 'Dit gebeurt niet: niemand doet het.',
      en: 'This does not happen: nobody does it.',
    },
  },
  {
    level: 2,
    name: { nl: 'Ad hoc', en: 'Ad hoc' },
    description: {
      nl: 'Het gebeurt soms, of sommigen doen het. Samen is niets afgesproken. Eigen beleid of protocol van één partner is ook niveau 2.',
      en: 'It happens sometimes, or some people do it. Nothing has been agreed together. One partner’s own policy or protocol is also level 2.',
    },
  },
  {
    level: 3,
    name: { nl: 'Afgesproken', en: 'Agreed' },
    description: {
      nl: 'De partners hebben het samen afgesproken. Dat staat niet op papier, of het staat er wel, maar niet elke afwijking wordt besproken.',
      en: 'The partners have agreed on it together. It is not written down, or it is, but not every departure is discussed.',
    },
  },
  {
    level: 4,
    name: { nl: 'Vastgelegd en toegepast', en: 'Documented and applied' },
    description: {
      nl: 'De gezamenlijke afspraak staat op papier (bijvoorbeeld in een werkproces of format) en wordt gevolgd: elke afwijking wordt besproken. De partners kijken niet op vaste momenten samen terug op dit punt.',
      en: 'The joint agreement is written down (for example in a work process or format) and followed: every departure is discussed. The partners do not review this point together at set times.',
    },
  },
  {
    level: 5,
    name: { nl: 'Geborgd en geëvalueerd', en: 'Embedded and evaluated' },
    description: {
      nl: 'Zoals niveau 4. Daarnaast kijken de partners op vaste momenten samen terug op dit punt, en verbeteren ze het zo nodig. Eén keer terugkijken, of één partner alleen, is niet genoeg.',
      en: 'As at level 4. In addition, the partners review this point together at set times, and improve it where needed. A single review, or one partner on its own, is not enough.',
    },
  },
];

/** How to read the levels: shown once with every rubric, and at the top of the rubric text raters get. */
export const READING_RULE: Text = {
  nl: 'Elk niveau bouwt voort op het vorige. Kies het niveau waarvan elke zin klopt. Kijk naar wat er nu gebeurt: wat lang geleden één keer gebeurde, en daarna niet meer, telt niet mee.',
  en: 'Each level builds on the one before. Choose the level where every sentence is true. Look at what happens now: something that happened once, long ago, and not since, does not count.',
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
