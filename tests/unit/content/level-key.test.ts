import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { scaleDescription } from '../../../src/content/lookup';
import { levelKey } from '../../../src/content/text';
import { LEVELS, LOCALES } from '../../../src/content/types';

// A new user found levels 1 and 2, and 4 and 5, told apart by one word in eleven identical lines. The cards set the
// words that set a level apart in bold; they must stand once in the card's text, or the card could not mark them.
const activities = [
  undefined,
  ...CHECKLIST.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions.map((q) => q.activity))),
];

describe('the key sentence of a level card', () => {
  it('stands once in every card, for the scale and for every question, in both languages', () => {
    for (const activity of activities)
      for (const level of LEVELS)
        for (const locale of LOCALES) {
          const card = scaleDescription(level, activity)[locale];
          const key = levelKey(level, activity)[locale];
          expect(key.length, `${level} ${locale}`).toBeGreaterThan(20);
          expect(card.split(key).length, `${level} ${locale}: ${card}`).toBe(2);
          expect(card.length - key.length, `${level} ${locale}`).toBeGreaterThan(20);
        }
  });

  it('differs between neighbouring levels', () => {
    for (const activity of activities)
      for (const locale of LOCALES) {
        const keys = LEVELS.map((l) => levelKey(l, activity)[locale]);
        expect(new Set(keys).size).toBe(LEVELS.length);
      }
  });
});
