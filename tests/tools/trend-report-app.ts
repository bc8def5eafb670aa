// Dev aid: the report of the last of three chained yearly scans, downloaded from the built app, so the trend
// section can be looked at with the real chart (npx tsx tests/tools/trend-report-app.ts; then pdftoppm).
import { copyFile, mkdir } from 'node:fs/promises';
import { openApp } from '../support/app-page';
import { seed } from '../e2e/seed';
import { yearlyScans } from '../support/report-fixture';
import type { Assessment } from '../../src/domain/types';

await mkdir('.screenshots', { recursive: true });
const { page, url, close } = await openApp({ acceptDownloads: true });
let previous: Assessment | null = null;
for (const a of yearlyScans(3, { actions: 20 })) {
  a.title = `Zelfscan PGA ${a.date.slice(0, 4)}`;
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
  await seed(page, a);
}
await page.goto(`${url}#/scan/year-2026/plan`);
await page.reload();
const download = page.waitForEvent('download');
await page.getByRole('button', { name: 'Rapport downloaden (PDF)' }).click();
const file = await download;
await copyFile((await file.path())!, '.screenshots/trend-app.pdf');
await close();
