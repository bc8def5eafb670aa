// Dev aid for the content validation: the rubric text a rater gets, and nothing else
// (npx tsx tests/tools/rubric-dump.ts [nl|en] > rubrics.md).
import { CHECKLIST } from '../../src/content/pga-2024';
import { SCALE } from '../../src/content/scale';
import { LEVELS, type Locale } from '../../src/content/types';

const locale: Locale = process.argv[2] === 'en' ? 'en' : 'nl';
const lines = [`# Rubrics (checklist ${CHECKLIST.version})`, ''];
for (const section of CHECKLIST.sections)
  for (const point of section.attentionPoints) {
    lines.push(`## ${point.id}: ${point.title[locale]}`, '');
    for (const level of LEVELS) {
      const name = SCALE.find((s) => s.level === level)?.name[locale] ?? '';
      lines.push(`${level}. **${name}**: ${point.rubric[level].text[locale]}`);
    }
    lines.push('');
  }
console.log(lines.join('\n'));
