import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { openSession } from './browser';
import { seed, seededAssessment } from './seed';

const browser = useBrowser();

/** The words of level names that the browser wrapped inside the word (Chromium has no Dutch hyphenation). */
function brokenWords(): string[] {
  return [...document.querySelectorAll('.scale__label')].flatMap((label) => {
    const node = label.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) return [];
    const broken: string[] = [];
    for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(m[0]);
    }
    return broken;
  });
}

describe('the level cards on the step screen', () => {
  it('keep every word of a level name on one line, from a phone to a projector, in both languages', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = seededAssessment();
    await seed(page, a);
    for (const locale of ['nl', 'en'] as const) {
      if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
      for (const [width, height] of [
        [390, 844],
        [1024, 768],
        [1280, 800],
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/stap/gegevens`));
        await page.locator('.scale__label').first().waitFor();
        await page.waitForFunction(() => document.fonts.status === 'loaded');
        const labels = await page.locator('.scale__label').count();
        expect(labels).toBeGreaterThan(6);
        expect({ locale, width, broken: await page.evaluate(brokenWords) }).toEqual({
          locale,
          width,
          broken: [],
        });
      }
    }
    await session.context.close();
  });
});
