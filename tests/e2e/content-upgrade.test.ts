import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { assessmentKey } from '../support/storage-keys';

const browser = useBrowser();

describe('a scan saved with an older checklist (2024.1)', () => {
  it('opens with one notice, shows the merged answer with both notes, and keeps the removed one', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const file = JSON.parse(await readFile('tests/fixtures/content-2024.1.pgascan.json', 'utf8'));
    const old = file.assessment;
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      assessmentKey(old.id),
      JSON.stringify(old),
    ] as const);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${old.id}/stap/monitoren`));
    const notice = page.getByRole('status').filter({ hasText: 'bijgewerkt naar checklistversie 2024.3' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      '2 vragen samengevoegd, 3 vragen anders geformuleerd, 1 vraag vervallen',
    );

    const merged = page.locator('[data-question-id="mon-impasse-afspraak"]');
    await merged.getByText('Na een update van de checklist').waitFor();
    expect(await merged.getByLabel('2 Ad hoc').isChecked()).toBe(true);
    expect(await page.locator('#q-mon-impasse-afspraak-note').inputValue()).toBe(
      'Afspraak over impasse staat in het werkproces.\n\nImpasse: bij ons blijven casussen hangen, zie notulen maart.',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(page.url().replace(/#.*$/, `#/scan/${old.id}/resultaten`));
    const retired = page.locator('section[aria-labelledby="retired-title"]');
    await retired.getByRole('heading', { name: 'Vervallen vragen' }).waitFor();
    expect(await retired.textContent()).toContain('Contact loopt vaak via de schuldhulp');
    expect(await retired.textContent()).toContain('uit de eerdere scan');
    expect(await axeViolations(page)).toEqual([]);

    // The upgraded scan was kept at once: a reload brings no second notice.
    await page.reload();
    await retired.getByRole('heading', { name: 'Vervallen vragen' }).waitFor();
    expect(await page.getByText('bijgewerkt naar checklistversie').count()).toBe(0);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
