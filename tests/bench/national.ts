import { openApp } from '../support/app-page';
import { contributionText } from '../../src/domain/contribution';
import { contributionOf } from '../support/national-fixture';
import { median, type BenchResult } from './fixtures';

const RUNS = 5;
const REGIONS = 40;
const YEARS = 25;

// A string, not a function: tsx would wrap a function's inner helpers in __name, which the page lacks.
// It ends in true, so evaluate() does not wait for the promise. From the input's change event until the picture of every contribution is on screen.
const ARM = `window.__combined = new Promise((resolve) => {
  document.addEventListener('change', () => {
    const start = performance.now();
    const tick = () => {
      const count = document.querySelector('[data-testid="national-count"]');
      const rows = document.querySelectorAll('.national__table tbody tr').length;
      if (count && count.textContent.includes('${REGIONS * YEARS}') && rows > 0) resolve(performance.now() - start);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, { capture: true, once: true });
});
true`;

/**
 * The coordinator's screen reads 1,000 contribution files (40 regions over 25 years) at once in Chromium:
 * reading, validating, carrying over, dropping duplicates, combining and drawing the tables. The first run
 * is reported apart; the budget applies to the median of the others.
 */
export async function benchNational(): Promise<BenchResult[]> {
  const files = [];
  for (let region = 0; region < REGIONS; region++)
    for (let year = 2002; year < 2002 + YEARS; year++)
      files.push({
        name: `regio-${region}-${year}.pga-bijdrage.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(contributionText(contributionOf(region, year, year))),
      });
  const { page, url, close } = await openApp();
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${url}#/landelijk-beeld`);
      await page.reload();
      await page.locator('#national-files').waitFor({ state: 'attached' });
      await page.evaluate(ARM);
      await page.locator('#national-files').setInputFiles(files);
      times.push((await page.evaluate('window.__combined')) as number);
    }
    const [cold, ...warm] = times;
    console.log(
      `National picture of ${files.length} contributions: cold ${cold!.toFixed(0)} ms; warm runs ${warm.map((t) => t.toFixed(0)).join(', ')} ms`,
    );
    return [
      {
        name: `National picture, ${files.length} contribution files combined (Chromium, median)`,
        value: median(warm),
        unit: 'ms',
        budget: 1000,
      },
    ];
  } finally {
    await close();
  }
}
