// Dev aid: writes the sample report in both editions and languages to .screenshots/sample-EDITION-LOCALE.pdf
// and .docx, for a look page by page (npx tsx tests/tools/sample-pdf.ts; then pdftoppm -r 50 -png FILE PREFIX).
// The radar chart needs a browser; tests/tools/app-pdf.ts makes the same files from the built app.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createDocx } from '../../src/report/docx/docx';
import { makeDocument, makePdf, readPdf } from '../support/pdf';
import { councilScan } from '../support/report-fixture';

mkdirSync('.screenshots', { recursive: true });
const scan = councilScan({ session: true });
for (const edition of ['council', 'full'] as const)
  for (const locale of ['nl', 'en'] as const) {
    const pdf = makePdf(scan, locale, { edition });
    writeFileSync(`.screenshots/sample-${edition}-${locale}.pdf`, pdf);
    writeFileSync(
      `.screenshots/sample-${edition}-${locale}.docx`,
      await createDocx(makeDocument(scan, locale, edition)),
    );
    console.log(
      edition,
      locale,
      (await readPdf(pdf)).numPages,
      'pages',
      `${(pdf.byteLength / 1024).toFixed(0)} KB`,
    );
  }
