import { launchBrowser } from '../e2e/browser';
import { serveStatic } from '../support/static-server';
import { median, type BenchResult } from './fixtures';
import { seededAssessment } from '../e2e/seed';

const RUNS = 5;

/**
 * Times autosave in Chromium: from the last keystroke in a note until the text is in localStorage (the
 * synchronous write that survives a closing tab; tests/bench/library.ts times the way on to IndexedDB).
 * The app waits 400 ms for typing to stop; the budget says the write itself adds little to that.
 */
export async function benchAutosave(): Promise<BenchResult[]> {
  const server = await serveStatic('dist');
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    // Mounted, so the router has settled: a hash set before then would be replaced by its first navigation.
    await page.locator('main h1').first().waitFor();
    const a = seededAssessment('Autosave');
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k!, v!),
      [`pga-zelfscan:assessment:${a.id}`, JSON.stringify(a)],
    );
    await page.goto(`${server.url}#/scan/${a.id}/stap/signaleren`);
    const note = page.locator('textarea').first();
    await note.waitFor();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const text = `Meting ${i}`;
      // Typed and timed inside the page, so the figure is the app's, not the test driver's.
      times.push(
        await page.evaluate(
          ([id, value]) =>
            new Promise<number>((resolve) => {
              const el = document.getElementById(id) as HTMLTextAreaElement;
              el.value = value;
              el.dispatchEvent(new Event('input', { bubbles: true }));
              const start = performance.now();
              // The app's write to localStorage is synchronous and removed again once IndexedDB has the
              // text, so catch it as it happens rather than poll for it.
              const setItem = Storage.prototype.setItem;
              Storage.prototype.setItem = function (key: string, stored: string) {
                setItem.call(this, key, stored);
                if (!stored.includes(value)) return;
                Storage.prototype.setItem = setItem;
                resolve(performance.now() - start);
              };
            }),
          [(await note.getAttribute('id')) ?? '', text] as const,
        ),
      );
    }
    console.log(`Autosave after typing stops: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    return [
      {
        name: 'Autosave, typing stopped to stored (Chromium, median)',
        value: median(times),
        unit: 'ms',
        budget: 1000,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
