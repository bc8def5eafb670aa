import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet test browser: no sandbox (root), no GPU, nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium itself, or another build of it (the headless shell) with the same flags. */
export function launchBrowser(executablePath = CHROMIUM_PATH): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * Debian's chromium-headless-shell: the same Blink and V8 without the browser's own layer, as Playwright itself
 * runs headless tests. The browser tests took a sixth less CPU with it (e2e 406 s → 334 s, 2026-12-04). The
 * benches and the crash harness keep the full Chromium: they measure it, or kill its processes.
 */
const SHELL_PATH = process.env.CHROMIUM_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';

/** The browser the page tests share (browser-lifecycle.ts): the shell, or Chromium where it is not installed. */
export function launchTestBrowser(): Promise<Browser> {
  return launchBrowser(existsSync(SHELL_PATH) ? SHELL_PATH : CHROMIUM_PATH);
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, to prove nothing leaves the app's own origin. */
  requests: string[];
  foreignRequests(): string[];
  /** Uncaught page errors and console errors: a handler that throws fails the test even if the UI looks fine. */
  errors: string[];
}

export async function openSession(browser: Browser, path = ''): Promise<Session> {
  const appUrl = inject('appUrl');
  const context = await browser.newContext({ acceptDownloads: true });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  context.on('weberror', (error) => errors.push(`pageerror: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(appUrl + path);
  // The app mounts once its language has loaded; wait for it, so later navigation is not raced.
  await page.locator('main h1').first().waitFor();
  const origin = new URL(appUrl).origin;
  return {
    context,
    page,
    requests,
    errors,
    foreignRequests: () =>
      requests.filter(
        (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
      ),
  };
}

/** axe-core's own build, put into a page once per document rather than before every check. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  // Only violations are read; leaving out the passes' details saves about a tenth of each run.
  resultTypes: ['violations'],
};

/**
 * axe.run in the page itself. @axe-core/playwright injected its 500 kB script before every check and finished each
 * run in a new blank page, about a second per check on a 60-element screen; the app has no frames to visit.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await screenRendered(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as {
      axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> };
    };
    const result = await axe.run(document, options);
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, AXE_OPTIONS);
}

/**
 * Waits until no long screen is still rendering its blocks (see useStages): a check of a half-shown screen would
 * pass on what is not there yet. Call it once the new screen's heading shows.
 */
export async function screenRendered(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-stages="rendering"]') === null);
}

/** The session screen's whole agenda: it shows its first rows, and the rest once the facilitator asks. */
export async function showWholeAgenda(page: Page): Promise<void> {
  await screenRendered(page);
  const more = page.locator('.agenda__more');
  if ((await more.count()) > 0) {
    await more.click();
    await more.waitFor({ state: 'detached' });
  }
}

/** Presses Tab until the focused element matches the selector, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    if (found) return;
  }
  throw new Error(`tabTo: ${selector} never received focus`);
}

/**
 * Waits until a chart's canvas has been drawn (at least `min` painted pixels), then says how many. Scrolls it
 * into view: a chart is drawn only once it comes near the screen.
 */
export async function waitForPainted(page: Page, selector: string, min = 1000): Promise<number> {
  await page.locator(selector).waitFor();
  const handle = await page.waitForFunction(
    ([sel, least]) => {
      const canvas = document.querySelector(sel) as HTMLCanvasElement | null;
      canvas?.scrollIntoView({ block: 'center' });
      const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n >= least ? n : 0;
    },
    [selector, min] as const,
  );
  return (await handle.jsonValue()) as number;
}
