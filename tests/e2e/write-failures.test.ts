import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';

const browser = useBrowser();

/** From now on every write to localStorage fails the way a full store does. */
const refuseWrites = (page: Page) =>
  page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
const FULL = 'Opslaan mislukt: de opslag van deze browser is vol.';

describe('no write failure goes unspoken', () => {
  it('says so on rename, duplicate and undo, and keeps the scan on screen', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = seededAssessment('Scan Oost');
    await seed(page, a);
    await page.reload();
    const item = page.locator(`[data-scan-id="${a.id}"]`);
    await item.waitFor();
    await refuseWrites(page);
    const alert = page.locator('.scan-list__alert');

    await item.getByRole('button', { name: 'Hernoemen' }).click();
    await page.getByLabel('Nieuwe titel').fill('Scan West');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await alert.getByText(FULL).waitFor();
    expect(await page.locator('.scan-list__status').textContent()).not.toContain('De titel is gewijzigd');
    expect(await item.textContent()).toContain('Scan Oost');

    await item.getByRole('button', { name: 'Dupliceren' }).click();
    await alert.getByText(FULL).waitFor();
    expect(await page.locator('.scan-list__item').count()).toBe(1);

    // Deleting needs no room; putting it back does, so the undo must say it failed.
    await item.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await alert.getByText(FULL).waitFor();
    expect(await page.locator('.scan-list__status').textContent()).not.toContain('teruggezet');
    // The scan is still in the window and can be saved as a file.
    const download = page.waitForEvent('download');
    await page.locator('.scan-list__status').getByRole('button', { name: 'Exporteren' }).click();
    expect((await download).suggestedFilename()).toMatch(/^scan-oost/);
    expect(await axeViolations(page)).toEqual([]);
    await session.context.close();
  });

  it('says so on a target change and an action edit, and keeps what was chosen', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = seededAssessment('Scan Noord');
    await seed(page, a);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/resultaten`));
    await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();
    await refuseWrites(page);
    const target = page.getByLabel('Ambitie voor §1.1 Signaleren');
    await target.selectOption('5');
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
    expect(await target.inputValue()).toBe('5');

    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/plan`));
    await page.getByRole('heading', { level: 1, name: 'Verbeterplan' }).waitFor();
    await page.locator('.plan-table button[aria-label^="Bewerken: "]').first().click();
    const owner = page.locator('fieldset.action').first().getByLabel('Eigenaar (organisatie)');
    await owner.fill('Reclassering');
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
    expect(await owner.inputValue()).toBe('Reclassering');
    await session.context.close();
  });
});
