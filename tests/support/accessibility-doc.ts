// docs/accessibility.md, written from the same list as the app's Toegankelijkheid page.
import { ACCESSIBILITY_LIMITATIONS, WCAG_CRITERIA } from '../../src/content/accessibility';
import type { Locale } from '../../src/content/types';
import nl from '../../src/i18n/locales/nl.json';
import en from '../../src/i18n/locales/en.json';

const cell = (s: string) => s.replace(/\|/g, '\\|');

function section(locale: Locale): string {
  const a = (locale === 'nl' ? nl : en).a11y;
  return [
    `## ${a.title}`,
    '',
    a.intro,
    '',
    `### ${a.standardTitle}`,
    '',
    a.standard,
    '',
    `### ${a.limitationsTitle}`,
    '',
    ...ACCESSIBILITY_LIMITATIONS.map((l) => `- ${l[locale]}`),
    '',
    `### ${a.criteriaTitle}`,
    '',
    `| ${a.colCriterion} | ${a.colLevel} | ${a.colHow} | ${a.colCheck} |`,
    '| --- | --- | --- | --- |',
    ...WCAG_CRITERIA.map(
      (c) =>
        `| ${c.id} ${cell(c.name[locale])} | ${c.level} | ${cell(c.how[locale])} | ${cell(c.check[locale])} |`,
    ),
    '',
  ].join('\n');
}

export function accessibilityDoc(): string {
  return [
    '# PGA-zelfscan: toegankelijkheid / accessibility',
    '',
    '<!-- Written by `npx tsx tests/tools/make-accessibility-doc.ts` from src/content/accessibility.ts; do not edit by hand. -->',
    '',
    section('nl'),
    section('en'),
  ].join('\n');
}
