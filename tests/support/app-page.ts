import type { BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import { serveStatic } from './static-server';

export interface AppPage {
  page: Page;
  /** The served app's address, without a route. */
  url: string;
  close(): Promise<void>;
}

/**
 * The built app (dist/) served on a free local port and opened in Chromium, for the benches and dev tools.
 * Returns once the app has mounted: its router's first navigation would replace a route set before then.
 */
export async function openApp(options: BrowserContextOptions = {}): Promise<AppPage> {
  const server = await serveStatic('dist');
  const browser = await launchBrowser();
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const page = await (await browser.newContext(options)).newPage();
    await page.goto(server.url);
    await page.locator('main h1').first().waitFor();
    return { page, url: server.url, close };
  } catch (error) {
    await close();
    throw error;
  }
}
