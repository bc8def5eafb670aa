import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { LOCALES } from '../../../src/content/types';

// Reading 82: each question's scoring rules, written into its explanation with a label each, read as one long
// chain. They are now a list under a heading that says they are the checklist's rules.
const questions = CHECKLIST.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions));
const LABEL = { nl: /regel van de checklist/, en: /the checklist’s own rule/ };
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the scoring rules under a question', () => {
  it('do not repeat the label their heading gives, nor does the explanation', () => {
    for (const q of questions)
      for (const locale of LOCALES)
        for (const text of [q.help?.[locale] ?? '', ...(q.rules ?? []).map((r) => r[locale])])
          expect(text, q.id).not.toMatch(LABEL[locale]);
  });

  it('are short items: one rule each, at most 80 words, never empty', () => {
    // A question and its "Dan …" answer stay in one item; 80 words is the longest such rule (not-afwijken's grounds).
    const rules = questions.flatMap((q) => (q.rules ?? []).map((r) => [q.id, r] as const));
    expect(rules.length).toBeGreaterThan(100);
    for (const [id, r] of rules)
      for (const locale of LOCALES) {
        expect(r[locale].trim(), id).not.toBe('');
        expect(words(r[locale]), `${id}: ${r[locale]}`).toBeLessThanOrEqual(80);
      }
  });

  it('leave the running explanation short: at most 100 words, where it was up to 297', () => {
    for (const q of questions)
      for (const locale of LOCALES) expect(words(q.help?.[locale] ?? ''), q.id).toBeLessThanOrEqual(100);
  });
});

describe('the summaries', () => {
  // Reading 83: summaries of up to 322 words in one block. They are written as paragraphs, split by a blank line.
  const summaries = CHECKLIST.sections.flatMap((s) => [
    [s.id, s.summary] as const,
    ...s.attentionPoints.map((p) => [p.id, p.summary] as const),
  ]);

  it('have paragraphs of at most 130 words, the same number in both languages', () => {
    for (const [id, summary] of summaries) {
      expect(summary.nl.split('\n\n').length, id).toBe(summary.en.split('\n\n').length);
      for (const locale of LOCALES)
        for (const paragraph of summary[locale].split('\n\n')) {
          expect(paragraph.trim(), id).toBe(paragraph);
          expect(words(paragraph), `${id} ${locale}`).toBeLessThanOrEqual(130);
        }
    }
  });

  it('use a blank line only as a paragraph break, and only in summaries', () => {
    expect(summaries.filter(([, s]) => s.nl.includes('\n\n')).length).toBeGreaterThan(5);
    const questions = CHECKLIST.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions));
    for (const q of questions)
      for (const locale of LOCALES)
        for (const text of [q.text, q.help, ...(q.rules ?? [])])
          expect(text?.[locale] ?? '', q.id).not.toMatch(/\n/);
    for (const [id, summary] of summaries)
      for (const locale of LOCALES) expect(summary[locale].replaceAll('\n\n', ' '), id).not.toMatch(/\n/);
  });
});
