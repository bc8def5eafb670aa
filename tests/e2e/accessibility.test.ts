import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';

const browser = useBrowser();

describe('axe-core finds no violations', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`on every screen in ${locale}`, async () => {
      const session = await openSession(browser());
      const { page } = session;
      const scan = async (screen: string) => {
        await page.waitForLoadState('networkidle');
        expect({ screen, locale, violations: await axeViolations(page) }).toEqual({
          screen,
          locale,
          violations: [],
        });
      };
      if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
      await scan('start (empty)');

      await page.locator('a[href$="#/nieuw"]').click();
      await page.locator('#field-title').waitFor();
      await scan('new assessment');
      await page.locator('button[type="submit"]').click();
      await page.locator('.notice--error').waitFor();
      await scan('new assessment with errors');
      await page.locator('#field-title').fill('Axe');
      await page.locator('#field-region').fill('Regio');
      await page.locator('button[type="submit"]').click();
      await page.locator('.walk').waitFor();

      for (const section of CHECKLIST.sections) {
        const point = section.attentionPoints[0];
        const q = point?.questions[0];
        if (q) await page.locator(`input[name="q-${q.id}"][value="2"]`).check();
        await page.locator('details.point__rubric summary').first().click();
        await scan(`step ${section.ref}`);
        const next = page.locator('.pager__next');
        await next.click();
      }
      await page.locator('.results').waitFor();
      await scan('results');
      await page.locator('a[href$="/plan"]').click();
      await page.locator('.plan').waitFor();
      await scan('improvement plan');
      await page.locator('a[href$="/rapport"]').click();
      await page.locator('.report').waitFor();
      await scan('printable report');
      await page.goBack();
      await page.locator('a[href$="/resultaten"]').first().click();
      await page.locator('.results').waitFor();
      await page.locator('a[href$="/vervolg"]').click();
      await page.locator('#followup-title').waitFor();
      await scan('follow-up form');
      await page.goto(page.url().replace(/#.*$/, '#/'));
      await page.locator('.scan-list').waitFor();
      await scan('start (with a scan)');
      await page.goto(page.url().replace(/#.*$/, '#/begrippen'));
      await page.locator('.glossary').waitFor();
      await scan('glossary');
      await page.goto(page.url().replace(/#.*$/, '#/bestaat-niet'));
      await page.locator('h1').waitFor();
      await scan('not found');
      expect(session.foreignRequests()).toEqual([]);
      expect(session.errors).toEqual([]);
      await session.context.close();
    });
  }
});
