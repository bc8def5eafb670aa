import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { openSession, waitForPainted } from './browser';
import { seed, seededAssessment } from './seed';

const browser = useBrowser();

describe('reflow at 320 CSS pixels', () => {
  it('needs no sideways scrolling on the main screens', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 700 });
    const a = seededAssessment();
    await seed(page, a);
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const route of [
      '#/',
      `#/scan/${a.id}/stap/wegen`,
      `#/scan/${a.id}/resultaten`,
      `#/scan/${a.id}/plan`,
      '#/begrippen',
    ]) {
      await page.goto(page.url().replace(/#.*$/, route));
      await page.locator('main h1').waitFor();
      // The results screen is only complete once its lazy charts are drawn.
      if (route.endsWith('resultaten')) await waitForPainted(page, '.chart--bar canvas');
      await page.waitForFunction(() => document.fonts.status === 'loaded');
      expect({ route, overflow: await sideways() }).toEqual({ route, overflow: 0 });
    }
    await session.context.close();
  });
});
