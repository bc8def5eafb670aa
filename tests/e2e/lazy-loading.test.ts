import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser-lifecycle';
import { openSession } from './browser';
import { seed, seededAssessment } from './seed';

const browser = useBrowser();

/** Collects the bodies of every script the page loads from now on. */
function scripts(page: Page): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.text());
  });
  return bodies;
}

// Chart.js registers its radial scale under this id; the string survives minification.
const CHART_JS = 'radialLinear';

describe('lazy loading', () => {
  it('keeps Chart.js off the start page and loads it with the dashboard', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = seededAssessment();
    await seed(page, a);
    const bodies = scripts(page);
    await page.reload();
    await page.locator('.scan-list').waitFor();
    await page.waitForLoadState('networkidle');
    const start = await Promise.all(bodies);
    expect(start.length).toBeGreaterThan(0);
    expect(start.some((b) => b.includes(CHART_JS))).toBe(false);

    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/resultaten`));
    await page.locator('.chart--radar canvas').waitFor();
    const after = await Promise.all(bodies);
    expect(after.some((b) => b.includes(CHART_JS))).toBe(true);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
