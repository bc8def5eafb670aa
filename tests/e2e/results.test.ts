import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHECKLIST } from '../../src/content/pga-2024';
import { buildResults } from '../../src/domain/results';
import { formatScore } from '../../src/i18n/format';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { paintedPixels, seed, seededAssessment } from './seed';

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
    await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();

    // Charts are drawn.
    await page.waitForTimeout(300);
    expect(await paintedPixels(page, '.chart--radar canvas')).toBeGreaterThan(1000);
    expect(await paintedPixels(page, '.chart--bar canvas')).toBeGreaterThan(1000);

    // Every table value equals the domain's figure.
    const results = buildResults(CHECKLIST, assessment);
    for (const r of results.sections) {
      const shown = await cell(page, r.section.id, 'score');
      expect(shown.startsWith(formatScore(r.score.value, 'nl')), r.section.id).toBe(true);
      expect(shown.includes('voorlopig')).toBe(r.score.provisional);
    }
    for (const r of results.points)
      expect(
        (await cell(page, r.point.id, 'score')).startsWith(formatScore(r.score.value, 'nl')),
        r.point.id,
      ).toBe(true);
    await expect(page.getByTestId('overall-score').innerText()).resolves.toContain(
      formatScore(results.overall.value, 'nl'),
    );
    expect(await cell(page, 'wegen', 'target')).toBe('4 Vastgelegd en toegepast');

    // A target set on the dashboard shows up in the table and is kept.
    await page.getByLabel('Ambitie voor §1.1 Signaleren').selectOption('5');
    await expect(cell(page, 'signaleren', 'target')).resolves.toBe('5 Geborgd en geëvalueerd');
    const signaleren = results.sections.find((s) => s.section.id === 'signaleren')!;
    expect(await cell(page, 'signaleren', 'gap')).toBe(
      `+${formatScore(5 - (signaleren.score.value ?? 0), 'nl')}`,
    );
    await page.getByRole('status').filter({ hasText: 'Alles opgeslagen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Follow-up scan against this baseline.
    await page.getByRole('link', { name: 'Vervolgscan starten' }).click();
    await page.getByLabel('Titel van de vervolgscan').fill('Zelfscan PGA 2027');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vervolgscan starten' }).click();
    await page.getByRole('heading', { level: 1, name: '§1.1 Signaleren' }).waitFor();
    const firstQuestion = CHECKLIST.sections[0]!.attentionPoints[0]!.questions[0]!;
    const q = page.locator(`[data-question-id="${firstQuestion.id}"]`);
    expect(await q.getByLabel('Toelichting of antwoord').inputValue()).toBe('Toelichting 1: ë ĳ €');
    expect(await q.locator('input:checked').count()).toBe(0);
    await q.getByLabel('5 Geborgd en geëvalueerd').check();
    await page.getByRole('link', { name: 'Resultaten bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();
    await page.getByRole('heading', { name: 'Vergelijking met de vorige scan' }).waitFor();
    expect(await cell(page, 'sig-structuur', 'previous')).toBe(
      formatScore(results.points.find((p) => p.point.id === 'sig-structuur')!.score.value, 'nl'),
    );
    expect(await cell(page, 'sig-structuur', 'change')).toMatch(/gestegen \(\+/);
    expect(await cell(page, 'wegen', 'change')).toBe('geen score');
    await expect(page.getByTestId('baseline-actions').innerText()).resolves.toContain(
      'Afspraken over monitoren vastleggen (a1)',
    );
    await page.waitForTimeout(300);
    expect(await paintedPixels(page, '.chart--radar canvas')).toBeGreaterThan(1000);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
