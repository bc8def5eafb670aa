import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHECKLIST } from '../../src/content/pga-2024';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession, waitForPainted } from './browser';
import { seed, seededAssessment } from './seed';
import { dutchOneDecimal, exactScores } from '../support/oracle';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();

const cell = (page: Page, row: string, col: string) =>
  page.locator(`[data-row-id="${row}"] [data-col="${col}"]`).first().innerText();

describe('results dashboard', () => {
  it('draws the charts, shows the domain’s figures, takes targets, and compares a follow-up scan', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const assessment = seededAssessment();
    await seed(page, assessment);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${assessment.id}/resultaten`));
    await page.getByRole('heading', { level: 1, name: nl('results.title') }).waitFor();

    // Charts are drawn.
    expect(await waitForPainted(page, '.chart--radar canvas')).toBeGreaterThanOrEqual(1000);
    expect(await waitForPainted(page, '.chart--bar canvas')).toBeGreaterThanOrEqual(1000);

    // Every table value is the rule worked out in exact fractions.
    const expected = exactScores(CHECKLIST, assessment.answers);
    for (const s of expected.sections) {
      const shown = await cell(page, s.id, 'score');
      expect(shown.startsWith(dutchOneDecimal(s.value)), s.id).toBe(true);
      expect(shown.includes(nl('results.provisional')), s.id).toBe(s.provisional);
      for (const p of s.points)
        expect((await cell(page, p.id, 'score')).startsWith(dutchOneDecimal(p.value)), p.id).toBe(true);
    }
    await expect(page.getByTestId('overall-score').innerText()).resolves.toContain(
      dutchOneDecimal(expected.overall),
    );
    expect(await cell(page, 'wegen', 'target')).toBe('4 Vastgelegd en toegepast');

    // A target set on the dashboard shows up in the table and is kept.
    await page.getByLabel(nl('results.targetFor', { ref: '1.1', title: 'Signaleren' })).selectOption('5');
    await expect(cell(page, 'signaleren', 'target')).resolves.toBe('5 Geborgd en geëvalueerd');
    const signaleren = expected.sections.find((s) => s.id === 'signaleren')!.value!;
    // Gap = 5 − score, as a fraction.
    expect(await cell(page, 'signaleren', 'gap')).toBe(
      `+${dutchOneDecimal({ n: 5 * signaleren.d - signaleren.n, d: signaleren.d })}`,
    );
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Follow-up scan against this baseline.
    await page.getByRole('link', { name: nl('results.followUp') }).click();
    await page.getByLabel(nl('followUp.fieldTitle')).fill('Zelfscan PGA 2027');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: nl('followUp.submit') }).click();
    await page.getByRole('heading', { level: 1, name: '§1.1 Signaleren' }).waitFor();
    const firstQuestion = CHECKLIST.sections[0]!.attentionPoints[0]!.questions[0]!;
    const q = page.locator(`[data-question-id="${firstQuestion.id}"]`);
    expect(await q.getByLabel(nl('step.note')).inputValue()).toBe('Toelichting 1: ë ĳ €');
    expect(await q.locator('input:checked').count()).toBe(0);
    await q.getByLabel('5 Geborgd en geëvalueerd').check();
    await page.getByRole('link', { name: nl('results.toResults') }).click();
    await page.getByRole('heading', { level: 1, name: nl('results.title') }).waitFor();
    await page.getByRole('heading', { name: nl('results.comparisonTitle') }).waitFor();
    const before = expected.sections[0]!.points.find((p) => p.id === 'sig-structuur')!.value;
    expect(await cell(page, 'sig-structuur', 'previous')).toBe(dutchOneDecimal(before));
    expect(await cell(page, 'sig-structuur', 'change')).toMatch(
      nlPattern('results.change.up', { delta: /\+.+/ }),
    );
    expect(await cell(page, 'wegen', 'change')).toBe(nl('results.change.none'));
    await expect(page.getByTestId('baseline-actions').innerText()).resolves.toContain(
      'Afspraken over monitoren vastleggen (a1)',
    );
    expect(await waitForPainted(page, '.chart--radar canvas')).toBeGreaterThanOrEqual(1000);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
