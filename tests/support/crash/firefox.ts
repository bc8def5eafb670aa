// Firefox ESR on a persistent profile through puppeteer-core (WebDriver BiDi); its process handle gives the
// pid to kill.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import type { AppPage, Launched } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function puppeteerPage(page: Page): AppPage {
  return {
    // Puppeteer's own typing of page functions (flattened handles) is stricter than the harness needs.
    evaluate: async <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) =>
      (await page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg)) as T,
    async waitFor<T, A>(fn: (arg: A) => T, arg: A, timeout = 15_000) {
      const handle = await page.waitForFunction(fn as (arg: unknown) => T, { timeout, polling: 20 }, arg);
      return (await handle.jsonValue()) as NonNullable<T>;
    },
    type: (text, delay) => page.keyboard.type(text, { delay }),
    async upload(selector, paths) {
      const input = await page.waitForSelector<'input'>(selector as 'input');
      if (!input) throw new Error(`no ${selector}`);
      await input.uploadFile(...paths);
    },
    async goto(url) {
      await page.goto(url);
    },
  };
}

export async function launchFirefox(profile: string, script?: string): Promise<Launched> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    // A browser killed again and again must not stop to offer safe mode or restore tabs.
    extraPrefsFirefox: {
      'toolkit.startup.max_resumed_crashes': -1,
      'browser.sessionstore.resume_from_crash': false,
    },
  });
  const child = browser.process();
  if (!child?.pid) throw new Error('firefox has no process');
  const pid = child.pid;
  const gone = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  // Once the process has ended, puppeteer puts back the profile's own preference files (its backups): the
  // next start on this profile must wait for that, or the two race over user.js.
  const exited = gone.then(async () => {
    const backups = ['user.js.puppeteer', 'prefs.js.puppeteer'].map((f) => join(profile, f));
    for (let i = 0; i < 100 && backups.some((f) => existsSync(f)); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  if (script) await page.evaluateOnNewDocument(script);
  return {
    page: puppeteerPage(page),
    exited,
    kill: () => process.kill(pid, 'SIGKILL'),
    async close() {
      await browser.close().catch(() => undefined);
      await exited;
    },
  };
}
