import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession, screenRendered } from './browser';
import { seed } from './seed';
import { readStoredScans } from './stored';
import { sessionScan } from '../support/session-fixture';
import { ASSESSMENT_PREFIX } from '../support/storage-keys';
import { nl } from '../support/ui';

const browser = useBrowser();

describe('the session’s list of partners', () => {
  it('shows each partner as one line, and opens one partner’s details by keyboard to change them', async () => {
    const s = await openSession(browser());
    const { page } = s;
    const a = sessionScan(3);
    await seed(page, a);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/werksessie`));
    await screenRendered(page);
    const first = a.participants[0]!;
    const row = page.locator(`[data-participant-id="${first.id}"]`);
    // No fields until asked for: the line names the organisation, its role and its domain.
    await expect(page.locator('.participants__item input').count()).resolves.toBe(0);
    await expect(row.locator('.participants__who').innerText()).resolves.toContain(first.organisation);

    const edit = row.getByRole('button', { name: nl('workshop.editNamed', { name: first.organisation }) });
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect(edit.getAttribute('aria-expanded')).resolves.toBe('true');
    const organisation = row.getByLabel(nl('workshop.organisation'), { exact: true });
    await expect(organisation.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await organisation.fill('Politie Eenheid Midden-Nederland');
    await row.getByLabel(nl('workshop.name')).fill('J. Jansen');
    await row.getByRole('button', { name: nl('workshop.editDone') }).click();
    await expect(page.locator('.participants__item input').count()).resolves.toBe(0);
    await expect(row.locator('.participants__who').innerText()).resolves.toMatch(
      /^Politie Eenheid Midden-Nederland · .* · J\. Jansen$/,
    );
    // Back on the row's own button, now named after the new organisation.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).resolves.toBe(
      nl('workshop.editNamed', { name: 'Politie Eenheid Midden-Nederland' }),
    );
    await expect
      .poll(async () => (await page.evaluate(readStoredScans, ASSESSMENT_PREFIX))[a.id] ?? '', {
        timeout: 10_000,
      })
      .toContain('"name":"J. Jansen"');
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
