import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/content/types';
import type { Page } from 'playwright-core';
import { CHECKLIST } from '../../src/content/pga-2024';
import en from '../../src/i18n/locales/en.json';
import nl from '../../src/i18n/locales/nl.json';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';
import { walkNationalScreens } from './national-walk';

/** A scan with two partner scans read in that disagree on one question, so the session has an agenda. */
function sessionScan() {
  const a = seededAssessment('Werksessie axe');
  a.participants = [
    { id: 'p1', name: '', organisation: 'Politie', role: 'politie', domain: 'veiligheid' },
    { id: 'p2', name: '', organisation: 'GGZ', role: 'ggz', domain: 'sociaal' },
  ];
  const source = (id: string, participantId: string, level: 1 | 4) => ({
    id,
    participantId,
    title: id,
    contentVersion: CHECKLIST.version,
    importedAt: '2026-11-28T09:00:00Z',
    answers: { 'weg-manier': level },
    notes: { 'weg-manier': `Toelichting van ${id}` },
  });
  a.workshop = { ...a.workshop, sources: [source('s1', 'p1', 4), source('s2', 'p2', 1)], tallies: {} };
  return a;
}

async function expectNoViolations(page: Page, screen: string, locale: string) {
  await page.waitForLoadState('networkidle');
  expect({ screen, locale, violations: await axeViolations(page) }).toEqual({
    screen,
    locale,
    violations: [],
  });
}

/** Every screen of the app through axe, in one language; one file per language, so both run side by side. */
export function axeOnEveryScreen(locale: Locale): void {
  const browser = useBrowser();
  describe(`axe-core finds no violations (${locale})`, () => {
    {
      it(`on every screen in ${locale}`, async () => {
        const session = await openSession(browser());
        const { page } = session;
        const scan = (screen: string) => expectNoViolations(page, screen, locale);
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
          await page.locator('details.point__rubric > summary').first().click();
          // The reading rule and its doubtful cases render only once opened.
          await page.locator('details.point__rule > summary').first().click();
          await page.locator('details.rule__cases > summary').first().click();
          await page.locator('.rule__cases .rule__list').first().waitFor();
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
        // Every screen of the app in one journey: the longest test, given more time than the default.
      }, 240_000);

      it(`on the session screens and a missing scan in ${locale}`, async () => {
        const session = await openSession(browser());
        const { page } = session;
        const scan = (screen: string) => expectNoViolations(page, screen, locale);
        if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
        await page.goto(page.url().replace(/#.*$/, '#/scan/bestaat-niet/resultaten'));
        await page.locator('main h1').waitFor();
        await scan('scan not found');

        const workshop = sessionScan();
        await seed(page, workshop);
        await page.goto(page.url().replace(/#.*$/, `#/scan/${workshop.id}/werksessie`));
        await page.locator('.workshop').waitFor();
        await scan('workshop session');
        await page.goto(
          page.url().replace(/#.*$/, `#/scan/${workshop.id}/presentatie/weg-manier?volgorde=agenda`),
        );
        await page.locator('.presentation').waitFor();
        await scan('presentation');
        expect(session.foreignRequests()).toEqual([]);
        expect(session.errors).toEqual([]);
        await session.context.close();
      });

      it(`on the screens of evidence, marks and the national picture in ${locale}`, async () => {
        const session = await openSession(browser());
        const { page } = session;
        if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
        await walkNationalScreens(page, locale, (screen) => expectNoViolations(page, screen, locale));
        expect(session.foreignRequests()).toEqual([]);
        expect(session.errors).toEqual([]);
        await session.context.close();
      });

      it(`on the screens of scoring in the room in ${locale}`, async () => {
        const session = await openSession(browser());
        const { page } = session;
        const scan = (screen: string) => expectNoViolations(page, screen, locale);
        if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
        const workshop = sessionScan();
        await seed(page, workshop);
        // The facilitator's laptop at a projector's size: choose the questions, a wrong address, the round.
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.goto(page.url().replace(/#.*$/, `#/scan/${workshop.id}/ronde`));
        await page.reload();
        await page.locator('#round-setup-title').waitFor();
        await scan('room: round setup');
        await page.locator('#round-address').fill('geen adres');
        await page.locator('.room-host form button[type="submit"]').click();
        await page.locator('#round-address-error:not(:empty)').waitFor();
        await scan('room: round setup with an error');
        await page.locator('#round-address').fill('https://pga.example.nl/zelfscan/');
        await page.locator('.room-host form button[type="submit"]').click();
        const code = (await page.locator('[data-testid="round-code"]').textContent()) ?? '';
        await scan('room: join code and scanner');

        // A partner's phone: the round's code typed wrongly, then right, the questions and the answer codes.
        await page.setViewportSize({ width: 375, height: 740 });
        await page.goto(page.url().replace(/#.*$/, '#/ronde'));
        await page.locator('#round-code').waitFor();
        await scan('phone: round code');
        await page.locator('#round-code').fill('ABCD-EFGH');
        await page.locator('.round form button[type="submit"]').click();
        await page.locator('#round-code-error:not(:empty)').waitFor();
        await scan('phone: round code refused');
        await page.locator('#round-code').fill(code);
        await page.locator('.round form button[type="submit"]').click();
        const first = page.locator('.round-question').first();
        await first.locator('.scale__label').nth(2).click();
        await first.locator('textarea').fill('Wij bespreken signalen wekelijks. '.repeat(12));
        await first.locator('details summary').click();
        await scan('phone: questions');
        await page.locator('.round > .button--primary').click();
        await page.locator('#round-codes-title').waitFor();
        await scan('phone: answer codes');
        // The room's texts load apart from the start page's: a switch of language on this screen loads them too.
        const other =
          locale === 'nl' ? { button: 'English', texts: en } : { button: 'Nederlands', texts: nl };
        await page.getByRole('button', { name: other.button }).click();
        await expect
          .poll(() => page.locator('#round-codes-title').textContent())
          .toBe(other.texts.room.phone.codesTitle);
        expect(session.foreignRequests()).toEqual([]);
        expect(session.errors).toEqual([]);
        await session.context.close();
      });
    }
  });
}
