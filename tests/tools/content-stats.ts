// Dev aid: the figures the content check measures (npx tsx tests/tools/content-stats.ts).
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import { meanSentenceLength, sentences, words } from '../support/language';

const questions = allQuestions(CHECKLIST).map((r) => r.question);
const summaries = [...CHECKLIST.sections, ...CHECKLIST.sections.flatMap((s) => s.attentionPoints)].map(
  (x) => x.summary,
);
for (const locale of ['nl', 'en'] as const) {
  const lengths = questions.map((q) => words(q.text[locale]).length);
  const longest = questions[lengths.indexOf(Math.max(...lengths))];
  const all = summaries.flatMap((s) => sentences(s[locale]));
  const mean = all.reduce((n, s) => n + words(s).length, 0) / all.length;
  const worst = Math.max(...summaries.map((s) => meanSentenceLength(s[locale])));
  console.log(
    `${locale}: longest question ${Math.max(...lengths)} words (${longest?.id}); questions over 20 words: ${lengths.filter((n) => n > 20).length}; ` +
      `summary sentences: ${all.length}, mean ${mean.toFixed(1)} words, highest per-summary mean ${worst.toFixed(1)}`,
  );
}
console.log(
  `questions: ${questions.length}; from the report: ${questions.filter((q) => q.origin === 'report').length}; derived: ${questions.filter((q) => q.origin === 'derived').length}; attention points: ${CHECKLIST.sections.flatMap((s) => s.attentionPoints).length}`,
);
