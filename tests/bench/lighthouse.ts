import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../e2e/browser';
import { serveStatic } from '../support/static-server';
import type { BenchResult } from './fixtures';

const run = promisify(execFile);

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; displayValue?: string }>;
}

/** Lighthouse 12 with Debian's Chromium against the production build, mobile preset (the default). */
export async function benchLighthouse(): Promise<BenchResult[]> {
  const server = await serveStatic('dist');
  const out = join(await mkdtemp(join(tmpdir(), 'pga-lh-')), 'report.json');
  try {
    await run(
      'npx',
      [
        'lighthouse',
        server.url,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: 180_000 },
    );
    const report = JSON.parse(await readFile(out, 'utf8')) as LighthouseReport;
    const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
    const audit = (a: string) => report.audits[a]?.displayValue ?? '?';
    console.log(
      `Lighthouse (mobile): FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}`,
    );
    return [
      {
        name: 'Lighthouse performance (mobile)',
        value: score('performance'),
        unit: 'points',
        budget: 95,
        atLeast: true,
      },
      {
        name: 'Lighthouse accessibility',
        value: score('accessibility'),
        unit: 'points',
        budget: 100,
        atLeast: true,
      },
      {
        name: 'Lighthouse best practices',
        value: score('best-practices'),
        unit: 'points',
        budget: 95,
        atLeast: true,
      },
    ];
  } finally {
    await server.close();
  }
}
