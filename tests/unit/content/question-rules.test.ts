import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { LOCALES } from '../../../src/content/types';
import { scoringRules } from '../../support/content-texts';
import { words } from '../../support/language';

// Reading 82: each question's scoring rules, written into its explanation with a label each, read as one long
// chain. They are now a list under a heading that says they are the checklist's rules.
const questions = CHECKLIST.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions));
const LABEL = { nl: /regel van de checklist/, en: /the checklist’s own rule/ };

describe('the scoring rules under a question', () => {
  it('do not repeat the label their heading gives, nor does the explanation', () => {
    for (const q of questions)
      for (const locale of LOCALES)
        for (const text of [q.help?.[locale] ?? '', ...scoringRules(q).map((r) => r[locale])])
          expect(text, q.id).not.toMatch(LABEL[locale]);
  });

  it('are short items: one rule each, at most 80 words, never empty', () => {
    // A question and its "Dan …" answer stay in one item; 80 words is the longest such rule (not-afwijken's grounds).
    const rules = questions.flatMap((q) => scoringRules(q).map((r) => [q.id, r] as const));
    expect(rules.length).toBeGreaterThan(100);
    for (const [id, r] of rules)
      for (const locale of LOCALES) {
        expect(r[locale].trim(), id).not.toBe('');
        expect(words(r[locale]).length, `${id}: ${r[locale]}`).toBeLessThanOrEqual(80);
      }
  });

  it('in view are at most three per question; the rest are folded rules for special cases', () => {
    // Readings 119 and 120: with up to 13 rules in view, the rubric read as a legal text only a facilitator could use.
    for (const q of questions) expect(q.rules?.length ?? 0, q.id).toBeLessThanOrEqual(3);
    expect(questions.filter((q) => q.doubts?.length).length).toBeGreaterThan(10);
    for (const q of questions) if (q.doubts) expect(q.doubts.length, q.id).toBeGreaterThan(0);
  });

  it('leave the running explanation short: at most 100 words, where it was up to 297', () => {
    for (const q of questions)
      for (const locale of LOCALES)
        expect(words(q.help?.[locale] ?? '').length, q.id).toBeLessThanOrEqual(100);
  });
});
