import { openApp } from '../support/app-page';
import { writeStoredScans } from '../e2e/stored';
import { libraryScan } from '../support/library-fixture';
import { median, type BenchResult } from './fixtures';

const RUNS = 5;
const SCANS = 50;

/**
 * A library of 50 full scans (2 KB notes on every question, 30 actions each; 6.5 M characters) in IndexedDB:
 * from a reload to the start page having read them all (it lists the ten most recent), and from the last keystroke in one of them until IndexedDB
 * holds the text.
 */
export async function benchLibrary(): Promise<BenchResult[]> {
  const { page, url, close } = await openApp();
  try {
    const scans = Array.from({ length: SCANS }, (_, i) => libraryScan(i));
    await page.evaluate(
      writeStoredScans,
      scans.map((a): [string, string] => [a.id, JSON.stringify(a)]),
    );
    const starts: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = Date.now();
      await page.reload();
      // The list shows the ten most recent and offers the rest: all 50 have been read and sorted by then.
      await page.getByRole('button', { name: `Alle ${SCANS} zelfscans tonen` }).waitFor();
      starts.push(Date.now() - start);
    }
    const target = scans[0]!;
    await page.goto(`${url}#/scan/${target.id}/stap/signaleren`);
    const note = page.locator('textarea').first();
    await note.waitFor();
    const id = (await note.getAttribute('id')) ?? '';
    const saves: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      saves.push(
        await page.evaluate(
          ([noteId, scanId, value]) =>
            new Promise<number>((resolve, reject) => {
              const open = indexedDB.open('pga-zelfscan', 1);
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const db = open.result;
                const el = document.getElementById(noteId) as HTMLTextAreaElement;
                el.value = value;
                el.dispatchEvent(new Event('input', { bubbles: true }));
                const start = performance.now();
                // No named helper inside the page: the test bundler would wrap it in a helper the page lacks.
                const timer = setInterval(() => {
                  const get = db.transaction('scans').objectStore('scans').get(scanId);
                  get.onsuccess = () => {
                    if (typeof get.result !== 'string' || !get.result.includes(value)) return;
                    clearInterval(timer);
                    db.close();
                    resolve(performance.now() - start);
                  };
                }, 5);
              };
            }),
          [id, target.id, `Meting ${i}`] as const,
        ),
      );
    }
    console.log(
      `Library of ${SCANS}: start ${starts.join(', ')} ms; save to IndexedDB ${saves.map((t) => t.toFixed(0)).join(', ')} ms`,
    );
    return [
      {
        name: `Start page with ${SCANS} full scans read (Chromium, median)`,
        value: median(starts),
        unit: 'ms',
        // 330–420 ms on a quiet 2-core machine, up to 1,150 ms on the same machine under load (the commit before
        // this bench measured the same then): the budget leaves that room, as the other browser benches do.
        budget: 1500,
      },
      {
        name: `Autosave into IndexedDB beside ${SCANS - 1} other scans (median)`,
        value: median(saves),
        unit: 'ms',
        budget: 1000,
      },
    ];
  } finally {
    await close();
  }
}
