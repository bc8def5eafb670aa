// Dev aid: downloads the report PDF from the built app (with chart and logo) in both languages into
// .screenshots/app-LOCALE.pdf (npx tsx tests/tools/app-pdf.ts; then pdftoppm -r 50 -png FILE PREFIX).
import { CONTENT_VERSION } from '../../src/content/version';
import { copyFile, mkdir } from 'node:fs/promises';
import { launchBrowser } from '../e2e/browser';
import { serveStatic } from '../support/static-server';
import { heavyAssessment } from '../bench/fixtures';
import { createFollowUp } from '../../src/domain/follow-up';
import { withAnswer, withTarget } from '../../src/domain/assessment';

await mkdir('.screenshots', { recursive: true });
const server = await serveStatic('dist');
const browser = await launchBrowser();
const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
await page.goto(server.url);
const base = heavyAssessment(15);
base.participants = [
  {
    id: 'p1',
    name: 'A. de Vries',
    organisation: 'Gemeente Utrecht',
    role: 'gemeente-oov',
    domain: 'veiligheid',
  },
  { id: 'p2', name: '', organisation: 'Politie Midden-Nederland', role: 'politie', domain: 'veiligheid' },
];
let a = createFollowUp(
  base,
  { title: 'Zelfscan PGA 2027', date: '2027-11-28', prefill: true },
  CONTENT_VERSION,
  new Date(),
);
a = withAnswer(a, 'sig-structuur-helder', { level: 5 }, new Date());
a = withTarget(a, 'samenwerking', 4, new Date());
await page.evaluate(
  ([k, v]) => localStorage.setItem(k!, v!),
  [`pga-zelfscan:assessment:${a.id}`, JSON.stringify(a)],
);
for (const [locale, label] of [
  ['nl', 'Rapport downloaden (PDF)'],
  ['en', 'Download report (PDF)'],
] as const) {
  await page.goto(`${server.url}#/scan/${a.id}/plan`);
  if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.locator('#logo-file').setInputFiles('tests/fixtures/logo.png');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  await copyFile((await (await download).path())!, `.screenshots/app-${locale}.pdf`);
}
await browser.close();
await server.close();
