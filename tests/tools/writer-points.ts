// Dev aid for the content validation: what a vignette writer gets (docs/validation-briefs/writer.md): each point's
// whole topic, its questions and their actions, and not the levels or the reading rule
// (npx tsx tests/tools/writer-points.ts > points-for-writers.md).
import { CHECKLIST } from '../../src/content/pga-2024';

const out: string[] = ['# Punten en vragen van de checklist (voor de schrijver van een vignet)', ''];
for (const s of CHECKLIST.sections)
  for (const p of s.attentionPoints) {
    out.push(`## ${p.id}: ${p.title.nl}`, '', `Onderwerp: ${p.scope.nl}`, '');
    for (const q of p.questions) out.push(`- \`${q.id}\`: ${q.text.nl}`, `  - Handeling: ${q.activity.nl}`);
    out.push('');
  }
console.log(out.join('\n'));
