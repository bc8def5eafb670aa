// Dev aid: writes a sample report to .screenshots/sample-LOCALE.pdf for a look page by page
// (npx tsx tests/tools/sample-pdf.ts && pdftoppm -r 50 -png .screenshots/sample-nl.pdf .screenshots/p).
import { mkdirSync, writeFileSync } from 'node:fs';
import { seededAssessment } from '../e2e/seed';
import { makePdf } from '../support/pdf';
import { CHECKLIST } from '../../src/content/pga-2024';

mkdirSync('.screenshots', { recursive: true });
const a = seededAssessment();
a.participants = [
  {
    id: 'p1',
    name: 'A. de Vries',
    organisation: 'Gemeente Utrecht',
    role: 'gemeente-oov',
    domain: 'veiligheid',
  },
  { id: 'p2', name: '', organisation: 'Politie Midden-Nederland', role: 'politie', domain: 'veiligheid' },
  {
    id: 'p3',
    name: 'M. Yılmaz',
    organisation: 'Reclassering Nederland',
    role: 'reclassering',
    domain: 'sociaal',
  },
];
const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
a.actions = points.slice(0, 12).map((p, i) => ({
  id: `s${i}`,
  attentionPointId: p.id,
  title: p.suggestedActions[0]!.title.nl,
  description: p.suggestedActions[0]!.description.nl,
  owner: ['Gemeente OOV', 'Politie', 'Zorg- en Veiligheidshuis'][i % 3]!,
  due: `2027-0${(i % 9) + 1}-01`,
  priority: (['high', 'medium', 'low'] as const)[i % 3]!,
  status: 'open',
  origin: 'suggested',
}));
for (const locale of ['nl', 'en'] as const)
  writeFileSync(`.screenshots/sample-${locale}.pdf`, makePdf(a, locale));
