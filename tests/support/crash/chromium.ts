// Chromium on a persistent profile, started as a process of our own so the harness holds its pid and can kill
// it outright (SIGKILL: no unload, no flush); Playwright drives it over the DevTools protocol.
import { spawn } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import type { AppPage, Launched } from './driver';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/browser';

const FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  '--no-default-browser-check',
  '--password-store=basic',
  '--remote-debugging-port=0',
];

function playwrightPage(page: Page): AppPage {
  return {
    // Playwright's own typing of page functions (unboxed arguments) is stricter than the harness needs.
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg),
    async waitFor<T, A>(fn: (arg: A) => T, arg: A, timeout = 15_000) {
      const handle = await page.waitForFunction(fn as (arg: unknown) => T, arg, { timeout, polling: 20 });
      return (await handle.jsonValue()) as NonNullable<T>;
    },
    type: (text, delay) => page.keyboard.type(text, { delay }),
    upload: (selector, paths) => page.locator(selector).setInputFiles(paths),
    async goto(url) {
      await page.goto(url);
    },
  };
}

/** Starts Chromium on a profile folder; `script` runs in every page before the app (sabotage in tests). */
export async function launchChromium(profile: string, script?: string): Promise<Launched> {
  const child = spawn(CHROMIUM_PATH, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', () => reject(new Error(`chromium exited before listening: ${text.slice(-500)}`)));
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('chromium has no pid');
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('chromium has no default context');
  if (script) await context.addInitScript(script);
  let page = playwrightPage(context.pages()[0] ?? (await context.newPage()));
  /** The browser's process and whatever it started (renderers, helpers): its own process group. */
  const killGroup = () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  return {
    get page() {
      return page;
    },
    async killTab() {
      const tab = context.pages()[0];
      const crashed = new Promise((resolve) => tab?.once('crash', resolve));
      const session = await browser.newBrowserCDPSession();
      const { processInfo } = await session.send('SystemInfo.getProcessInfo');
      for (const { type, id } of processInfo) if (type === 'renderer') process.kill(id, 'SIGKILL');
      await crashed;
      await tab?.close();
      // A new tab may land in a spare renderer that was killed too, before the browser has noticed: retry.
      for (let attempt = 1; ; attempt++) {
        const next = await context.newPage().catch((error: unknown) => {
          if (attempt === 3) throw error;
          return null;
        });
        if (next) {
          page = playwrightPage(next);
          return;
        }
      }
    },
    exited,
    kill() {
      process.kill(pid, 'SIGKILL');
      // Once the browser itself is gone, its helpers are ended too, so none holds the profile.
      void exited.then(killGroup);
    },
    /** A normal shutdown (the browser writes out what it holds), then the helpers that linger. */
    async close() {
      if (browser.isConnected()) {
        const session = await browser.newBrowserCDPSession();
        await session.send('Browser.close').catch(() => undefined);
      } else killGroup();
      await exited;
      killGroup();
    },
  };
}
