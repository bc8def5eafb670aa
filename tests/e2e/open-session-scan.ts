import type { Browser } from 'playwright-core';
import { openSession } from './browser';
import { seed } from './seed';
import { sessionScan } from '../support/session-fixture';

/**
 * A session of four partners' files with nothing agreed yet, seeded into a fresh browser at 1280×720 (a
 * projector) and opened at `#/scan/<id>/<path>`.
 */
export async function openSessionScan(browser: Browser, path: string) {
  const session = await openSession(browser);
  const { page } = session;
  const scan = sessionScan(4);
  scan.answers = {};
  await seed(page, scan);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(page.url().replace(/#.*$/, `#/scan/${scan.id}/${path}`));
  // The session screen renders in stages, its agenda a few rows at a time; the session record comes last.
  if (path === 'werksessie') await page.locator('#minutes-title').waitFor();
  return { session, page, scan };
}
