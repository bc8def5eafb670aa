// Dev aid: downloads the report from the built app (with chart and logo) in both editions and languages,
// as PDF and as Word, into .screenshots/app-EDITION-LOCALE.{pdf,docx}
// (npx tsx tests/tools/app-pdf.ts; then pdftoppm -r 50 -png FILE PREFIX, or soffice --headless --convert-to pdf).
import { copyFile, mkdir } from 'node:fs/promises';
import { openApp } from '../support/app-page';
import { seed } from '../e2e/seed';
import { councilScan } from '../support/report-fixture';

await mkdir('.screenshots', { recursive: true });
const { page, url, close } = await openApp({ acceptDownloads: true });
const a = councilScan({ session: true });
await seed(page, a);
const labels = {
  nl: {
    pdf: 'Rapport downloaden (PDF)',
    docx: 'Rapport downloaden (Word)',
    council: 'Raadsversie',
    full: 'Volledig rapport',
  },
  en: {
    pdf: 'Download report (PDF)',
    docx: 'Download report (Word)',
    council: 'Council edition',
    full: 'Full report',
  },
};
for (const locale of ['nl', 'en'] as const) {
  await page.goto(`${url}#/scan/${a.id}/plan`);
  if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.locator('#logo-file').setInputFiles('tests/fixtures/logo.png');
  for (const edition of ['council', 'full'] as const) {
    await page.getByRole('radio', { name: labels[locale][edition] }).check();
    for (const format of ['pdf', 'docx'] as const) {
      const download = page.waitForEvent('download');
      const start = Date.now();
      await page.getByRole('button', { name: labels[locale][format] }).click();
      const file = await download;
      await copyFile((await file.path())!, `.screenshots/app-${edition}-${locale}.${format}`);
      console.log(`${edition} ${locale} ${format}: ${file.suggestedFilename()} in ${Date.now() - start} ms`);
      await page
        .getByRole('button', { name: labels[locale][format] })
        .and(page.locator(':not([disabled])'))
        .waitFor();
    }
  }
}
await close();
