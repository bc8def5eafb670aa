import { openApp } from '../support/app-page';
import { seed } from '../e2e/seed';
import { heavyAssessment, median, type BenchResult } from './fixtures';

const RUNS = 7;
const SCANS = 10;

/**
 * The trend of ten yearly scans of a full checklist with 30 actions each, in Chromium: from opening the trend
 * screen (computing the trend included) until its nine line charts are drawn, scrolling down to each (a chart
 * is drawn once it comes near the screen). The first run, which loads the
 * chart library, is reported apart; the budget applies to the median of the others.
 */
export async function benchTrend(): Promise<BenchResult[]> {
  const { page, close } = await openApp();
  try {
    const ids: string[] = [];
    for (let i = 0; i < SCANS; i++) {
      const a = heavyAssessment(30);
      a.id = `trend-bench-${i}`;
      a.date = `${2017 + i}-11-15`;
      ids.push(a.id);
      await seed(page, a);
    }
    await page.reload();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.evaluate(() => (location.hash = '#/'));
      await page.locator('.scan-list').waitFor();
      const time = await page.evaluate(
        async (hash) => {
          const start = performance.now();
          location.hash = hash;
          // Drawn: nine charts on the page, each marked drawn by the app (Chart.js draws at once, without
          // animation), seen at the start of the frame that paints them. A chart is drawn once it is within a screen of the
          // screen, so the reader scrolls down to each in turn. The pixels are checked once, after the clock
          // stops: reading every canvas back on every frame cost the measurement itself (a CPU profile of a warm
          // run: getImageData and the GPU readback it forces took longer than all of Chart.js).
          let time = 0;
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r));
            const canvases = [...document.querySelectorAll<HTMLCanvasElement>('.chart--trend canvas')];
            const next = canvases.find((canvas) => canvas.dataset.drawn === undefined);
            if (canvases.length === 9 && !next) {
              time = performance.now() - start;
              break;
            }
            next?.scrollIntoView({ block: 'center' });
          }
          for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.chart--trend canvas')) {
            const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
            let n = 0;
            for (let i = 3; data && i < data.length && n < 100; i += 4) if (data[i]! > 0) n++;
            if (n < 100) throw new Error('a trend chart was marked drawn but has no pixels');
          }
          return time;
        },
        `#/trend?scans=${ids.join(',')}`,
      );
      times.push(time);
    }
    const [cold, ...warm] = times;
    console.log(
      `Trend of ${SCANS} scans × 30 actions: cold ${cold!.toFixed(0)} ms; warm runs ${warm.map((t) => t.toFixed(0)).join(', ')} ms`,
    );
    return [
      {
        name: `Trend screen, ${SCANS} yearly scans of a full checklist (Chromium, median)`,
        value: median(warm),
        unit: 'ms',
        budget: 300,
      },
    ];
  } finally {
    await close();
  }
}
