import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { openSessionScan } from './open-session-scan';
import { axeViolations } from './browser';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();

// Issue 23, §5: a presentation driven by the mouse as well as the keys.
describe('driving the presentation', () => {
  it('sets and clears the agreed level by clicking, remembers a hidden distribution, and keeps keys out of fields', async () => {
    const { session, page } = await openSessionScan(browser(), `presentatie/weg-manier`);
    await page.locator('.presentation[data-question-id="weg-manier"]').waitFor();
    const agreed = page.locator('.presentation__agreed');

    // A click on a level card sets it; a second click on the same card, or "Niveau wissen", clears it.
    const card = page.getByRole('button', { name: /^3 Afgesproken/ });
    await card.click();
    await expect(agreed.innerText()).resolves.toBe('3 Afgesproken');
    await expect(card.getAttribute('aria-pressed')).resolves.toBe('true');
    await card.click();
    await expect(agreed.innerText()).resolves.toBe(nl('workshop.notAgreed'));
    await page.getByRole('button', { name: /^5 Geborgd/ }).click();
    await expect(agreed.innerText()).resolves.toBe('5 Geborgd en geëvalueerd');
    await page.getByRole('button', { name: nl('present.clearLevel') }).click();
    await expect(agreed.innerText()).resolves.toBe(nl('workshop.notAgreed'));
    await page.getByRole('button', { name: 'Weet niet', exact: true }).click();
    await expect(agreed.innerText()).resolves.toBe('Weet niet');
    // The keys still work, and 0 clears.
    await page.locator('h1').focus();
    await page.keyboard.press('2');
    await expect(agreed.innerText()).resolves.toBe('2 Ad hoc');
    await page.keyboard.press('0');
    await expect(agreed.innerText()).resolves.toBe(nl('workshop.notAgreed'));

    // Tab into the minutes field selects its value: the shortcut v typed there is no shortcut, and does not
    // empty the timer (which showed "De tijd … is om" on the projector). The timer sits after "Vorige vraag".
    await page.getByRole('button', { name: nlPattern('present.prev') }).focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('timer-minutes');
    await page.keyboard.press('v');
    await page.keyboard.press('4');
    await expect(page.locator('.strip').count()).resolves.toBe(1);
    await expect(agreed.innerText()).resolves.toBe(nl('workshop.notAgreed'));
    await expect(page.locator('.timer__time').innerText()).resolves.toMatch(/^[1-9]\d?:00$/);
    await expect(page.locator('.timer__status').innerText()).resolves.toBe('');

    // "Verberg verdeling" becomes "Toon verdeling", and the choice holds after a reload.
    await page.getByRole('button', { name: nl('present.hideDistribution') }).click();
    await page.getByText(nlPattern('present.distributionHidden')).waitFor();
    await page.reload();
    await page.locator('.presentation').waitFor();
    await page.getByText(nlPattern('present.distributionHidden')).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: nl('present.showDistribution') }).click();
    await page.locator('.strip').waitFor();
    await page.getByRole('button', { name: nl('present.hideDistribution') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
