import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed } from './seed';
import { longestQuestion, sessionScan } from '../support/session-fixture';
import { LOCALE_KEY } from '../support/storage-keys';
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
const SIZES = [
  [1024, 768],
  [1280, 720],
  [1280, 800],
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

/**
 * Steps through every question of the presentation inside the page (one evaluate per pass, so a pass of 65
 * questions costs one round trip), and after each one compares the page's scroll size with the window.
 * Says which questions overflow, and the smallest type scale the screen needed.
 */
async function everyQuestion(page: Page, tally: boolean, notes: boolean) {
  return page.evaluate(
    async ([openTally, openNotes]) => {
      const screen = () => document.querySelector<HTMLElement>('.presentation')!;
      const details = document.querySelector<HTMLDetailsElement>('details.tally')!;
      details.open = openTally;
      // The partners' notes stay open from question to question once the facilitator opens them.
      if (openNotes) document.querySelector<HTMLButtonElement>('[data-testid="notes-toggle"]')!.click();
      // The screen refits to an opened panel when the browser has laid it out: wait for that frame.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const changed = (from: string) =>
        new Promise<void>((resolve) => {
          if (screen().dataset.questionId !== from) return resolve();
          const observer = new MutationObserver(() => {
            if (screen().dataset.questionId === from) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.body, {
            subtree: true,
            attributes: true,
            attributeFilter: ['data-question-id'],
          });
        });
      // With the notes open, the screen has settled when the scale and the notes shown stay the same for two frames.
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const state = () => {
        const items = [...document.querySelectorAll<HTMLElement>('.presentation__note-item')];
        return `${screen().style.getPropertyValue('--p-scale')} ${items.length} ${items[0]?.style.cssText}`;
      };
      const settled = async () => {
        let last = '';
        for (let same = 0, i = 0; same < 2 && i < 60; i++) {
          await frame();
          same = state() === last ? same + 1 : 0;
          last = state();
        }
      };
      /** How many lines of the first note the room sees, and how many it has (up to two). */
      const firstNote = () => {
        const item = document.querySelector<HTMLElement>('.presentation__note-item');
        const list = document.querySelector<HTMLElement>('.presentation__notes-list');
        if (!item || !list) return null;
        const line = parseFloat(getComputedStyle(item).lineHeight);
        const r = item.getBoundingClientRect();
        const seen = Math.round((Math.min(r.bottom, list.getBoundingClientRect().bottom) - r.top) / line);
        return { seen, wanted: Math.min(2, Math.round(item.scrollHeight / line)) };
      };
      const overflowing: string[] = [];
      const seen: string[] = [];
      const withoutNotes: string[] = [];
      const notesCut: string[] = [];
      let smallest = 1;
      for (;;) {
        const id = screen().dataset.questionId!;
        if (id === 'end') break;
        seen.push(id);
        if (openNotes) await settled();
        const doc = document.documentElement;
        if (doc.scrollHeight > doc.clientHeight || doc.scrollWidth > doc.clientWidth)
          overflowing.push(`${id} (${doc.scrollWidth}×${doc.scrollHeight})`);
        // Open notes must show at least one note on every question (each partner wrote on each).
        if (openNotes) {
          if (document.querySelectorAll('.presentation__note-item').length === 0) withoutNotes.push(id);
          // The first note is read whole, or at least its first two lines: never a sliver.
          const note = firstNote();
          if (note && note.seen < note.wanted) notesCut.push(`${id} (${note.seen} of ${note.wanted} lines)`);
        }
        smallest = Math.min(smallest, Number(screen().style.getPropertyValue('--p-scale') || 1));
        document.querySelector<HTMLButtonElement>('.presentation__nav .button--primary')!.click();
        await changed(id);
      }
      return {
        overflowing,
        withoutNotes,
        notesCut,
        seen: seen.length,
        distinct: new Set(seen).size,
        smallest,
      };
    },
    [tally, notes] as const,
  );
}

describe('the presentation screen on a projector', () => {
  // One test per screen size, each over every question, both languages, with the show of hands and the
  // partners' notes closed and both open.
  for (const [width, height] of SIZES)
    it(`fits every question at ${width}×${height}, in both languages, with the show of hands and the notes closed or open`, async () => {
      const session = await openSession(browser());
      const { page } = session;
      const a = sessionScan(5);
      await seed(page, a);
      const total = allQuestions(CHECKLIST).length;
      const first = allQuestions(CHECKLIST)[0]!.question.id;
      await page.setViewportSize({ width, height });
      const smallest: string[] = [];
      for (const locale of ['nl', 'en'] as const) {
        // The language is read at start-up: one load per language, with the seeded scan.
        await page.evaluate(([key, l]) => localStorage.setItem(key, l), [LOCALE_KEY, locale] as const);
        await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/presentatie/${first}`));
        await page.reload();
        // Closed, as the room first sees it, and both open, the most the screen must hold: the fit shrinks type
        // as content grows, so a question that fits with both panels open fits with either one alone.
        for (const [tally, notes] of [
          [false, false],
          [true, true],
        ] as const) {
          // The second pass goes back to the first question as the app's own links do, without a new load.
          await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/presentatie/${first}`));
          await page
            .locator(`html[lang="${locale}"] .presentation[data-question-id="${first}"] .strip`)
            .waitFor();
          const out = await everyQuestion(page, tally, notes);
          const open = [tally ? 'the show of hands' : '', notes ? 'the notes' : ''].filter(Boolean);
          const where = `${locale} ${width}×${height}${open.length ? ` with ${open.join(' and ')} open` : ''}`;
          expect(out.seen, where).toBe(total);
          expect(out.distinct, where).toBe(total);
          expect(out.overflowing, where).toEqual([]);
          expect(out.withoutNotes, where).toEqual([]);
          expect(out.notesCut, where).toEqual([]);
          // Type may shrink for a long question, never below 0.7 of its size (15 px at 768 px high).
          expect(out.smallest, where).toBeGreaterThanOrEqual(0.7);
          smallest.push(`${where}: ${out.smallest}`);
        }
      }
      console.info(`smallest type scale: ${smallest.join('; ')}`);
      expect(session.errors).toEqual([]);
      await session.context.close();
    });

  it('keeps the longest question at 95% of full size or more at 1280×720, with its controls all on screen, in and out of full screen', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = sessionScan(5);
    await seed(page, a);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/presentatie/${longestQuestion('nl')}`));
    await page.locator(`.presentation[data-question-id="${longestQuestion('nl')}"]`).waitFor();
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
    expect(out.overflowing).toEqual([]);
    expect(out.scroll).toBeLessThanOrEqual(0);
    // Type steps down only when a question would not fit (useFitToScreen); on a 720p projector the longest
    // question may lose at most 5% (it was at full size before the round-3 rubric texts).
    const scale = Number(
      await page.locator('.presentation').evaluate((el) => el.style.getPropertyValue('--p-scale') || 1),
    );
    expect(scale).toBeGreaterThanOrEqual(0.95);
    expect(out.smallest).toBeGreaterThanOrEqual(14 * scale - 0.05);
    expect(out.question).toBeGreaterThanOrEqual(28 * scale - 0.05);
    await page.getByRole('button', { name: nl('present.fullscreen') }).click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect((await measure(page)).overflowing).toEqual([]);
    await page.evaluate(() => document.exitFullscreen());
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
    await expect(page.locator('.presentation__keys').innerText()).resolves.toContain(nl('present.keys'));
    await page.locator('.strip').waitFor();
    await page.getByRole('button', { name: nl('present.hideDistribution') }).click();
    await page.getByRole('button', { name: nl('present.showDistribution') }).waitFor();
    await page.locator('.strip').waitFor({ state: 'detached' });
    await page.getByText(nlPattern('present.distributionHidden')).waitFor();
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
