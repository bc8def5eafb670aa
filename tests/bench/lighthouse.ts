import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser';
import { serveStatic } from '../support/static-server';
import { seededAssessment } from '../e2e/seed';
import { median, type BenchResult } from './fixtures';

const run = promisify(execFile);

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; displayValue?: string }>;
}

type Category = 'performance' | 'accessibility' | 'best-practices';
const CATEGORIES: Category[] = ['performance', 'accessibility', 'best-practices'];
/**
 * Accessibility and best practices are held to the same bar everywhere. Performance differs per screen, with
 * a margin below what this 2-core machine measures under the mobile preset's 4× CPU throttle, so one slow run
 * cannot fail the build: the start page measured 92–96, a step (which first loads the whole checklist text)
 * 85–93, the results (two charts and every table) 60–78. These budgets catch a large regression, not a small
 * one; raising the step and results screens is open work.
 */
const BUDGETS: Record<string, Record<Category, number>> = {
  'start page': { performance: 85, accessibility: 100, 'best-practices': 95 },
  'step §1.2': { performance: 75, accessibility: 100, 'best-practices': 95 },
  results: { performance: 50, accessibility: 100, 'best-practices': 95 },
};

/** A browser profile whose storage already holds a full scan, so Lighthouse can open its screens. */
async function seededProfile(url: string): Promise<{ dir: string; id: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'pga-lh-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: ['--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await context.newPage();
  await page.goto(url);
  const a = seededAssessment('Lighthouse');
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k!, v!),
    [`pga-zelfscan:assessment:${a.id}`, JSON.stringify(a)],
  );
  await context.close();
  return { dir, id: a.id };
}

async function lighthouse(url: string, profile: string): Promise<LighthouseReport> {
  const out = join(await mkdtemp(join(tmpdir(), 'pga-lh-')), 'report.json');
  await run(
    'npx',
    [
      'lighthouse',
      url,
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir=${profile}`,
      // Keep the seeded scan: Lighthouse otherwise clears the origin's storage first.
      '--disable-storage-reset',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: 180_000 },
  );
  return JSON.parse(await readFile(out, 'utf8')) as LighthouseReport;
}

const scores = (r: LighthouseReport) =>
  Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((r.categories[c]?.score ?? 0) * 100)])) as Record<
    Category,
    number
  >;

/**
 * Lighthouse 12 with Debian's Chromium against the production build, mobile preset (the default), on the
 * start page, a step and the results. A page under budget is measured twice more and the median counts,
 * so one noisy run on a busy machine does not fail the build.
 */
export async function benchLighthouse(): Promise<BenchResult[]> {
  const server = await serveStatic('dist');
  try {
    const { dir, id } = await seededProfile(server.url);
    const pages = [
      ['start page', ''],
      ['step §1.2', `#/scan/${id}/stap/wegen`],
      ['results', `#/scan/${id}/resultaten`],
    ] as const;
    const results: BenchResult[] = [];
    for (const [name, hash] of pages) {
      const budget = BUDGETS[name]!;
      const first = await lighthouse(server.url + hash, dir);
      const runs = [scores(first)];
      if (CATEGORIES.some((c) => runs[0]![c] < budget[c]))
        for (let i = 0; i < 2; i++) runs.push(scores(await lighthouse(server.url + hash, dir)));
      const audit = (a: string) => first.audits[a]?.displayValue ?? '?';
      console.log(
        `Lighthouse ${name}: ${runs.map((r) => CATEGORIES.map((c) => r[c]).join('/')).join(' · ')} ` +
          `(FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')})`,
      );
      for (const c of CATEGORIES)
        results.push({
          name: `Lighthouse ${c} (mobile), ${name}${runs.length > 1 ? ', median of 3' : ''}`,
          value: median(runs.map((r) => r[c])),
          unit: 'points',
          budget: budget[c],
          atLeast: true,
        });
    }
    return results;
  } finally {
    await server.close();
  }
}
