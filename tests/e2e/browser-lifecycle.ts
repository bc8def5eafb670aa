import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchTestBrowser } from './browser';

/**
 * One Chromium per worker, shared by the test files it runs in turn (the e2e project does not isolate files): a
 * launch took a second or more of a busy machine for every file. Each test opens its own context, as before.
 */
let shared: Promise<Browser> | undefined;

async function workerBrowser(): Promise<Browser> {
  const running = await shared?.catch(() => undefined);
  if (running?.isConnected()) return running;
  shared = launchTestBrowser();
  return shared;
}

/** The worker's Chromium for a test file; whatever the file left open is closed after it, so none sees another's. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await workerBrowser();
  });
  afterAll(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
  });
  return () => {
    if (!browser) throw new Error('browser not started');
    return browser;
  };
}
