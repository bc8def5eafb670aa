// Screenshots of the national picture for a look by eye: the contribution preview, the combining screen, the
// comparison on the results screen, and the PDF with its comparison section. Needs the built app (vite build).
// npx tsx tests/tools/national-shots.ts [out-dir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECKLIST } from '../../src/content/pga-2024';
import { contributionText } from '../../src/domain/contribution';
import { buildBenchmark, benchmarkText } from '../../src/domain/benchmark';
import { combine, toEntry } from '../../src/domain/national';
import { openApp } from '../support/app-page';
import { seed, seededAssessment } from '../e2e/seed';
import { contributionOf } from '../support/national-fixture';

const out = process.argv[2] ?? '/tmp/national-shots';
mkdirSync(out, { recursive: true });
const contributions = Array.from({ length: 14 }, (_, i) => contributionOf(i, 2026 - (i % 2)));
const json = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});
const picture = combine(
  contributions.map((c) => toEntry(c, CHECKLIST)!),
  CHECKLIST,
  { year: null, sizeBand: null },
);
const benchmark = benchmarkText(buildBenchmark(picture, CHECKLIST.version, new Date())!);

const { page, url, close } = await openApp({ viewport: { width: 1280, height: 900 } });
try {
  const scan = seededAssessment('Zelfscan PGA 2026');
  await seed(page, scan);
  await page.goto(`${url}#/scan/${scan.id}/resultaten`);
  await page.reload();
  await page.getByRole('button', { name: 'Bijdragen aan landelijk beeld' }).click();
  await page.getByLabel('50.000 tot 100.000 inwoners').check();
  await page.locator('#contribution-panel').screenshot({ path: join(out, 'contribution-preview.png') });

  await page.goto(`${url}#/landelijk-beeld`);
  await page
    .locator('#national-files')
    .setInputFiles([
      ...contributions.map((c, i) => json(`regio-${i}.pga-bijdrage.json`, contributionText(c))),
      json('dubbel.pga-bijdrage.json', contributionText(contributions[0]!)),
    ]);
  await page.getByTestId('national-count').waitFor();
  await page.screenshot({ path: join(out, 'national-picture.png'), fullPage: true });

  await page.goto(`${url}#/scan/${scan.id}/resultaten`);
  await page.locator('#benchmark-file').setInputFiles(json('landelijk-beeld.pga-benchmark.json', benchmark));
  await page.getByTestId('benchmark-table').waitFor();
  await page.locator('section.benchmark').screenshot({ path: join(out, 'results-comparison.png') });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Rapport downloaden (PDF)' }).click();
  writeFileSync(join(out, 'report.pdf'), await readFile((await (await download).path())!));
  console.log(
    `Written to ${out}: contribution-preview.png, national-picture.png, results-comparison.png, report.pdf`,
  );
} finally {
  await close();
}
