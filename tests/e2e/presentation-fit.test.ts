import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed } from './seed';
import { longestQuestion, sessionScan } from '../support/session-fixture';

const browser = useBrowser();
const SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;

/** Every visible element of the question screen inside the viewport, the page not scrollable, and font sizes. */
function measure(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.presentation, .presentation *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // Not shown: inside a closed <details> (the show of hands), hidden, or for screen readers only.
      if (!el.checkVisibility({ visibilityProperty: true }) || el.closest('.visually-hidden')) continue;
      if (r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5 || r.top < -0.5 || r.left < -0.5)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(r.right)}×${Math.round(r.bottom)}`,
        );
    }
    const texts = [...document.querySelectorAll<HTMLElement>('.presentation *')].filter(
      (el) =>
        [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) &&
        !el.closest('.visually-hidden') &&
        el.checkVisibility({ visibilityProperty: true }),
    );
    const sizes = texts.map((el) => parseFloat(getComputedStyle(el).fontSize));
    return {
      overflowing: out,
      scroll: document.documentElement.scrollHeight - innerHeight,
      smallest: Math.min(...sizes),
      question: parseFloat(getComputedStyle(document.querySelector('.presentation__question')!).fontSize),
    };
  });
}

describe('the presentation screen on a projector', () => {
  it('fits the longest question at 1280×720, 1366×768 and 1920×1080, in both languages, in and out of full screen', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = sessionScan(5);
    await seed(page, a);
    for (const locale of ['nl', 'en'] as const) {
      if (locale === 'en') {
        await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/werksessie`));
        await page.getByRole('button', { name: 'English' }).click();
        await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
      }
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/presentatie/${longestQuestion(locale)}`));
        await page.locator(`.presentation[data-question-id="${longestQuestion(locale)}"]`).waitFor();
        // Everything the room needs is there: levels, distribution, agreed level, note, timer, navigation.
        await expect(page.locator('.presentation__levels li').count()).resolves.toBe(5);
        for (const selector of [
          '.strip',
          '.presentation__agreed',
          '#agreed-note',
          '.timer',
          '.presentation__nav',
        ])
          await page.locator(selector).waitFor();
        const out = await measure(page);
        expect(out.overflowing, `${locale} ${width}×${height}`).toEqual([]);
        expect(out.scroll).toBeLessThanOrEqual(0);
        if (width === 1280) {
          expect(out.smallest).toBeGreaterThanOrEqual(20);
          expect(out.question).toBeGreaterThanOrEqual(28);
        }
        // Full-screen mode shows the same screen without the browser's chrome; it still fits.
        await page.getByRole('button', { name: locale === 'nl' ? 'Volledig scherm' : 'Full screen' }).click();
        await page.waitForFunction(() => document.fullscreenElement !== null);
        expect((await measure(page)).overflowing, `full screen ${locale} ${width}×${height}`).toEqual([]);
        await page.evaluate(() => document.exitFullscreen());
        await page.waitForFunction(() => document.fullscreenElement === null);
      }
    }
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('lists the shortcuts on screen and can hide the distribution until the room has scored', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = sessionScan(4);
    await seed(page, a);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/presentatie`));
    await expect(page.locator('.presentation__keys').innerText()).resolves.toContain('1–5 niveau');
    await page.locator('.strip').waitFor();
    await page.getByRole('button', { name: 'Verberg verdeling' }).click();
    await page.getByRole('button', { name: 'Toon verdeling' }).waitFor();
    await page.locator('.strip').waitFor({ state: 'detached' });
    await page.getByText('De verdeling is verborgen').waitFor();
    // It stays hidden on the next question, until the room asks for it (key v).
    await page.locator('h1').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('.presentation__hidden').waitFor();
    await page.keyboard.press('v');
    await page.locator('.strip').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
