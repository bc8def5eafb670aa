import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser';
import { serveStatic } from '../support/static-server';
import { ASSESSMENT_PREFIX, assessmentKey } from '../support/storage-keys';
import type { Assessment } from '../../src/domain/types';
import { median, type BenchResult } from './fixtures';
import { trendScans, workshopScan } from './lighthouse-fixture';

type Category = 'performance' | 'accessibility' | 'best-practices';
const CATEGORIES: Category[] = ['performance', 'accessibility', 'best-practices'];
const RUNS = 3;

/**
 * The goal of issue #25, the same for every screen: Lighthouse mobile performance at least 95 with a total
 * blocking time of at most 200 ms and a largest contentful paint of at most 2.5 s, as the median of three runs;
 * accessibility 100 and best practices 95 from the first run. Never lower these to make a run pass: a screen
 * that cannot reach them on the 2-core machine is a finding, to be shown with its trace.
 */
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 95, tbt: 200, lcp: 2500 };

interface Measured {
  scores: Partial<Record<Category, number>>;
  tbt: number;
  lcp: number;
}

/** A free local port for Chromium's DevTools, which Lighthouse connects to. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * One Chromium on a fresh profile whose storage holds the given scans, already moved from the localStorage
 * journal into IndexedDB (as after any earlier visit), kept open for all of a profile's Lighthouse runs:
 * starting a browser per run took longer than the run.
 */
export async function seededBrowser(url: string, scans: Assessment[]) {
  const dir = await mkdtemp(join(tmpdir(), 'pga-lh-profile-'));
  const port = await freePort();
  const context: BrowserContext = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--remote-debugging-port=${port}`],
  });
  const page = await context.newPage();
  await page.goto(url);
  for (const a of scans)
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [assessmentKey(a.id), JSON.stringify(a)]);
  await page.reload();
  await page.waitForFunction(
    (prefix) => !Object.keys(localStorage).some((k) => k.startsWith(prefix)),
    ASSESSMENT_PREFIX,
    { timeout: 60_000 },
  );
  await page.goto('about:blank');
  return {
    port,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function measure(url: string, port: number, categories: Category[]): Promise<Measured> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    // Keep the seeded scans: Lighthouse otherwise clears the origin's storage first.
    disableStorageReset: true,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories: cats, audits } = result.lhr;
  return {
    scores: Object.fromEntries(categories.map((c) => [c, Math.round((cats[c]?.score ?? 0) * 100)])),
    tbt: audits['total-blocking-time']?.numericValue ?? Infinity,
    lcp: audits['largest-contentful-paint']?.numericValue ?? Infinity,
  };
}

/**
 * Lighthouse 12 with Debian's Chromium against the production build, mobile preset (the default), on the six
 * screens people spend their time on, with the heaviest real data: a session scan with a 2 KB note on every
 * question and 15 partners' scans, and five yearly scans for the trend. Three runs per screen, the first with
 * every category and the other two with performance only; the median of the three counts.
 */
export async function benchLighthouse(): Promise<BenchResult[]> {
  const server = await serveStatic('dist');
  const started = Date.now();
  const session = workshopScan();
  const years = trendScans();
  const profiles = [
    {
      scans: [session],
      screens: [
        ['start page', ''],
        ['step §1.2 (all notes 2 KB)', `#/scan/${session.id}/stap/wegen`],
        ['results (15 partners)', `#/scan/${session.id}/resultaten`],
        ['plan', `#/scan/${session.id}/plan`],
        ['session (15 partners)', `#/scan/${session.id}/werksessie`],
      ],
    },
    { scans: years, screens: [['trend (5 scans)', `#/trend?scans=${years.map((a) => a.id).join(',')}`]] },
  ];
  const results: BenchResult[] = [];
  try {
    for (const { scans, screens } of profiles) {
      const browser = await seededBrowser(server.url, scans);
      try {
        for (const [name, hash] of screens) {
          const runs: Measured[] = [];
          for (let i = 0; i < RUNS; i++)
            runs.push(await measure(server.url + hash, browser.port, i === 0 ? CATEGORIES : ['performance']));
          const perf = median(runs.map((r) => r.scores.performance ?? 0));
          const tbt = median(runs.map((r) => r.tbt));
          const lcp = median(runs.map((r) => r.lcp));
          console.log(
            `Lighthouse ${name}: performance ${runs.map((r) => r.scores.performance).join(' · ')}, ` +
              `TBT ${runs.map((r) => r.tbt.toFixed(0)).join(' · ')} ms, LCP ${runs.map((r) => r.lcp.toFixed(0)).join(' · ')} ms`,
          );
          const first = runs[0]!.scores;
          results.push(
            {
              name: `Lighthouse performance (mobile), ${name}, median of 3`,
              value: perf,
              unit: 'points',
              budget: BUDGET.performance,
              atLeast: true,
            },
            {
              name: `Lighthouse total blocking time, ${name}, median of 3`,
              value: tbt,
              unit: 'ms',
              budget: BUDGET.tbt,
            },
            {
              name: `Lighthouse largest contentful paint, ${name}, median of 3`,
              value: lcp,
              unit: 'ms',
              budget: BUDGET.lcp,
            },
            {
              name: `Lighthouse accessibility, ${name}`,
              value: first.accessibility ?? 0,
              unit: 'points',
              budget: BUDGET.accessibility,
              atLeast: true,
            },
            {
              name: `Lighthouse best-practices, ${name}`,
              value: first['best-practices'] ?? 0,
              unit: 'points',
              budget: BUDGET['best-practices'],
              atLeast: true,
            },
          );
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(
    `Lighthouse: ${RUNS} runs on each of 6 screens in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return results;
}
