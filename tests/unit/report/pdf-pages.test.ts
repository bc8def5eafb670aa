// @vitest-environment node
// The page rules of the PDF report, read back from the file: no page but the last less than a third full,
// no table leaving fewer than three rows alone at the top or the foot of a page, small tables whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/content/types';
import type { Assessment } from '../../../src/domain/types';
import type { Edition } from '../../../src/report/document/document-types';
import { makeDocument, makePdf } from '../../support/pdf';
import { pageFill, pageRuleBreaches, placeTables, readLines } from '../../support/pdf-layout';
import { councilScan, yearlyScans } from '../../support/report-fixture';
import { seededAssessment } from '../../e2e/seed';

const chartImage = `data:image/jpeg;base64,${readFileSync('tests/fixtures/chart.jpg').toString('base64')}`;

async function layout(scan: Assessment, locale: Locale, edition: Edition, series: Assessment[] = []) {
  const pages = await readLines(makePdf(scan, locale, { edition, chartImage, series }));
  const report = makeDocument(scan, locale, edition, series);
  return { pages, report, tables: placeTables(pages, report), breaches: pageRuleBreaches(pages, report) };
}

// A real group's scan: a session, 21 actions, and now and then "don't know" or "not applicable". Before
// these rules its council edition took 6 pages in Dutch, one of them holding a single row of the scores.
const scan = councilScan({ session: true, actions: 21, uncertain: true });

describe.each(['nl', 'en'] as const)('the pages of the report (%s)', (locale) => {
  it('the council edition of a full scan with 21 actions: at most 5 pages, each rule kept', async () => {
    const { pages, tables, breaches } = await layout(scan, locale, 'council');
    expect(pages.length).toBeLessThanOrEqual(5);
    expect(breaches).toEqual([]);
    const scores = tables[0]!;
    expect(scores.rows).toBe(9);
    expect(scores.pages).toEqual([{ page: 3, rows: 9 }]);
    // The plan fills its page and leaves at least three rows for the next, above the method.
    const plan = tables[1]!;
    expect(plan.rows).toBe(21);
    expect(plan.pages.length).toBe(2);
    expect(Math.min(...plan.pages.map((p) => p.rows))).toBeGreaterThanOrEqual(3);
  });

  it('the full report of the same scan keeps the same rules, appendix included', async () => {
    const { pages, tables, breaches } = await layout(scan, locale, 'full');
    // The appendix lists every question with its note: 57 in 2024.2, 65 in 2024.3, 60 since 2024.4.
    // 16: the session appendix now holds the steps per domain and the partners’ notes (issue 23).
    expect(pages.length).toBeLessThanOrEqual(16);
    expect(breaches).toEqual([]);
    // The appendix's 21 answer tables were found, and so checked, as well as the scores, plan and scale.
    // 27 since the session appendix lists the steps per domain and the partners’ notes.
    expect(tables.length).toBe(27);
  });

  it.each([
    [1, false],
    [12, true],
    [17, true],
    [18, false],
    [19, true],
    [23, true],
    [26, false],
    [40, true],
  ] as const)('keeps the rules with %i actions (session: %s)', async (actions, session) => {
    const { pages, breaches } = await layout(
      councilScan({ session, actions, uncertain: true }),
      locale,
      'council',
    );
    expect(breaches).toEqual([]);
    expect(pages.length).toBeLessThanOrEqual(actions <= 21 ? 5 : 7);
  });

  it('keeps the rules with the trend of three yearly scans', async () => {
    const series = yearlyScans(3, { actions: 21 });
    for (const edition of ['council', 'full'] as const) {
      const { breaches } = await layout(series[2]!, locale, edition, series);
      expect(breaches, edition).toEqual([]);
    }
  });

  it('puts the scores under the summary when both fit on one page', async () => {
    // A scan just begun: a summary of a few lines.
    const begun = { ...seededAssessment('Zelfscan PGA 2026'), answers: {}, actions: [] };
    const { pages } = await layout(begun, locale, 'council');
    const second = pages[1]!.map((l) => l.text);
    expect(second).toContain(locale === 'nl' ? 'Samenvatting' : 'Summary');
    expect(second).toContain(locale === 'nl' ? 'Scores per stap' : 'Scores per step');
    expect(pageFill(pages)[1]).toBeGreaterThan(0.5);
  });
});
