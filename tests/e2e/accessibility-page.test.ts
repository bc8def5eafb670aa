import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession, tabTo } from './browser';
import { seed, seededAssessment } from './seed';
import { en, nl } from '../support/ui';

const browser = useBrowser();

describe('accessibility, beyond axe', () => {
  it('has an axe check that finds what it should, also after the screen changes and after a reload', async () => {
    const session = await openSession(browser());
    const { page } = session;
    expect(await axeViolations(page)).toEqual([]);
    // Axe is put into the page once; a screen changed since, and a reloaded page, must still be checked in full.
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(img);
    });
    expect((await axeViolations(page)).map((v) => v.split(':')[0])).toEqual(['image-alt']);
    await page.reload();
    await page.locator('main h1').waitFor();
    await page.evaluate(() => {
      const low = document.createElement('p');
      low.textContent = 'Te licht';
      low.style.color = '#ddd';
      document.querySelector('main')?.append(low);
    });
    expect((await axeViolations(page)).map((v) => v.split(':')[0])).toEqual(['color-contrast']);
    await session.context.close();
  });

  it('has a Toegankelijkheid page with all 50 criteria, in both languages, free of violations', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await page.getByRole('link', { name: nl('a11y.title') }).click();
    await page.getByRole('heading', { level: 1, name: nl('a11y.title') }).waitFor();
    expect(await page.locator('[data-criterion]').count()).toBe(50);
    expect(await page.locator('[data-criterion="2.1.4"]').innerText()).toContain('uit te zetten');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en('a11y.title') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await session.context.close();
  });

  it('loses nothing with the WCAG text spacing (1.4.12) on a step and the results', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = seededAssessment();
    await seed(page, a);
    for (const route of [`#/scan/${a.id}/stap/wegen`, `#/scan/${a.id}/resultaten`, '#/toegankelijkheid']) {
      await page.goto(page.url().replace(/#.*$/, route));
      await page.locator('main h1').waitFor();
      // The text spacing of WCAG 1.4.12, set through the CSSOM (the app's CSP rightly refuses a style tag).
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          el.style.setProperty('line-height', '1.5', 'important');
          el.style.setProperty('letter-spacing', '0.12em', 'important');
          el.style.setProperty('word-spacing', '0.16em', 'important');
          if (el.tagName === 'P') el.style.setProperty('margin-bottom', '2em', 'important');
        }
      });
      // Text that no longer fits its box would be clipped or overlap: look for any element that overflows.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => {
            const style = getComputedStyle(el);
            const hides =
              style.overflow === 'hidden' || style.overflowX === 'hidden' || style.overflowY === 'hidden';
            return hides && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
          })
          .filter((el) => !el.classList.contains('visually-hidden'))
          .map((el) => `${el.tagName}.${el.className}`),
      );
      expect({ route, clipped }).toEqual({ route, clipped: [] });
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ route, sideways }).toEqual({ route, sideways: 0 });
    }
    await session.context.close();
  });

  it('shows a visible focus outline on links, buttons, radio buttons and text fields (2.4.7)', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = seededAssessment();
    await seed(page, a);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/stap/signaleren`));
    await page.locator('.walk').waitFor();
    for (const selector of ['a.pager__next', 'input[type="radio"]', 'textarea', 'button.button']) {
      await tabTo(page, selector);
      // The outline sits on the focused element, or for a styled radio button on its option card.
      const outline = await page.evaluate(() => {
        const el = document.activeElement!;
        const target = el.matches('input[type="radio"]') ? el.closest('.scale__option')! : el;
        const s = getComputedStyle(target);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect({ selector, visible: outline.style !== 'none' && outline.width >= 2 }).toEqual({
        selector,
        visible: true,
      });
    }
    await session.context.close();
  });
});
