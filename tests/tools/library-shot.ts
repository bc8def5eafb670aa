// Dev aid for #16: the start page with a library of 50 full scans, as a screenshot
// (npx vite build && npx tsx tests/tools/library-shot.ts; writes /tmp/library-*.png).
import { writeStoredScans } from '../e2e/stored';
import { libraryScan } from '../support/library-fixture';
import { openApp } from '../support/app-page';

const { page, close } = await openApp({ viewport: { width: 1280, height: 900 } });
const scans = Array.from({ length: 50 }, (_, i) => libraryScan(i));
await page.evaluate(
  writeStoredScans,
  scans.map((a): [string, string] => [a.id, JSON.stringify(a)]),
);
await page.reload();
await page.getByRole('button', { name: 'Alle 50 zelfscans tonen' }).waitFor();
const height = () => page.evaluate(() => document.documentElement.scrollHeight);
console.log(`start page height with 50 scans, 10 shown: ${await height()} px`);
await page.screenshot({ path: '/tmp/library-full.png', fullPage: true });
await page.getByLabel('Zoeken in de zelfscans').fill('zeeland');
await page.getByText('10 van 50 zelfscans').waitFor();
await page.locator('#library-filter').scrollIntoViewIfNeeded();
await page.screenshot({ path: '/tmp/library-filtered.png', fullPage: true });
console.log(`filtered to 10: ${await height()} px`);
await page.getByLabel('Zoeken in de zelfscans').fill('');
await page.getByRole('button', { name: 'Alle 50 zelfscans tonen' }).click();
console.log(`all 50 shown: ${await height()} px`);
await close();
