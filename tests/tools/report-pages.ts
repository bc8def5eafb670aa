// Dev aid: how full each page of the report is and how its tables fall over the pages, read back from
// the PDF, for the sample scans in both editions and languages (npx tsx tests/tools/report-pages.ts [filter]).
// Writes the files to .screenshots/pages-NAME-EDITION-LOCALE.pdf for a look: pdftoppm -r 50 -png FILE PREFIX.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Assessment } from '../../src/domain/types';
import { makeDocument, makePdf } from '../support/pdf';
import { pageFill, pageRuleBreaches, placeTables, readLines } from '../support/pdf-layout';
import { councilScan, yearlyScans } from '../support/report-fixture';

const chartImage = `data:image/jpeg;base64,${readFileSync('tests/fixtures/chart.jpg').toString('base64')}`;
const years = yearlyScans(3, { actions: 21 });
const cases: [string, Assessment, Assessment[]][] = [
  ['session-21', councilScan({ session: true, actions: 21, uncertain: true }), []],
  ['session-20', councilScan({ session: true }), []],
  ['trend', years[2]!, years],
];
const only = process.argv[2] ?? '';
mkdirSync('.screenshots', { recursive: true });
for (const [name, scan, series] of cases)
  for (const edition of ['council', 'full'] as const)
    for (const locale of ['nl', 'en'] as const) {
      const label = `${name}-${edition}-${locale}`;
      if (!label.includes(only)) continue;
      const bytes = makePdf(scan, locale, { edition, chartImage, series });
      writeFileSync(`.screenshots/pages-${label}.pdf`, bytes);
      const pages = await readLines(bytes);
      const report = makeDocument(scan, locale, edition, series);
      const fill = pageFill(pages).map((f) => `${Math.round(f * 100)}%`);
      const split = placeTables(pages, report)
        .filter((t) => t.pages.length > 1)
        .map((t) => `${t.caption.slice(0, 20)}: ${t.pages.map((p) => `p${p.page} ${p.rows}`).join(' + ')}`);
      console.log(`${label}: ${pages.length} pages, filled ${fill.join(' ')}`);
      if (split.length) console.log(`  split tables: ${split.join('; ')}`);
      for (const breach of pageRuleBreaches(pages, report)) console.log(`  BREACH ${breach}`);
    }
