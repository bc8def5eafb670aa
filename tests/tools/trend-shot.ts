// Dev aid: a screenshot of the trend screen for three yearly scans (npx tsx tests/tools/trend-shot.ts after a build).
import { mkdir } from 'node:fs/promises';
import { openApp } from '../support/app-page';
import { seed } from '../e2e/seed';
import { yearlyScans } from '../support/report-fixture';

await mkdir('.screenshots', { recursive: true });
const { page, url, close } = await openApp({ viewport: { width: 1366, height: 900 } });
const series = yearlyScans(3, { actions: 10 });
for (const a of series) {
  a.title = `Zelfscan PGA ${a.date.slice(0, 4)}`;
  await seed(page, a);
}
const ids = series.map((a) => a.id);
await page.goto(`${url}#/trend?scans=${ids.join(',')}`);
await page.reload();

await page.locator('.chart--trend canvas').first().waitFor();
// Each chart draws once it nears the screen: scroll past them all, as a reader would.
for (const canvas of await page.locator('.chart--trend canvas').all()) await canvas.scrollIntoViewIfNeeded();
await page.waitForTimeout(800);
await page.screenshot({ path: '.screenshots/trend.png', fullPage: true });
await close();
