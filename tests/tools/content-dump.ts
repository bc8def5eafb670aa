// Dev aid for content reviews (CONTENT-REVIEW.md allows a plain-text dump): the whole checklist in one language as
// Markdown, or with --json every text of both languages keyed by where it lives, so two versions can be diffed
// (npx tsx tests/tools/content-dump.ts [nl|en|--json] > out).
import { CHECKLIST } from '../../src/content/pga-2024';
import { GLOSSARY } from '../../src/content/glossary';
import { questionRubric } from '../../src/content/lookup';
import { READING_STEPS, READING_TERMS, stepRulesOf } from '../../src/content/reading-rule';
import { READING_CASES } from '../../src/content/reading-cases';
import { NON_LEVEL_ANSWERS, NON_LEVEL_DESCRIPTIONS, SCALE } from '../../src/content/scale';
import { LEVELS, LOCALES, type Locale, type Text } from '../../src/content/types';
import { readingCasesText, readingRuleText } from '../support/rubric-text';
import { pluralForm } from '../support/ui';
import { validation } from './content-dump-validation';

/** Every text of the checklist under a stable key, in both languages. */
function keyedTexts(): Record<string, Text> {
  const out: Record<string, Text> = {};
  for (const s of SCALE) {
    out[`scale.${s.level}.name`] = s.name;
    out[`scale.${s.level}.description`] = s.description;
  }
  for (const k of ['unknown', 'na'] as const) {
    out[`scale.${k}.name`] = NON_LEVEL_ANSWERS[k];
    out[`scale.${k}.description`] = NON_LEVEL_DESCRIPTIONS[k];
  }
  for (const s of CHECKLIST.sections) {
    out[`${s.id}.title`] = s.title;
    out[`${s.id}.summary`] = s.summary;
    stepRulesOf(s.id).forEach((r, i) => (out[`${s.id}.stepRule${i + 1}`] = r));
    for (const p of s.attentionPoints) {
      const key = `${s.id}.${p.id}`;
      for (const f of ['title', 'summary', 'topic', 'scope'] as const) out[`${key}.${f}`] = p[f];
      for (const l of LEVELS) {
        out[`${key}.level${l}`] = p.rubric[l].text;
        out[`${key}.level${l}.basis`] = p.rubric[l].basis;
      }
      for (const q of p.questions) {
        const qk = `${key}.${q.id}`;
        out[`${qk}.text`] = q.text;
        if (q.help) out[`${qk}.help`] = q.help;
        q.rules?.forEach((r, i) => (out[`${qk}.rule${i + 1}`] = r));
        q.doubts?.forEach((r, i) => (out[`${qk}.doubt${i + 1}`] = r));
        out[`${qk}.activity`] = q.activity;
        if (q.basis) out[`${qk}.basis`] = q.basis;
        const levels = questionRubric(p, q);
        for (const l of [1, 2] as const) out[`${qk}.level${l}`] = levels[l].text;
      }
      for (const a of p.suggestedActions) {
        out[`${key}.action.${a.id}.title`] = a.title;
        out[`${key}.action.${a.id}.description`] = a.description;
      }
    }
  }
  READING_STEPS.forEach((r, i) => (out[`reading.step${i + 1}`] = r));
  for (const [kind, groups] of [
    ['term', READING_TERMS],
    ['case', READING_CASES],
  ] as const)
    groups.forEach((g, i) => {
      out[`reading.${kind}${i + 1}.title`] = g.title;
      g.rules.forEach((r, j) => (out[`reading.${kind}${i + 1}.rule${j + 1}`] = r));
    });
  for (const g of GLOSSARY) {
    out[`glossary.${g.id}.term`] = g.term;
    out[`glossary.${g.id}.definition`] = g.definition;
  }
  return out;
}

// The dump's own labels, in the dump's language, so a reader does not take an English label for app text.
const LABELS = {
  nl: {
    scale: 'Schaal',
    topic: 'Onderwerp',
    level: 'Niveau',
    basis: 'Basis',
    rule: 'Regel',
    activity: 'Handeling',
    action: 'Actie',
    stepRule: 'Extra regel bij deze stap',
    glossary: 'Begrippen',
    origin: { report: 'rapportvraag', derived: 'afgeleid' },
    doubtsHere:
      'Nog een regel, voor een bijzonder geval, in de bijlage bij deze vraag ({id}). | Meer regels, voor bijzondere gevallen: {n}, in de bijlage bij deze vraag ({id}).',
    annex: 'Bijlage: regels voor bijzondere gevallen',
    annexIntro:
      'Deze regels beslissen bijzondere gevallen. Lijkt jullie situatie op zo’n geval? Dan geldt de regel, ook als jullie niet twijfelen. In de app staan ze ingeklapt: de regels bij een vraag onder die vraag, de bijzondere gevallen onder ‘Zo kiezen jullie een niveau’.',
    annexQuestions: 'Regels voor bijzondere gevallen per vraag',
    latest:
      'De laatste rondes van versie {version}, ten hoogste acht (uit de tabel op de Verantwoordingspagina van de app):',
  },
  en: {
    scale: 'Scale',
    topic: 'Topic',
    level: 'Level',
    basis: 'Basis',
    rule: 'Rule',
    activity: 'Activity',
    action: 'Action',
    stepRule: 'Additional rule for this step',
    glossary: 'Glossary',
    origin: { report: 'report question', derived: 'derived' },
    doubtsHere:
      'One more rule, for a special case, in the annex under this question ({id}). | More rules, for special cases: {n}, in the annex under this question ({id}).',
    annex: 'Annex: rules for special cases',
    annexIntro:
      'These rules decide special cases. If your situation resembles one, the rule applies, even if you are not in doubt. In the app they are collapsed: each question’s rules sit under that question, and the special cases under ‘How to choose a level’.',
    annexQuestions: 'Rules for special cases by question',
    latest:
      'The last rounds on version {version}, at most eight (from the table on the app’s Justification page):',
  },
} as const;

