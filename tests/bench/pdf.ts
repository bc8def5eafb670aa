import { readFile } from 'node:fs/promises';
import { launchBrowser } from '../e2e/browser';
import { serveStatic } from '../support/static-server';
import { heavyAssessment, median, type BenchResult } from './fixtures';

const RUNS = 7;

/**
 * Times the real export in Chromium: click "Rapport downloaden (PDF)" on the plan of a full scan
 * with 200 actions and long notes, until the file is offered. The first run (loading jsPDF and the
 * font) is reported separately; the budget applies to the median of the warm runs.
 */
export async function benchPdf(): Promise<BenchResult[]> {
  const server = await serveStatic('dist');
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(server.url);
    const a = heavyAssessment(200);
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k!, v!),
      [`pga-zelfscan:assessment:${a.id}`, JSON.stringify(a)],
    );
    await page.goto(`${server.url}#/scan/${a.id}/plan`);
    const button = page.getByRole('button', { name: 'Rapport downloaden (PDF)' });
    await button.waitFor();
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const download = page.waitForEvent('download');
      const start = performance.now();
      await button.click();
      const file = await download;
      times.push(performance.now() - start);
      size = (await readFile((await file.path())!)).byteLength;
      await page
        .getByRole('button', { name: 'Rapport downloaden (PDF)' })
        .and(page.locator(':not([disabled])'))
        .waitFor();
    }
    const [cold, ...warm] = times;
    console.log(
      `PDF export, 200 actions: cold ${cold!.toFixed(0)} ms; warm runs ${warm.map((t) => t.toFixed(0)).join(', ')} ms`,
    );
    return [
      { name: 'PDF export, median of warm runs (Chromium)', value: median(warm), unit: 'ms', budget: 1500 },
      { name: 'PDF export, first run incl. loading jsPDF and font', value: cold!, unit: 'ms', budget: 3000 },
      { name: 'PDF size, 200 actions and long notes', value: size / 1024, unit: 'KB', budget: 1024 },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
