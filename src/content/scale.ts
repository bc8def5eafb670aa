import type { Level, Text } from './types';

export interface LevelDefinition {
  level: Level;
  name: Text;
  description: Text;
}

// The five maturity levels of DESIGN.md, shared by every attention point. Each point's rubric says them in the
// same words (ladder() in text.ts); only what the partners do differs. Each level is read on its own, so no level
// refers to a sentence of another it would contradict. A single look-back, or one by some partners only, is not
// level 5: "op vaste momenten" and "alle betrokken partners" say so.
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
      nl: 'Het gebeurt wel, of iemand doet het. Er is geen afspraak van alle betrokken partners samen; beleid of een afspraak van één of enkele van hen is niveau 2.',
      en: 'It does happen, or someone does it. There is no agreement of all partners involved together; a policy or agreement of one or some of them is level 2.',
    },
  },
  {
    level: 3,
    name: { nl: 'Afgesproken', en: 'Agreed' },
    description: {
      nl: 'De betrokken partners hebben het samen afgesproken. Dat staat niet op papier, of wordt weleens niet gevolgd zonder besluit van het overleg.',
      en: 'The partners involved have agreed on it together. It is not written down, or it is at times not followed without a decision of the meeting.',
    },
  },
  {
    level: 4,
    name: { nl: 'Vastgelegd en toegepast', en: 'Documented and applied' },
    description: {
      nl: 'De gezamenlijke afspraak staat op papier en wordt altijd gevolgd, of het overleg besluit tot een uitzondering. Er is geen vast moment waarop alle betrokken partners samen terugkijken.',
      en: 'The joint agreement is written down and always followed, or the meeting decides on an exception. There is no set time at which all partners involved review it together.',
    },
  },
  {
    level: 5,
    name: { nl: 'Geborgd en geëvalueerd', en: 'Embedded and evaluated' },
    description: {
      nl: 'Op papier en gevolgd als bij niveau 4, en op vaste momenten kijken alle betrokken partners samen terug.',
      en: 'Written down and followed as at level 4, and at set times all partners involved review it together.',
    },
  },
];

/** How to read the levels: shown once with every rubric, and at the top of the rubric text raters get. */
export const READING_RULE: Text = {
  nl: 'Lees elk niveau op zichzelf. Kies het niveau waarvan elke zin klopt. Wat jullie niet kunnen laten zien, telt niet mee. Kijk naar wat er nu gebeurt: wat lang geleden één keer gebeurde, en daarna niet meer, telt niet mee.',
  en: 'Read each level on its own. Choose the level where every sentence is true. What you cannot show does not count. Look at what happens now: something that happened once, long ago, and not since, does not count.',
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