/** The checklist as a reader goes through it: sections, points with summary and rubric, questions, glossary. */
function markdown(locale: Locale): string {
  const L = LABELS[locale];
  const lines = [`# Checklist ${CHECKLIST.version} (${locale})`, '', `## ${L.scale}`, ''];
  for (const s of SCALE) lines.push(`${s.level}. **${s.name[locale]}**: ${s.description[locale]}`);
  for (const k of ['unknown', 'na'] as const)
    lines.push(`- **${NON_LEVEL_ANSWERS[k][locale]}**: ${NON_LEVEL_DESCRIPTIONS[k][locale]}`);
  lines.push('');
  for (const s of CHECKLIST.sections) {
    lines.push(`## §${s.ref} ${s.title[locale]}`, '', s.summary[locale], '');
    // Shown with every point of the step, in the app and to raters.
    for (const r of stepRulesOf(s.id)) lines.push(`- ${L.stepRule}: ${r[locale]}`);
    if (stepRulesOf(s.id).length) lines.push('');
    for (const p of s.attentionPoints) {
      lines.push(`### ${p.id} (§${p.ref}): ${p.title[locale]}`, '', p.summary[locale], '');
      lines.push(`${L.topic}: ${p.topic[locale]}`, '', p.scope[locale], '');
      for (const l of LEVELS)
        lines.push(
          `- ${L.level} ${l}: ${p.rubric[l].text[locale]}`,
          `  - ${L.basis}: ${p.rubric[l].basis[locale]}`,
        );
      lines.push('');
      for (const q of p.questions) {
        lines.push(
          `#### ${q.id} (${L.origin[q.origin]}${q.reportQuestion ? ` ${q.reportQuestion}` : ''}): ${q.text[locale]}`,
          '',
        );
        if (q.help) lines.push(q.help[locale], '');
        if (q.rules?.length) lines.push(...q.rules.map((r) => `- ${L.rule}: ${r[locale]}`), '');
        if (q.doubts?.length) {
          const n = q.doubts.length;
          lines.push(
            pluralForm(L.doubtsHere, 'doubtsHere', n).replace('{n}', String(n)).replace('{id}', q.id),
            '',
          );
        }
        lines.push(`${L.activity}: ${q.activity[locale]}`, '');
        if (q.basis) lines.push(`${L.basis}: ${q.basis[locale]}`, '');
      }
      for (const a of p.suggestedActions)
        lines.push(`- ${L.action} **${a.title[locale]}**: ${a.description[locale]}`);
      lines.push('');
    }
  }
  lines.push(`## ${L.glossary}`, '');
  for (const g of GLOSSARY) lines.push(`- **${g.term[locale]}** (${g.ref}): ${g.definition[locale]}`);
  return lines.join('\n');
}

/** The annex: each question's rules for special cases, then the special cases of the reading rule. */
function annex(locale: Locale): string {
  const L = LABELS[locale];
  const lines = [`## ${L.annex}`, '', L.annexIntro, '', `### ${L.annexQuestions}`, ''];
  for (const s of CHECKLIST.sections)
    for (const p of s.attentionPoints)
      for (const q of p.questions) {
        if (!q.doubts?.length) continue;
        lines.push(
          `#### ${q.id} (§${p.ref}): ${q.text[locale]}`,
          '',
          ...q.doubts.map((r) => `- ${r[locale]}`),
          '',
        );
      }
  return `${lines.join('\n')}\n${readingCasesText(locale)}`;
}

const arg = process.argv[2];
if (arg === '--json') console.log(JSON.stringify(keyedTexts(), null, 1));
else {
  const locale = LOCALES.find((l) => l === arg) ?? 'nl';
  console.log(
    [
      markdown(locale),
      readingRuleText(locale, false),
      annex(locale),
      validation(locale, LABELS[locale].latest),
    ].join('\n\n'),
  );
}
