import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { validationStanding } from '../../src/domain/validation-standing';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';
import { en, enPattern, nl, nlPattern } from '../support/ui';

const browser = useBrowser();

describe('the Verantwoording page', () => {
  it('is reached from the footer and from a step, says where the content comes from, and passes axe in both languages', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await page
      .locator('footer')
      .getByRole('link', { name: nl('app.justificationLink') })
      .click();
    await page.getByRole('heading', { level: 1, name: nl('justification.title') }).waitFor();
    const questions = CHECKLIST.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions));
    expect(await page.getByTestId('justification-counts').innerText()).toMatch(
      nlPattern('justification.counts', { questions: questions.length }),
    );
    expect(await page.locator('main').innerText()).toContain(CHECKLIST.source.title);
    // Reading 80: the report's own caveat about reflecting on one's own practice (chapter 3) is said here.
    expect(await page.getByTestId('justification-reflection').innerText()).toBe(
      nl('justification.reflection'),
    );
    const standing = validationStanding(CHECKLIST.version);
    expect(await page.getByTestId('validation-standing').innerText()).toMatch(
      nlPattern('justification.standing', { rounds: standing.rounds, met: standing.met }),
    );
    // Reading 102: where raters chose levels two or more apart, as CONTENT-REVIEW asks.
    expect(await page.getByTestId('validation-spread').innerText()).toMatch(
      nlPattern('justification.spread', { rounds: standing.rounds }),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en('justification.title') }).waitFor();
    expect(await page.getByTestId('justification-counts').innerText()).toMatch(
      enPattern('justification.counts', { questions: questions.length }),
    );
    expect(await page.getByTestId('justification-reflection').innerText()).toBe(
      en('justification.reflection'),
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nederlands' }).click();
    const scan = seededAssessment();
    await seed(page, scan);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${scan.id}/stap/wegen`));
    await page.locator('.walk').waitFor();
    await page
      .locator('.walk__aside')
      .getByRole('link', { name: nl('step.justificationLink') })
      .click();
    await page.getByRole('heading', { level: 1, name: nl('justification.title') }).waitFor();
    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
