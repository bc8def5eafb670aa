import { readFile } from 'node:fs/promises';
import { openApp } from '../support/app-page';
import { seed } from '../e2e/seed';
import { heavyAssessment, median, type BenchResult } from './fixtures';

const RUNS = 7;
const FORMATS = {
  pdf: { button: 'Rapport downloaden (PDF)', label: 'PDF', firstBudget: 3000, sizeBudget: 1024 },
  docx: { button: 'Rapport downloaden (Word)', label: 'Word (.docx)', firstBudget: 3000, sizeBudget: 1024 },
} as const;

/**
 * Times the real export in Chromium: the full report of a scan with 200 actions and long notes,
 * from the click on the plan screen until the file is offered. The first run (loading jsPDF and
 * its font, or the docx library) is reported separately; the budget applies to the median of the warm runs.
 */
export async function benchExport(): Promise<BenchResult[]> {
  const { page, url, close } = await openApp({ acceptDownloads: true });
  const results: BenchResult[] = [];
  try {
    const a = heavyAssessment(200);
    await seed(page, a);
    await page.goto(`${url}#/scan/${a.id}/plan`);
    await page.getByRole('radio', { name: 'Volledig rapport' }).check();
    for (const format of ['pdf', 'docx'] as const) {
      const { button: name, label, firstBudget, sizeBudget } = FORMATS[format];
      const button = page.getByRole('button', { name });
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
        await button.and(page.locator(':not([disabled])')).waitFor();
      }
      const [cold, ...warm] = times;
      console.log(
        `${label} export, 200 actions: cold ${cold!.toFixed(0)} ms; warm runs ${warm.map((t) => t.toFixed(0)).join(', ')} ms`,
      );
      results.push(
        {
          name: `${label} export of the full report, median of warm runs (Chromium)`,
          value: median(warm),
          unit: 'ms',
          budget: 1500,
        },
        {
          name: `${label} export, first run incl. loading the library`,
          value: cold!,
          unit: 'ms',
          budget: firstBudget,
        },
        {
          name: `${label} size, 200 actions and long notes`,
          value: size / 1024,
          unit: 'KB',
          budget: sizeBudget,
        },
      );
    }
    return results;
  } finally {
    await close();
  }
}
