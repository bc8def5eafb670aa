import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser-lifecycle';
import { openSession, waitForPainted } from './browser';
import { seed, seededAssessment } from './seed';
import { nl } from '../support/ui';

const browser = useBrowser();

/** Collects the bodies of every script the page loads from now on. */
function scripts(page: Page): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.text());
  });
  return bodies;
}

// Chart.js registers its radial scale under this id, and jsPDF names its AcroForm plugin; both strings
// survive minification.
const CHART_JS = 'radialLinear';
const JSPDF = 'AcroForm';

describe('lazy loading', () => {
  it('keeps Chart.js and jsPDF off the start page, and loads each only when needed', async () => {
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
    expect(start.some((b) => b.includes(JSPDF))).toBe(false);
    // The start-up script, and only that one, asks Chromium to compile it while it downloads (build/compile-hints.ts).
    expect(start.filter((b) => b.startsWith('//# allFunctionsCalledOnLoad\n'))).toHaveLength(1);

    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/resultaten`));
    // Chart.js comes with the first chart that nears the screen.
    await waitForPainted(page, '.chart--radar canvas');
    const after = await Promise.all(bodies);
    expect(after.some((b) => b.includes(CHART_JS))).toBe(true);
    expect(after.some((b) => b.includes(JSPDF))).toBe(false);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('plan.exportPdf') }).click();
    await download;
    expect((await Promise.all(bodies)).some((b) => b.includes(JSPDF))).toBe(true);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('opens a screen from its address with that screen’s stylesheet in the first paint, added once', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = seededAssessment();
    await seed(page, a);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/resultaten`));
    await page.reload();
    await page.locator('.results').waitFor();
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => ({
        url: l.href,
        blocking: l.getAttribute('blocking'),
      })),
    );
    // The page's own stylesheet is in its HTML; the screen's are added by its inline script, holding the paint.
    const screen = links.filter((l) => !/\/app-[^/]*\.css$/.test(l.url));
    expect(screen.length).toBeGreaterThan(0);
    expect(screen.map((l) => l.blocking)).toEqual(screen.map(() => 'render'));
    // The app's loader finds them and does not add them a second time.
    expect(new Set(links.map((l) => l.url)).size).toBe(links.length);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
