// The rubric text a rater gets in the content validation: the reading rule the app shows with every rubric, in its
// three parts, then each point's scope (what its whole topic is, round 13), the rules of its step, its five
// levels and its questions with their explanations and acts (raters score each question from round 29), as the app
// shows them, and nothing else.
import { CHECKLIST } from '../../src/content/pga-2024';
import { READING_STEPS, READING_TERMS, stepRulesOf } from '../../src/content/reading-rule';
import { READING_CASES } from '../../src/content/reading-cases';
import { SCALE } from '../../src/content/scale';
import { LEVELS, type Locale } from '../../src/content/types';
import { ui } from './ui';

// The app shows a question's activity inside its level 1 and 2 choices; the rater gets it once per question.
const ACT_LABEL: Record<Locale, string> = {
  nl: 'Handeling die deze vraag bij niveau 1 en 2 noemt',
  en: 'The action this question names for levels 1 and 2',
};

/** The rule's headings, in the app's own words. */
const heading = (locale: Locale) => ({
  how: ui(locale, 'step.ruleHow'),
  terms: ui(locale, 'step.ruleTerms'),
  cases: ui(locale, 'step.ruleCases'),
  step: ui(locale, 'step.ruleStep'),
});

/** The doubtful cases of the reading rule, folded in the app under their own heading. */
export function readingCasesText(locale: Locale): string {
  const lines = [`### ${heading(locale).cases}`, ''];
  for (const g of READING_CASES) {
    lines.push(`**${g.title[locale]}**`, '');
    for (const r of g.rules) lines.push(`- ${r[locale]}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The reading rule as the app shows it once opened: the order and the terms, and unless left out the doubtful
 *  cases. */
export function readingRuleText(locale: Locale, withCases = true): string {
  const h = heading(locale);
  const lines = [`## ${h.how}`, '', ...READING_STEPS.map((s) => s[locale]), '', `### ${h.terms}`, ''];
  for (const g of READING_TERMS)
    lines.push(`**${g.title[locale]}**: ${g.rules.map((r) => r[locale]).join(' ')}`, '');
  if (withCases) lines.push(readingCasesText(locale));
  return lines.join('\n');
}

/** The rubric as a rater gets it. `lean` leaves out what the app folds away (the reading rule's special cases and
 *  each question's rules for special cases), to measure the fit on what partners see unopened. */
export function rubricText(locale: Locale, lean = false): string {
  const lines = [
    `# Rubrics (checklist ${CHECKLIST.version})`,
    '',
    readingRuleText(locale, !lean),
    '# Rubrics',
    '',
  ];
  for (const section of CHECKLIST.sections)
    for (const point of section.attentionPoints) {
      lines.push(`## ${point.id}: ${point.title[locale]}`, '', point.scope[locale], '');
      const stepRules = stepRulesOf(section.id);
      if (stepRules.length)
        lines.push(`${heading(locale).step}: ${stepRules.map((r) => r[locale]).join(' ')}`, '');
      for (const level of LEVELS) {
        const name = SCALE.find((s) => s.level === level)?.name[locale] ?? '';
        lines.push(`${level}. **${name}**: ${point.rubric[level].text[locale]}`);
      }
      lines.push('');
      for (const q of point.questions) {
        lines.push(
          `- ${ui(locale, 'report.question')} \`${q.id}\`: **${q.text[locale]}**${q.help ? ` ${q.help[locale]}` : ''}`,
        );
        if (q.rules?.length)
          lines.push(`  - ${ui(locale, 'step.rulesTitle')}`, ...q.rules.map((r) => `    - ${r[locale]}`));
        if (q.doubts?.length && !lean)
          lines.push(
            `  - ${ui(locale, 'step.doubtsTitle', { n: q.doubts.length }, q.doubts.length)}`,
            ...q.doubts.map((r) => `    - ${r[locale]}`),
          );
        lines.push(`  - ${ACT_LABEL[locale]}: ${q.activity[locale]}`);
      }
      lines.push('');
    }
  return lines.join('\n');
}
