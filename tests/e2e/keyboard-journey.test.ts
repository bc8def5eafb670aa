import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { useBrowser } from './browser-lifecycle';
import { openSession, tabTo } from './browser';
import { readPdf } from '../support/pdf';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();

describe('the whole journey by keyboard alone', () => {
  it('new scan, every step, results, plan with one adopted action, and the PDF: no mouse at all', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await tabTo(page, 'a[href$="#/nieuw"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '#field-title');
    await page.keyboard.type('Toetsenbordscan');
    await tabTo(page, '#field-region');
    await page.keyboard.type('Regio Zuid');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');

    for (const section of CHECKLIST.sections) {
      await page.getByRole('heading', { level: 1, name: `§${section.ref} ${section.title.nl}` }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName), section.id).toBe('H1');
      // The first question of each point: arrow keys choose level 2 (Ad hoc) from the first option.
      for (const point of section.attentionPoints) {
        const q = point.questions[0]!;
        await tabTo(page, `input[name="q-${q.id}"]`);
        await page.keyboard.press('Home');
        await page.keyboard.press('ArrowRight');
        const checked = await page.locator(`input[name="q-${q.id}"]:checked`).getAttribute('value');
        expect(checked, q.id).toBe('2');
      }
      await tabTo(page, '.pager__next');
      await page.keyboard.press('Enter');
    }

    await page.getByRole('heading', { level: 1, name: nl('results.title') }).waitFor();
    await tabTo(page, 'a[href$="/plan"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: nl('plan.title') }).waitFor();
    // Every point is at level 2, so the plan suggests actions; adopt the first with Enter.
    await tabTo(page, 'button[aria-label^="Overnemen: "]');
    const adopted = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label')))!.slice(
      'Overnemen: '.length,
    );
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();

    await tabTo(page, '.export-bar button.button--primary');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    const pdf = await readPdf(new Uint8Array(await readFile((await file.path())!)));
    expect(pdf.all.replace(/\s+/g, ' ')).toContain(adopted);
    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
