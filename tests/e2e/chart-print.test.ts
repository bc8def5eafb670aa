import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHECKLIST } from '../../src/content/pga-2024';
import type { Level } from '../../src/content/types';
import { createAssessment } from '../../src/domain/assessment';
import { levels, WEG_SYSTEMATISCH } from '../support/trend-fixture';
import { useBrowser } from './browser-lifecycle';
import { openSession, screenRendered, waitForPainted } from './browser';
import { seed } from './seed';

const browser = useBrowser();

type Counting = Window & { painted?: (index: number) => number };

/** Puts a counter of the nth trend chart's painted pixels on the page, for use inside one evaluation. */
const installCounter = (page: Page) =>
  page.evaluate(() => {
    (window as Counting).painted = (index) => {
      const canvas = document.querySelectorAll<HTMLCanvasElement>('.chart--trend canvas')[index];
      const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let n = 0;
      for (let k = 3; k < data.length; k += 4) if ((data[k] ?? 0) > 0) n++;
      return n;
    };
  });

describe('charts on paper', () => {
  it('draws a chart never scrolled to as the printout starts, before any further task', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const scans = [2025, 2026].map((year, i) => ({
      ...createAssessment(
        { title: `Zelfscan ${year}`, region: 'Regio', date: `${year}-11-15` },
        CHECKLIST.version,
        new Date(),
      ),
      answers: levels(WEG_SYSTEMATISCH, (i + 2) as Level),
    }));
    for (const s of scans) await seed(page, s);
    // A small window, one chart per row, so that the last chart lies screens below the first and is not drawn ahead.
    await page.setViewportSize({ width: 600, height: 400 });
    await page.goto(page.url().replace(/#.*$/, `#/trend?scans=${scans.map((s) => s.id).join(',')}`));
    // The app takes in what was seeded as it starts, as after an earlier visit.
    await page.reload();
    await screenRendered(page);
    // The first chart nears the screen and brings Chart.js; the last, far below, waits to be scrolled to.
    await waitForPainted(page, '.trend__charts > :first-child canvas', 500);
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = CHECKLIST.sections.length - 1;
    await installCounter(page);
    expect(await page.evaluate((i) => (window as Counting).painted?.(i), last)).toBe(0);
    // The browser lays the printout out once beforeprint's handlers and their microtasks are done: only
    // microtasks may pass here, no task.
    const drawn = await page.evaluate(async (i) => {
      window.dispatchEvent(new Event('beforeprint'));
      for (let k = 0; k < 20; k++) await Promise.resolve();
      return (window as Counting).painted?.(i);
    }, last);
    expect(drawn).toBeGreaterThan(500);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
