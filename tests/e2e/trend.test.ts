import { describe, expect, it } from 'vitest';
import { levels, NOT_OPENHEID, trendAction, WEG_SYSTEMATISCH } from '../support/trend-fixture';
import { CHECKLIST } from '../../src/content/pga-2024';
import type { Level } from '../../src/content/types';
import { createAssessment } from '../../src/domain/assessment';
import type { Action, AnswerValue, Assessment } from '../../src/domain/types';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession, screenRendered } from './browser';
import { seed } from './seed';
import { readFile } from 'node:fs/promises';
import { readPdf } from '../support/pdf';
import { en, nl } from '../support/ui';

const browser = useBrowser();
const OPENHEID_TITLE = CHECKLIST.sections
  .flatMap((s) => s.attentionPoints)
  .find((p) => p.id === 'not-openheid')!.title.nl;

function scan(
  year: number,
  sys: Level,
  kennis: Level,
  openheid: AnswerValue,
  wegen: Level,
  actions: Action[],
): Assessment {
  const a = createAssessment(
    { title: `Zelfscan ${year}`, region: 'Regio Utrecht', date: `${year}-11-15` },
    CHECKLIST.version,
    new Date(),
  );
  return {
    ...a,
    answers: {
      ...levels(WEG_SYSTEMATISCH, sys),
      ...levels(['weg-toegerust', 'weg-nieuwe-stromingen'], kennis),
      ...levels(NOT_OPENHEID, openheid),
    },
    targets: { wegen },
    actions,
  };
}

describe('trend over the years', () => {
  it('shows three yearly scans chosen on the start page: scores, ambition, charts, changes and actions', async () => {
    const session = await openSession(browser());
    const { page } = session;
    // §1.2 = mean of its two points: (3 + 3), (4 + 4), (3 + 5) → 3, 4, 4. §1.4: 4, n.v.t., 2.
    const scans = [
      scan(2024, 3, 3, 4, 4, [trendAction('a', 'in-progress'), trendAction('b', 'open')]),
      scan(2025, 4, 4, 'na', 4, [trendAction('a', 'done'), trendAction('b', 'open')]),
      scan(2026, 3, 5, 2, 5, [trendAction('b', 'in-progress')]),
    ];
    for (const s of scans) await seed(page, s);
    // Reload, so the start page reads the library as a returning user's browser would.
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await page.reload();
    await page.getByRole('heading', { name: nl('trend.pickTitle') }).waitFor();
    await page.getByRole('button', { name: nl('trend.show') }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: nl('trend.chooseTwo') })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    for (const s of [...scans].reverse()) await page.getByLabel(new RegExp(`^${s.title} `)).check();
    await page.getByRole('button', { name: nl('trend.show') }).click();

    await page.getByRole('heading', { level: 1, name: nl('trend.title') }).waitFor();
    // The trend renders block by block; the tables below the summary come in later tasks.
    await screenRendered(page);
    await expect(page.getByTestId('trend-summary').innerText()).resolves.toBe(
      nl('trend.summary', {
        n: 3,
        first: '15 november 2024',
        last: '15 november 2026',
        from: '3,5',
        to: '3,0',
      }),
    );
    const row = page.getByTestId('trend-table').getByRole('row', { name: /§1\.2/ });
    await expect(row.locator('td').allInnerTexts()).resolves.toEqual([
      '3,0 · ambitie 4',
      '4,0 · ambitie 4',
      '4,0 · ambitie 5',
    ]);
    // Distance to the ambition for §1.2: 4 − 3 = 1 in 2024, 5 − 4 = 1 in 2026.
    await expect(
      page.getByTestId('trend-gaps').getByRole('row', { name: /§1\.2/ }).locator('td').allInnerTexts(),
    ).resolves.toEqual(['5', '1,0', '1,0', nl('trend.direction.same')]);
    const openheid = page.getByTestId('trend-table').getByRole('row', { name: /§1\.4/ });
    await expect(openheid.locator('td').allInnerTexts()).resolves.toEqual(['4,0', '–', '2,0']);
    // One line chart per step, drawn.
    await expect(page.locator('.chart--trend canvas').count()).resolves.toBe(CHECKLIST.sections.length);
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.chart--trend canvas');
      // Drawn once it comes near the screen.
      canvas?.scrollIntoView({ block: 'center' });
      const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; data && i < data.length; i += 4) if (data[i]! > 0) n++;
      return n > 500;
    });
    // First to last: weg-kennis rose by 2; §1.4's point was n.v.t. in 2025, so between the last two it is not a change.
    await expect(page.locator('.trend__changes').first().innerText()).resolves.toContain(
      'Kennis van stromingen: 3,0 → 5,0 (+2,0)',
    );
    const lastTwo = page.locator('.trend__changes').nth(1);
    await expect(lastTwo.getByRole('heading', { name: nl('trend.notCompared') }).count()).resolves.toBe(1);
    await expect(lastTwo.locator('ul li').allInnerTexts()).resolves.toEqual([
      `§1.4 ${OPENHEID_TITLE}: geen score in de eerdere scan (niet beantwoord, n.v.t. of toen nog geen vraag)`,
    ]);
    // Points nobody scored in either year are not listed at all; from first to last, nothing is left out.
    await expect(
      page.locator('.trend__changes').first().getByText(nl('trend.notCompared')).count(),
    ).resolves.toBe(0);
    await expect(
      page
        .getByTestId('trend-actions')
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' '))),
    ).resolves.toEqual([
      'Zelfscan 2024 (15 november 2024) 1 1 0 Actie b',
      'Zelfscan 2025 (15 november 2025) 1 1 0 Actie b',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en('trend.title') }).waitFor();
    await expect(page.getByTestId('trend-summary').innerText()).resolves.toBe(
      en('trend.summary', {
        n: 3,
        first: '15 November 2024',
        last: '15 November 2026',
        from: '3.5',
        to: '3.0',
      }),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('puts the trend in the report of the last of three chained follow-ups, exported from its plan', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const chain = [scan(2024, 3, 3, 4, 4, []), scan(2025, 4, 4, 'na', 4, []), scan(2026, 3, 5, 2, 5, [])];
    chain.forEach((s, i) => {
      const before = chain[i - 1];
      if (before)
        s.baseline = {
          id: before.id,
          title: before.title,
          date: before.date,
          answers: {},
          targets: {},
          actions: [],
        };
    });
    for (const s of chain) await seed(page, s);
    // Straight to the plan after a reload: the export reads the library itself.
    await page.goto(page.url().replace(/#.*$/, `#/scan/${chain[2]!.id}/plan`));
    await page.reload();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('plan.exportPdf') }).click();
    const pdf = await readPdf(new Uint8Array(await readFile((await (await download).path())!)));
    expect(pdf.all.replace(/\s+/g, ' ')).toContain(
      `${nl('trend.title')} ${nl('trend.summary', { n: 3, first: '15 nov 2024', last: '15 nov 2026', from: '3,5', to: '3,0' })}`,
    );
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
