import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { assessmentKey } from '../support/storage-keys';
import { nl, nlPattern } from '../support/ui';
import { CONTENT_VERSION } from '../../src/content/version';

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
    const notice = page
      .getByRole('status')
      .filter({ hasText: nlPattern('upgrade.notice', { to: CONTENT_VERSION }) });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      [nl('upgrade.merged', { n: 5 }), nl('upgrade.renamed', { n: 3 }), nl('upgrade.removed', { n: 1 })].join(
        ', ',
      ),
    );

    const merged = page.locator('[data-question-id="mon-impasse-afspraak"]');
    await merged.getByText(nlPattern('step.mergedFrom', {}, 1)).waitFor();
    expect(await merged.getByLabel('2 Ad hoc').isChecked()).toBe(true);
    expect(await page.locator('#q-mon-impasse-afspraak-note').inputValue()).toBe(
      'Afspraak over impasse staat in het werkproces.\n\nImpasse: bij ons blijven casussen hangen, zie notulen maart.',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(page.url().replace(/#.*$/, `#/scan/${old.id}/resultaten`));
    const retired = page.locator('section[aria-labelledby="retired-title"]');
    await retired.getByRole('heading', { name: nl('upgrade.retiredTitle') }).waitFor();
    expect(await retired.textContent()).toContain('Contact loopt vaak via de schuldhulp');
    expect(await retired.textContent()).toContain(nl('upgrade.retiredFromBaseline'));
    expect(await axeViolations(page)).toEqual([]);

    // The upgraded scan was kept at once: a reload brings no second notice.
    await page.reload();
    await retired.getByRole('heading', { name: nl('upgrade.retiredTitle') }).waitFor();
    expect(await page.getByText(nlPattern('upgrade.notice')).count()).toBe(0);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
