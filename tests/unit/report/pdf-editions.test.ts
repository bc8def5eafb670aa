// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { allQuestions } from '../../../src/domain/content-index';
import { makePdf, readPdf } from '../../support/pdf';
import { councilScan, yearlyScans } from '../../support/report-fixture';

const squash = (s: string) => s.replace(/\s+/g, ' ');
const chartImage = `data:image/jpeg;base64,${readFileSync('tests/fixtures/chart.jpg').toString('base64')}`;
const scan = councilScan({ session: true, actions: 21, uncertain: true });

/** Lines of a page that are not the running header or the page number. */
function contentLines(page: string): string[] {
  return page
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) =>
        l && l !== 'PGA-zelfscan' && !l.startsWith(scan.title) && !/^(pagina|page) \d+ (van|of) \d+$/.test(l),
    );
}

describe.each(['nl', 'en'] as const)('report editions as PDF (%s)', (locale) => {
  it('the council edition of a full scan with 21 actions takes at most 5 pages, plan before method', async () => {
    const pdf = await readPdf(makePdf(scan, locale, { edition: 'council', chartImage }));
    expect(pdf.numPages).toBeLessThanOrEqual(5);
    const text = squash(pdf.all);
    // Each part comes after the one before it (the cover's title also says "Verbeterplan").
    let at = text.indexOf(locale === 'nl' ? 'Raadsversie' : 'Council edition');
    for (const heading of locale === 'nl'
      ? ['Samenvatting', 'Scores per stap', 'Verbeterplan', 'Werkwijze en schaal']
      : ['Summary', 'Scores per step', 'Improvement plan', 'Method and scale']) {
      const next = text.indexOf(heading, at);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    // The summary is one page: page 2 holds it, and page 3 starts with the scores.
    expect(squash(pdf.pages[1]!)).toContain(
      locale === 'nl' ? 'Wat het verbeterplan doet' : 'What the improvement plan will do',
    );
    expect(contentLines(pdf.pages[2]!)[0]).toBe(locale === 'nl' ? 'Scores per stap' : 'Scores per step');
    for (const action of scan.actions) expect(text).toContain(action.title);
    // The council does not get the notes.
    expect(text).not.toContain(scan.answers[allQuestions(CHECKLIST)[0]!.question.id]!.note);
  });

  // The appendix lists every question: 57 in 2024.2, 65 in 2024.3, 60 since 2024.4.
  it('the full report takes at most 16 pages, holds every question and note, and no page is nearly empty', async () => {
    const pdf = await readPdf(makePdf(scan, locale, { edition: 'full', chartImage }));
    // 16: the session appendix now holds the steps per domain and the partners’ notes (issue 23).
    expect(pdf.numPages).toBeLessThanOrEqual(16);
    const text = squash(pdf.all);
    for (const { question } of allQuestions(CHECKLIST)) expect(text).toContain(squash(question.text[locale]));
    for (const note of new Set(Object.values(scan.answers).map((a) => a.note))) expect(text).toContain(note);
    pdf.pages.slice(0, -1).forEach((page, i) => {
      expect(contentLines(page).length, `page ${i + 1}`).toBeGreaterThanOrEqual(5);
    });
  });

  it('keeps the trend of three yearly scans with 20 actions each on one page of its own', async () => {
    const series = yearlyScans(3, { actions: 20 });
    const pdf = await readPdf(makePdf(series[2]!, locale, { edition: 'council', chartImage, series }));
    expect(pdf.numPages).toBeLessThanOrEqual(6);
    const [title, gap, actions] =
      locale === 'nl'
        ? ['Trend over de jaren', 'Afstand tot de ambitie', 'Wat er van de acties werd']
        : ['Trend over the years', 'Distance to the ambition', 'What became of the actions'];
    const page = pdf.pages.find((p) => p.includes(title)) ?? '';
    expect(squash(page)).toContain(gap);
    expect(squash(page)).toContain(actions);
    // Nothing of the trend spills onto the next page, which begins the plan.
    const next = pdf.pages[pdf.pages.indexOf(page) + 1] ?? '';
    expect(contentLines(next)[0]).toBe(locale === 'nl' ? 'Verbeterplan' : 'Improvement plan');
  });
});
