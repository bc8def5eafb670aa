import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();

/** From now on every write to localStorage fails the way a full store does. */
const refuseWrites = (page: Page) =>
  page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
const FULL = nl('save.quota');

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

    await item.getByRole('button', { name: nl('home.rename') }).click();
    await page.getByLabel(nl('home.renameLabel')).fill('Scan West');
    await page.getByRole('button', { name: nl('home.renameSave') }).click();
    await alert.getByText(FULL).waitFor();
    expect(await page.locator('.scan-list__status').textContent()).not.toContain(nl('home.renamed'));
    expect(await item.textContent()).toContain('Scan Oost');

    await item.getByRole('button', { name: nl('home.duplicate') }).click();
    await alert.getByText(FULL).waitFor();
    expect(await page.locator('.scan-list__item').count()).toBe(1);

    // Deleting needs no room; putting it back does, so the undo must say it failed.
    await item.getByRole('button', { name: nl('home.delete') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: nl('home.deleteConfirm') })
      .click();
    await page.getByRole('button', { name: nl('home.undo') }).click();
    await alert.getByText(FULL).waitFor();
    expect(await page.locator('.scan-list__status').textContent()).not.toMatch(nlPattern('home.restored'));
    // The scan is still in the window and can be saved as a file.
    const download = page.waitForEvent('download');
    await page
      .locator('.scan-list__status')
      .getByRole('button', { name: nl('home.export') })
      .click();
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
    await page.getByRole('heading', { level: 1, name: nl('results.title') }).waitFor();
    await refuseWrites(page);
    const target = page.getByLabel(nl('results.targetFor', { ref: '1.1', title: 'Signaleren' }));
    await target.selectOption('5');
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
    expect(await target.inputValue()).toBe('5');

    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/plan`));
    await page.getByRole('heading', { level: 1, name: nl('plan.title') }).waitFor();
    await page.locator('.plan-table button[aria-label^="Bewerken: "]').first().click();
    const owner = page.locator('fieldset.action').first().getByLabel(nl('plan.field.owner'));
    await owner.fill('Reclassering');
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
    expect(await owner.inputValue()).toBe('Reclassering');
    await session.context.close();
  });
});
