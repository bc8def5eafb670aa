import { openApp } from '../support/app-page';
import { median, type BenchResult } from './fixtures';
import { seed, seededAssessment } from '../e2e/seed';

const RUNS = 5;

/**
 * Times autosave in Chromium: from the last keystroke in a note until the text is in localStorage (the
 * synchronous write that survives a closing tab; tests/bench/library.ts times the way on to IndexedDB).
 * The app waits 400 ms for typing to stop; the budget says the write itself adds little to that.
 */
export async function benchAutosave(): Promise<BenchResult[]> {
  const { page, url, close } = await openApp();
  try {
    const a = seededAssessment('Autosave');
    await seed(page, a);
    await page.goto(`${url}#/scan/${a.id}/stap/signaleren`);
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
    await close();
  }
}
