import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHECKLIST } from '../../src/content/pga-2024';
import { useBrowser } from './browser-lifecycle';
import { openSession, tabTo, type Session } from './browser';
import { storedScans } from './stored';
import { nl, nlPattern } from '../support/ui';

const [first, second] = CHECKLIST.sections;
if (!first || !second) throw new Error('content needs two sections');
const q1 = first.attentionPoints[0]?.questions[0];
const q2 = second.attentionPoints[0]?.questions[0];
if (!q1 || !q2) throw new Error('content needs questions');

const browser = useBrowser();

const question = (page: Page, id: string) => page.locator(`[data-question-id="${id}"]`);
// The step page renders one question per task, so wait for the question before reading it.
async function checkedValue(page: Page, id: string) {
  await question(page, id).waitFor();
  return page
    .locator(`input[name="q-${id}"]:checked`)
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

async function expectSaved(page: Page) {
  await page
    .getByRole('status')
    .filter({ hasText: nlPattern('save.saved') })
    .waitFor();
}

async function expectAnswersKept(session: Session) {
  const { page } = session;
  await page.reload();
  await page.getByRole('heading', { level: 1, name: `§${second?.ref} ${second?.title.nl}` }).waitFor();
  expect(await checkedValue(page, q2?.id ?? '')).toEqual(['na']);
  expect(
    await question(page, q2?.id ?? '')
      .getByLabel(nl('step.note'))
      .inputValue(),
  ).toBe('Weegploeg: gemeente, politie en OM – “wekelijks”');
  await page
    .getByRole('navigation', { name: nl('step.navLabel') })
    .getByRole('link', { name: /§1\.1/ })
    .click();
  await page.getByRole('heading', { level: 1, name: `§${first?.ref} ${first?.title.nl}` }).waitFor();
  expect(await checkedValue(page, q1?.id ?? '')).toEqual(['3']);
  expect(
    await question(page, q1?.id ?? '')
      .getByLabel(nl('step.note'))
      .inputValue(),
  ).toBe('Meldpunt via de wijkagent; ë ĳ €');
  const nav = page.getByRole('navigation', { name: nl('step.navLabel') });
  await expect(
    nav
      .getByRole('link', {
        name: new RegExp(
          `§1\\.2.*(?:${nlPattern('state.in-progress').source}|${nlPattern('state.complete').source})`,
        ),
      })
      .count(),
  ).resolves.toBe(1);
}

describe('walk-through journey', () => {
  it('works by mouse: new scan, answers in two steps, reload, switch language', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await page.getByRole('link', { name: nl('home.newScan') }).click();
    await page.getByLabel(nl('newScan.fieldTitle')).fill('Zelfscan PGA 2026');
    await page.getByLabel(nl('newScan.fieldRegion')).fill('Regio Utrecht');
    await page.getByRole('button', { name: nl('newScan.submit') }).click();
    await page.getByRole('heading', { level: 1, name: `§1.1 ${first.title.nl}` }).waitFor();

    await question(page, q1.id).getByLabel('3 Afgesproken').check();
    await question(page, q1.id).getByLabel(nl('step.note')).fill('Meldpunt via de wijkagent; ë ĳ €');
    await page.getByRole('link', { name: nlPattern('step.next') }).click();
    await page.getByRole('heading', { level: 1, name: `§1.2 ${second.title.nl}` }).waitFor();
    await question(page, q2.id).getByLabel('N.v.t.').check();
    await question(page, q2.id)
      .getByLabel(nl('step.note'))
      .fill('Weegploeg: gemeente, politie en OM – “wekelijks”');
    await expectSaved(page);
    await expectAnswersKept(session);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `§1.1 ${first.title.en}` }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `§1.1 ${first.title.en}` }).waitFor();
    await expect(page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );

    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(3);
    await session.context.close();
  });

  it('works by keyboard alone', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await tabTo(page, 'a[href$="#/nieuw"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '#field-title');
    await page.keyboard.type('Zelfscan PGA 2026');
    await tabTo(page, '#field-region');
    await page.keyboard.type('Regio Utrecht');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `§1.1 ${first.title.nl}` }).waitFor();
    // Focus moved to the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await tabTo(page, `input[name="q-${q1.id}"]`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await checkedValue(page, q1.id)).toEqual(['3']);
    await tabTo(page, `#q-${q1.id}-note`);
    await page.keyboard.type('Meldpunt via de wijkagent; ë ĳ €');
    await tabTo(page, '.pager__next');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `§1.2 ${second.title.nl}` }).waitFor();

    await tabTo(page, `input[name="q-${q2.id}"]`);
    await page.keyboard.press('End');
    expect(await checkedValue(page, q2.id)).toEqual(['na']);
    await tabTo(page, `#q-${q2.id}-note`);
    await page.keyboard.type('Weegploeg: gemeente, politie en OM – “wekelijks”');
    await expectSaved(page);
    await expectAnswersKept(session);

    await tabTo(page, 'button[lang="en"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `§1.1 ${first.title.en}` }).waitFor();
    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('keeps a note typed just before the tab is closed', async () => {
    const session = await openSession(browser());
    const { page, context } = session;
    await page.getByRole('link', { name: nl('home.newScan') }).click();
    await page.getByLabel(nl('newScan.fieldTitle')).fill('Sluittest');
    await page.getByLabel(nl('newScan.fieldRegion')).fill('Regio West');
    await page.getByRole('button', { name: nl('newScan.submit') }).click();
    const note = question(page, q1.id).getByLabel(nl('step.note'));
    await note.pressSequentially('Halverwege een zin', { delay: 5 });
    const url = page.url();
    // No wait for the autosave: close at once, as a user would.
    await page.close({ runBeforeUnload: true });
    const reopened = await context.newPage();
    await reopened.goto(url);
    await expect(question(reopened, q1.id).getByLabel(nl('step.note')).inputValue()).resolves.toBe(
      'Halverwege een zin',
    );
    await context.close();
  });

  it.each(['visibilitychange', 'pagehide'] as const)(
    'writes a note at once on %s, before the autosave delay could have passed',
    async (event) => {
      const session = await openSession(browser());
      const { page } = session;
      await page.getByRole('link', { name: nl('home.newScan') }).click();
      await page.getByLabel(nl('newScan.fieldTitle')).fill(`Flush ${event}`);
      await page.getByLabel(nl('newScan.fieldRegion')).fill('Regio Oost');
      await page.getByRole('button', { name: nl('newScan.submit') }).click();
      await question(page, q1.id).getByLabel(nl('step.note')).waitFor();
      // Type, hide or leave the page, and read storage in one go: no autosave timer can run in between.
      const seen = await page.evaluate(
        ([id, kind]) => {
          const note = document.querySelector<HTMLTextAreaElement>(`#q-${id}-note`)!;
          note.value = 'Net getypt';
          note.dispatchEvent(new Event('input', { bubbles: true }));
          const before = Object.values(localStorage).some((v) => v.includes('Net getypt'));
          if (kind === 'visibilitychange') {
            Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
            document.dispatchEvent(new Event('visibilitychange'));
          } else window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
          const after = Object.values(localStorage).some((v) => v.includes('Net getypt'));
          return { before, after };
        },
        [q1.id, event] as const,
      );
      expect(seen).toEqual({ before: false, after: true });
      await session.context.close();
    },
  );

  it('saves by itself once typing stops, without leaving the page', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await page.getByRole('link', { name: nl('home.newScan') }).click();
    await page.getByLabel(nl('newScan.fieldTitle')).fill('Autosave');
    await page.getByLabel(nl('newScan.fieldRegion')).fill('Regio Oost');
    await page.getByRole('button', { name: nl('newScan.submit') }).click();
    await question(page, q1.id).getByLabel(nl('step.note')).fill('Net getypt');
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    expect(Object.values(await storedScans(page)).join('\n')).toContain('Net getypt');
    await session.context.close();
  });
});
