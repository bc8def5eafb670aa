import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { LOCALES } from '../../../src/content/types';
import { scoringRules } from '../../support/content-texts';
import { words } from '../../support/language';

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
          expect(words(paragraph).length, `${id} ${locale}`).toBeLessThanOrEqual(130);
        }
    }
  });

  it('use a blank line only as a paragraph break, and only in summaries', () => {
    expect(summaries.filter(([, s]) => s.nl.includes('\n\n')).length).toBeGreaterThan(5);
    const questions = CHECKLIST.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions));
    for (const q of questions)
      for (const locale of LOCALES)
        for (const text of [q.text, q.help, ...scoringRules(q)])
          expect(text?.[locale] ?? '', q.id).not.toMatch(/\n/);
    for (const [id, summary] of summaries)
      for (const locale of LOCALES) expect(summary[locale].replaceAll('\n\n', ' '), id).not.toMatch(/\n/);
  });
});
