// The rubric text a rater gets in the content validation: the reading rule the app shows with every rubric,
// then each point's scope (what its whole topic is, round 13) and five levels, as the app shows them, and nothing else.
import { CHECKLIST } from '../../src/content/pga-2024';
import { READING_RULE, SCALE } from '../../src/content/scale';
import { LEVELS, type Locale } from '../../src/content/types';

export function rubricText(locale: Locale): string {
  const lines = [`# Rubrics (checklist ${CHECKLIST.version})`, '', READING_RULE[locale], ''];
  for (const section of CHECKLIST.sections)
    for (const point of section.attentionPoints) {
      lines.push(`## ${point.id}: ${point.title[locale]}`, '', point.scope[locale], '');
      for (const level of LEVELS) {
        const name = SCALE.find((s) => s.level === level)?.name[locale] ?? '';
        lines.push(`${level}. **${name}**: ${point.rubric[level].text[locale]}`);
      }
      lines.push('');
    }
  return lines.join('\n');
}
