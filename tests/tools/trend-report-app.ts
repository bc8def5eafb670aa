// Dev aid: the report of the last of three chained yearly scans, downloaded from the built app, so the trend
// section can be looked at with the real chart (npx tsx tests/tools/trend-report-app.ts; then pdftoppm).
import { copyFile, mkdir } from 'node:fs/promises';
import { launchBrowser } from '../e2e/browser';
import { serveStatic } from '../support/static-server';
import { councilScan } from '../support/report-fixture';
import type { Assessment } from '../../src/domain/types';

await mkdir('.screenshots', { recursive: true });
const server = await serveStatic('dist');
const browser = await launchBrowser();
const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
await page.goto(server.url);
// Mounted, so the router has settled: a hash set before then would be replaced by its first navigation.
await page.locator('main h1').first().waitFor();
let previous: Assessment | null = null;
for (const [i, year] of [2024, 2025, 2026].entries()) {
  const a = councilScan({ actions: 20 });
  a.id = `chain-${year}`;
  a.title = `Zelfscan PGA ${year}`;
  a.date = `${year}-11-15`;
  for (const [id, answer] of Object.entries(a.answers))
    if (typeof answer.level === 'number')
      a.answers[id] = { ...answer, level: Math.min(5, answer.level + i) as 1 };
  if (previous)
    a.baseline = {
      id: previous.id,
      title: previous.title,
      date: previous.date,
      answers: previous.answers,
      targets: previous.targets,
      actions: previous.actions,
    };
  previous = a;
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k!, v!),
    [`pga-zelfscan:assessment:${a.id}`, JSON.stringify(a)],
  );
}
await page.goto(`${server.url}#/scan/chain-2026/plan`);
await page.reload();
const download = page.waitForEvent('download');
await page.getByRole('button', { name: 'Rapport downloaden (PDF)' }).click();
const file = await download;
await copyFile((await file.path())!, '.screenshots/trend-app.pdf');
await browser.close();
await server.close();
