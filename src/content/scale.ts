import type { Level, Text } from './types';

export interface LevelDefinition {
  level: Level;
  name: Text;
  description: Text;
}

// The five maturity levels of DESIGN.md, shared by every attention point.
export const SCALE: readonly LevelDefinition[] = [
  {
    level: 1,
    name: { nl: 'Ontbreekt', en: 'Absent' },
    description: {
      nl: 'Dit gebeurt niet, of wordt niet als punt herkend.',
      en: 'This does not happen, or is not recognised as an issue.',
    },
  },
  {
    level: 2,
    name: { nl: 'Ad hoc', en: 'Ad hoc' },
    description: {
      nl: 'Het gebeurt wel, maar hangt af van personen; samen is niets afgesproken.',
      en: 'It happens, but depends on individuals; nothing has been agreed together.',
    },
  },
  {
    level: 3,
    name: { nl: 'Afgesproken', en: 'Agreed' },
    description: {
      nl: 'De partners hebben het samen afgesproken. Het staat niet op papier, of het staat op papier maar wordt niet in elke casus toegepast.',
      en: 'The partners have agreed on it. It is not written down, or it is written down but not applied in every case.',
    },
  },
  {
    level: 4,
    name: { nl: 'Vastgelegd en toegepast', en: 'Documented and applied' },
    description: {
      nl: 'Het staat op papier (bijvoorbeeld in een werkproces of format) en wordt in elke casus toegepast. Een vaste gezamenlijke terugblik is er niet.',
      en: 'It is written down (for example in a work process or format) and applied in every case. There is no joint review at set times.',
    },
  },
  {
    level: 5,
    name: { nl: 'Geborgd en geëvalueerd', en: 'Embedded and evaluated' },
    description: {
      nl: 'Zoals niveau 4: op papier en in elke casus toegepast. Daarnaast bekijken de partners het op vaste momenten samen. Zo nodig verbeteren ze het.',
      en: 'As at level 4: written down and applied in every case. In addition, the partners review it together at set times. Where needed they improve it.',
    },
  },
];

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
