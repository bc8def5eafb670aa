// Dev aid: a screenshot of the trend screen for three yearly scans (npx tsx tests/tools/trend-shot.ts after a build).
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../e2e/browser';
import { serveStatic } from '../support/static-server';
import { councilScan } from '../support/report-fixture';

await mkdir('.screenshots', { recursive: true });
const server = await serveStatic('dist');
const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
await page.goto(server.url);
// Mounted, so the router has settled: a hash set before then would be replaced by its first navigation.
await page.locator('main h1').first().waitFor();
const ids: string[] = [];
for (const [i, year] of [2024, 2025, 2026].entries()) {
  const a = councilScan({ actions: 10 });
  a.id = `trend-${year}`;
  a.title = `Zelfscan PGA ${year}`;
  a.date = `${year}-11-15`;
  for (const [k, answer] of Object.entries(a.answers))
    if (typeof answer.level === 'number')
      a.answers[k] = { ...answer, level: Math.min(5, answer.level + (i % 2 ? 1 : i)) as 1 };
  ids.push(a.id);
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k!, v!),
    [`pga-zelfscan:assessment:${a.id}`, JSON.stringify(a)],
  );
}
await page.goto(`${server.url}#/trend?scans=${ids.join(',')}`);
await page.reload();

await page.locator('.chart--trend canvas').first().waitFor();
await page.waitForTimeout(800);
await page.screenshot({ path: '.screenshots/trend.png', fullPage: true });
await browser.close();
await server.close();
