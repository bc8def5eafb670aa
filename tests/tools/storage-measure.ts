// Dev aid for #16: how much of the browser's localStorage a library of 50 full scans takes, with notes of about
// 2 KB per question and 30 actions each (npx tsx tests/tools/storage-measure.ts).
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import { launchBrowser } from '../e2e/browser';
import { heavyAssessment } from '../bench/fixtures';

const NOTE = 'Toelichting met de afwegingen van de partners, wie wat doet en wat er nog ontbreekt. '
  .repeat(24)
  .slice(0, 2000);
const scan = heavyAssessment(30);
for (const r of allQuestions(CHECKLIST)) scan.answers[r.question.id] = { level: 3, note: NOTE };
const text = JSON.stringify(scan);
console.log(
  `one scan: ${text.length} characters (${(text.length / 1024).toFixed(0)} K), 50 scans: ${((50 * text.length) / 1e6).toFixed(2)} M`,
);
const browser = await launchBrowser();
const page = await browser.newPage();
// localStorage needs a real origin: serve an empty page under one.
await page.route('http://pga.test/**', (route) =>
  route.fulfill({ body: '<title>t</title>', contentType: 'text/html' }),
);
await page.goto('http://pga.test/');
const fit = await page.evaluate((value) => {
  localStorage.clear();
  let n = 0;
  try {
    for (; n < 200; n++) localStorage.setItem(`pga-zelfscan:assessment:${n}`, value);
  } catch (e) {
    return { stored: n, error: (e as Error).name };
  }
  return { stored: n, error: null };
}, text);
console.log(`localStorage in Chromium holds ${fit.stored} such scans before ${fit.error ?? 'no error'}`);
await browser.close();
