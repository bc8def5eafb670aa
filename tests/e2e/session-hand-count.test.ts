import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/types';
import { useBrowser } from './browser-lifecycle';
import { openSessionScan } from './open-session-scan';
import { axeViolations, openSession, showWholeAgenda } from './browser';
import { seed } from './seed';
import { storedScans } from './stored';
import { sessionScan } from '../support/session-fixture';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();

// The reviewer's sequence (issue 23, §1): on agenda question 3, a partial show of hands took the question off
// the agenda while it was typed, the screen jumped to another question, and the next count and a level key
// landed there.
describe('a show of hands in the presentation', () => {
  it('stays on the question on screen, beside the partners’ distribution', async () => {
    const { session, page, scan: a } = await openSessionScan(browser(), `werksessie`);
    const rows = page.locator('.agenda__item');
    await rows.first().waitFor();
    await showWholeAgenda(page);
    const total = await rows.count();
    const third = (await rows.nth(2).getAttribute('data-question-id'))!;
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/presentatie/${third}?volgorde=agenda`));
    const screen = page.locator(`.presentation[data-question-id="${third}"]`);
    await screen.waitFor();
    await expect(page.locator('.presentation__bar').innerText()).resolves.toContain(
      nl('present.questionOf', { n: 3, total }),
    );
    const strip = page.getByRole('table', {
      name: new RegExp(`^${nlPattern('present.partnersCaption').source}`),
    });
    const partners = strip.locator('tr[data-row="partners"]');
    const before = await partners.locator('td').allInnerTexts();
    expect(before.join('')).not.toBe('0000000');

    await page.getByText(nl('present.tally')).click();
    await page.getByLabel(nl('present.tallyFor', { option: '2 Ad hoc' })).fill('3');
    await page.getByLabel(nl('present.tallyFor', { option: '3 Afgesproken' })).click();
    const hands = strip.locator('tr[data-row="hands"]');
    await hands.waitFor();
    await expect(hands.locator('td[data-key="2"]').innerText()).resolves.toBe('3');
    // Still the same question, still number 3 of the same agenda, and the partners' spread is untouched.
    await expect(screen.isVisible()).resolves.toBe(true);
    await expect(page.locator('.presentation__bar').innerText()).resolves.toContain(
      nl('present.questionOf', { n: 3, total }),
    );
    await expect(partners.locator('td').allInnerTexts()).resolves.toEqual(before);

    await page.getByLabel(nl('present.tallyFor', { option: '3 Afgesproken' })).fill('1');
    await page.locator('h1').click();
    await expect(hands.locator('td[data-key="3"]').innerText()).resolves.toBe('1');
    await page.keyboard.press('4');
    await expect(page.locator('.presentation__agreed').innerText()).resolves.toBe(
      '4 Vastgelegd en toegepast',
    );
    await expect(screen.isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // In storage: the count and the level on this question only, and the partners' files as they were.
    const stored = async () => JSON.parse((await storedScans(page))[a.id]!) as Assessment;
    await expect.poll(async () => (await stored()).answers[third]?.level).toBe(4);
    const saved = await stored();
    expect(saved.workshop.tallies).toEqual({ [third]: { '2': 3, '3': 1 } });
    expect(Object.keys(saved.answers)).toEqual([third]);
    expect(saved.answers[third]?.level).toBe(4);
    expect(saved.workshop.sources).toEqual(a.workshop.sources);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
  it('keeps the agenda of a session without partner files fixed until the facilitator recomputes it', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = sessionScan(0);
    a.answers = {};
    // Only shows of hands, taken before: two questions where the room was two levels or more apart.
    a.workshop.tallies = { 'weg-manier': { '1': 2, '5': 1 }, 'sig-kennis': { '2': 1, '4': 2 } };
    await seed(page, a);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/presentatie/sig-kennis?volgorde=agenda`));
    const screen = page.locator('.presentation[data-question-id="sig-kennis"]');
    await screen.waitFor();
    const position = page.locator('.presentation__bar > span').first();
    await expect(position.innerText()).resolves.toBe(nl('present.questionOf', { n: 2, total: 2 }));
    // A new count without spread would take the question off the agenda: it stays, on screen and in place.
    await page.getByText(nl('present.tally')).click();
    await page.getByLabel(nl('present.tallyFor', { option: '4 Vastgelegd en toegepast' })).fill('0');
    await page.getByLabel(nl('present.tallyFor', { option: '2 Ad hoc' })).fill('3');
    await page.locator('h1').click();
    await page.locator('.strip td[data-key="2"]').getByText('3').waitFor();
    await expect(screen.isVisible()).resolves.toBe(true);
    await expect(position.innerText()).resolves.toBe(nl('present.questionOf', { n: 2, total: 2 }));
    // Only when asked: the agenda is taken anew, and the screen says this question is no longer on it.
    await page.getByRole('button', { name: nl('present.recompute') }).click();
    await expect(position.innerText()).resolves.toBe(nl('present.offAgenda', { total: 1 }, 1));
    await expect(screen.isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: nlPattern('present.next') }).click();
    await page.locator('.presentation[data-question-id="weg-manier"]').waitFor();
    await expect(position.innerText()).resolves.toBe(nl('present.questionOf', { n: 1, total: 1 }));
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
