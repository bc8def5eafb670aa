import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { openSessionScan } from './open-session-scan';
import { axeViolations } from './browser';
import { seed } from './seed';
import { sessionScan } from '../support/session-fixture';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();

// Issue 23, §5: a presenter view on the laptop and a room screen on the projector, in step.
describe('the presenter view and the room screen', () => {
  it('keeps a second window with only the question and the distribution in step over a BroadcastChannel', async () => {
    const { session, page } = await openSessionScan(browser(), `presentatie/weg-manier`);
    await page.locator('.presentation[data-question-id="weg-manier"]').waitFor();

    const [room] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: nl('present.room') }).click(),
    ]);
    await room.setViewportSize({ width: 1024, height: 768 });
    const roomScreen = room.locator('.presentation--room');
    await room.locator('.presentation--room[data-question-id="weg-manier"]').waitFor();
    const question = await page.locator('h1').innerText();
    await expect(room.locator('h1').innerText()).resolves.toBe(question);
    // The room sees the question, the levels and the distribution, and no control at all.
    await room.locator('.strip').waitFor();
    await expect(roomScreen.locator('button, input, textarea, select, a').count()).resolves.toBe(0);
    await expect(room.locator('.presentation__card').count()).resolves.toBe(5);
    // The level's name and its text are two words apart, not run together (generated " ·" is not in innerText).
    await expect(room.locator('.presentation__card').first().innerText()).resolves.toMatch(/^1 Ontbreekt \S/);
    await expect(room.getByText(nl('present.room')).count()).resolves.toBe(0);

    // The facilitator moves on: the room follows.
    await page.locator('h1').focus();
    await page.keyboard.press('ArrowRight');
    // The route changes after the key press: read the new question once the screen shows it (CI, 2 December).
    await page.locator('.presentation:not([data-question-id="weg-manier"])').waitFor();
    const next = await page.locator('.presentation').getAttribute('data-question-id');
    expect(next).not.toBe('weg-manier');
    await room.locator(`.presentation--room[data-question-id="${next}"]`).waitFor();
    await expect(room.locator('h1').innerText()).resolves.toBe(await page.locator('h1').innerText());

    // An agreed level shows on the room's card; hiding the distribution hides it there too.
    await page.getByRole('button', { name: /^3 Afgesproken/ }).click();
    await room.locator('.presentation__card.is-agreed', { hasText: '3 Afgesproken' }).waitFor();
    await page.getByRole('button', { name: nl('present.hideDistribution') }).click();
    await room.locator('.strip').waitFor({ state: 'detached' });
    await room.getByText(nlPattern('present.distributionHidden')).waitFor();
    await page.getByRole('button', { name: nl('present.showDistribution') }).click();
    await room.locator('.strip').waitFor();

    // A show of hands typed on the laptop appears as the second row on the projector.
    await page.getByText(nl('present.tally')).click();
    await page.getByLabel(nl('present.tallyFor', { option: '2 Ad hoc' })).fill('3');
    await page.getByLabel(nl('present.tallyFor', { option: '2 Ad hoc' })).press('Tab');
    await expect(room.locator('tr[data-row="hands"] td[data-key="2"]').innerText()).resolves.toBe('3');

    // A room screen opened later catches up with where the facilitator is.
    const late = await session.context.newPage();
    await late.goto(room.url());
    await late.locator(`.presentation--room[data-question-id="${next}"]`).waitFor();

    // The room screen fits the projector and passes axe.
    const fit = await room.evaluate(() => document.documentElement.scrollHeight <= innerHeight);
    expect(fit).toBe(true);
    expect(await axeViolations(room)).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('jumps to any question from a list, ends with what was agreed, and explains an empty agenda', async () => {
    const { session, page } = await openSessionScan(browser(), `presentatie?volgorde=agenda`);
    await page.locator('.presentation[data-question-id]').waitFor();
    const jump = page.getByLabel(nl('present.jump'));
    const options = await jump.locator('option').allInnerTexts();
    expect(options.length).toBeGreaterThan(3);
    // The third question of the list, chosen from it, is the one on screen.
    const third = await jump.locator('option').nth(2).getAttribute('value');
    await jump.selectOption(third!);
    await page.locator(`.presentation[data-question-id="${third}"]`).waitFor();
    await expect(page.locator('.presentation__bar').innerText()).resolves.toContain(
      `Vraag 3 van ${options.length}`,
    );
    await page.getByRole('button', { name: /^4 Vastgelegd/ }).click();
    // Last question: "Afronden" opens the end screen with what was agreed.
    const last = await jump.locator('option').last().getAttribute('value');
    await jump.selectOption(last!);
    await page.locator(`.presentation[data-question-id="${last}"]`).waitFor();
    await page.getByRole('button', { name: `${nl('present.finish')} →` }).click();
    await page.locator('.presentation[data-question-id="end"]').waitFor();
    await expect(page.locator('.presentation-end__sum').innerText()).resolves.toBe(
      nl('present.endSum', { agreed: 1, total: options.length, open: options.length - 1 }),
    );
    await expect(page.locator('.presentation-end__list').first().innerText()).resolves.toContain(
      '4 Vastgelegd en toegepast',
    );
    // On the end screen no key sets a level on any question.
    await page.keyboard.press('5');
    await page.getByRole('button', { name: nlPattern('present.backToLast') }).click();
    await page.locator(`.presentation[data-question-id="${last}"]`).waitFor();
    await expect(page.locator('.presentation__agreed').innerText()).resolves.toBe(nl('workshop.notAgreed'));
    expect(await axeViolations(page)).toEqual([]);

    // A session without partner files has an empty agenda: a clear message, not "Pagina niet gevonden".
    const empty = sessionScan(0);
    empty.id = 'lege-sessie';
    await seed(page, empty);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${empty.id}/presentatie?volgorde=agenda`));
    await page.reload();
    await page.getByRole('heading', { name: nl('present.emptyTitle') }).waitFor();
    await expect(page.getByText(nl('notFound.title')).count()).resolves.toBe(0);
    await page.getByRole('link', { name: nl('present.allInstead') }).click();
    await page.locator('.presentation[data-question-id] .presentation__levels').waitFor();
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
