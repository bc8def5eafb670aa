// Dev aid for #16: how much browser storage a library of 50 full scans takes (notes of about 2 KB on every
// question, 30 actions each), in localStorage (the journal and the fallback) and in IndexedDB, against the
// browser's quota (npx vite build && npx tsx tests/tools/storage-measure.ts).
import { writeStoredScans } from '../e2e/stored';
import { libraryScan } from '../support/library-fixture';
import { openApp } from '../support/app-page';

const scans = Array.from({ length: 50 }, (_, i) => libraryScan(i));
const texts = scans.map((a): [string, string] => [a.id, JSON.stringify(a)]);
const total = texts.reduce((n, [, t]) => n + t.length, 0);
console.log(
  `one scan: ${texts[0]![1].length} characters; 50 scans: ${(total / 1e6).toFixed(2)} M characters`,
);
const { page, close } = await openApp();

const fit = await page.evaluate((value) => {
  let n = 0;
  try {
    for (; n < 200; n++) localStorage.setItem(`measure:${n}`, value);
  } catch (e) {
    return { stored: n, error: (e as Error).name };
  } finally {
    for (let i = 0; i <= n; i++) localStorage.removeItem(`measure:${i}`);
  }
  return { stored: n, error: null };
}, texts[0]![1]);
console.log(`localStorage holds ${fit.stored} such scans before ${fit.error ?? 'no error'}`);

const estimate = () =>
  page.evaluate(async () => {
    const { usage = 0, quota = 0 } = await navigator.storage.estimate();
    return { usage, quota };
  });
const before = await estimate();
await page.evaluate(writeStoredScans, texts);
const after = await estimate();
const perScan = (after.usage - before.usage) / 50;
console.log(
  `IndexedDB: 50 scans use ${((after.usage - before.usage) / 1e6).toFixed(2)} MB (${(perScan / 1e3).toFixed(0)} KB each); ` +
    `quota for this origin ${(after.quota / 1e9).toFixed(1)} GB, room for about ${Math.floor((after.quota - after.usage) / perScan)} more`,
);
await page.reload();
await page.getByRole('button', { name: 'Alle 50 zelfscans tonen' }).waitFor();
console.log('the start page has read all 50 after a reload (it lists the ten most recent)');
await close();
