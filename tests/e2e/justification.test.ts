import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { VALIDATION_GOALS, VALIDATION_ROUNDS } from '../../src/content/validation';
import {
  goalSentence,
  previousStanding,
  validationSpread,
  validationStanding,
} from '../../src/domain/validation-standing';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';
import { en, enPattern, nl, nlPattern } from '../support/ui';
import { formatShareAgainstGoal } from '../../src/i18n/format';

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
    // Reading 112 (J2, J3): what a level does not show is said where the scale is explained.
    expect(await page.getByTestId('scale-limits').innerText()).toBe(nl('justification.additionsLimits'));
    const standing = validationStanding(CHECKLIST.version);
    // No round yet is said plainly; one round on its own, with whether it met the goal; more rounds pooled first.
    const own =
      standing.rounds > 1
        ? nlPattern('justification.standing', {
            rounds: standing.rounds,
            goal: nlPattern(`justification.${goalSentence(standing)}`, { met: standing.met }, standing.met),
          })
        : standing.rounds === 1
          ? nlPattern(standing.latest?.met ? 'justification.firstMet' : 'justification.firstNotMet', {})
          : nlPattern('justification.untested', { version: CHECKLIST.version });
    expect(await page.getByTestId('validation-standing').innerText()).toMatch(own);
    // Reading 102: where raters chose levels two or more apart, as CONTENT-REVIEW asks.
    const spread = validationSpread(CHECKLIST);
    // A version without rounds has no spread to show.
    if (!spread) expect(await page.getByTestId('validation-spread').count()).toBe(0);
    else
      expect(await page.getByTestId('validation-spread').innerText()).toMatch(
        spread.wideUnits === 0
          ? nlPattern('justification.spreadNone', {})
          : nlPattern('justification.spread', { rounds: standing.rounds }, standing.rounds),
      );
    // A new version with few rounds keeps the version before in view.
    const before = previousStanding(CHECKLIST.version);
    expect(before).toBeDefined();
    expect(await page.getByTestId('validation-previous').innerText()).toMatch(
      nlPattern('justification.previous', {
        version: before?.version ?? '',
        rounds: before?.standing.rounds ?? 0,
        goal: nlPattern(
          before ? `justification.${goalSentence(before.standing)}` : 'justification.goalMet',
          { met: before?.standing.met ?? 0 },
          before?.standing.met ?? 0,
        ),
      }),
    );
    // A comparison on the partner text alone is listed, and its row says that it does not count.
    const partnerRows = await page.locator('tbody th', { hasText: nl('justification.partnerRound') }).count();
    expect(partnerRows).toBe(VALIDATION_ROUNDS.filter((r) => r.rubricText).length);
    expect(partnerRows).toBeGreaterThan(0);
    // Reading 129 (R-1): a measured fit shows one decimal, so round 178's 89.8% does not read as the 90% goal.
    const fits = await page
      .getByTestId('validation-rounds')
      .locator('tbody td:nth-of-type(2)')
      .allInnerTexts();
    expect(fits).toEqual(
      VALIDATION_ROUNDS.map((r) => formatShareAgainstGoal(r.fitRate, VALIDATION_GOALS.fitRate, 'nl')),
    );
    expect(fits).toContain('89,8%');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en('justification.title') }).waitFor();
    expect(await page.getByTestId('justification-counts').innerText()).toMatch(
      enPattern('justification.counts', { questions: questions.length }),
    );
    expect(await page.getByTestId('justification-reflection').innerText()).toBe(
      en('justification.reflection'),
    );
    expect(await page.getByTestId('scale-limits').innerText()).toBe(en('justification.additionsLimits'));
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
