import type { Level, Text } from './types';
import { scaleLowerLevels, scaleUpperLevels, t } from './text';

export interface LevelDefinition {
  level: Level;
  name: Text;
  description: Text;
}

// The five maturity levels of DESIGN.md, shared by every attention point. Each point's rubric says them in the
// same words (ladder() in text.ts), from three yes/no facts about the point's topic (joint agreement; on paper and
// always followed; a set review by all), plus, without an agreement, whether anyone does it. The words the levels
// share are defined once, in reading-rule.ts, so that each real situation has one level (round 6).
/** How the scale names a point's topic when it speaks of no point in particular. */
export const THE_TOPIC = t('het onderwerp', 'the topic');
const [ONE, TWO, THREE] = scaleLowerLevels(THE_TOPIC);
const [FOUR, FIVE] = scaleUpperLevels(THE_TOPIC);

export const SCALE: readonly LevelDefinition[] = [
  {
    level: 1,
    name: { nl: 'Ontbreekt', en: 'Missing' },
    description: ONE,
  },
  {
    level: 2,
    name: { nl: 'Ad hoc', en: 'Ad hoc' },
    description: TWO,
  },
  {
    level: 3,
    name: { nl: 'Afgesproken', en: 'Agreed' },
    description: THREE,
  },
  {
    level: 4,
    name: { nl: 'Vastgelegd en toegepast', en: 'Documented and applied' },
    description: FOUR,
  },
  {
    level: 5,
    name: { nl: 'Geborgd en geëvalueerd', en: 'Embedded and evaluated' },
    description: FIVE,
  },
];

/** Answers that are not levels: excluded from scores, counted in coverage. */
export const NON_LEVEL_ANSWERS = {
  unknown: { nl: 'Weet niet', en: 'Don’t know' },
  na: { nl: 'N.v.t.', en: 'N/A' },
} as const satisfies Record<string, Text>;

export const NON_LEVEL_DESCRIPTIONS = {
  unknown: {
    nl: 'Jullie weten niet hoe dit bij jullie geregeld is.',
    en: 'You do not know how this is arranged in your PGA.',
  },
  na: {
    nl: 'Kies dit alleen bij een vraag met een regel voor N.v.t. Dan moeten ook twee dingen kloppen. De situatie uit die regel kwam niet voor. En er is geen gezamenlijke afspraak die iets regelt van wat de vraag noemt.',
    en: 'Choose this only for a question that has a rule for N/A. Two things must then also be true: that rule’s situation did not occur, and no joint agreement covers any of what the question asks about.',
  },
} as const satisfies Record<string, Text>;
