import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession, showWholeAgenda } from './browser';
import { seed } from './seed';
import { sessionScan } from '../support/session-fixture';
import { readPdf } from '../support/pdf';
import { storedScans } from './stored';
import type { AnswerValue, Assessment } from '../../src/domain/types';
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
const rowIds = (page: import('playwright-core').Page) =>
  page.locator('.agenda__item').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-question-id')));

describe('the facilitator’s agenda', () => {
  it('orders, trims, takes off, puts back and adds questions; the presentation and the exported agenda follow', async () => {
    const s = await openSession(browser());
    const { page } = s;
    const a = sessionScan(5);
    a.participants[0]!.name = 'A. Agent';
    // Five questions on which every partner says 3: off the agenda, so there is something to add.
    const calm = allQuestions(CHECKLIST)
      .slice(0, 5)
      .map((r) => r.question.id);
    a.workshop.sources = a.workshop.sources.map((src) => ({
      ...src,
      answers: { ...src.answers, ...Object.fromEntries(calm.map((id): [string, AnswerValue] => [id, 3])) },
    }));
    await seed(page, a);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/werksessie`));
    // The session screen renders its agenda a few rows at a time; the session record comes last.
    await page.locator('#minutes-title').waitFor();
    // The first ten rows; the rest when asked, with focus on the first new row (issue 25: 60 rows at once blocked
    // a slow laptop).
    await expect(rowIds(page)).resolves.toHaveLength(10);
    await page.locator('.agenda__more').click();
    await expect.poll(() => rowIds(page).then((ids) => ids.length)).toBeGreaterThan(10);
    await expect(
      page.evaluate(() =>
        [...document.querySelectorAll('input.agenda__tick')].indexOf(document.activeElement!),
      ),
    ).resolves.toBe(10);
    const all = await rowIds(page);

    // The first ten, ordered by the gap between the domains.
    await page.getByLabel(nl('agenda.order')).selectOption('gap');
    await page.getByLabel(nl('agenda.top')).selectOption('10');
    await expect.poll(() => rowIds(page)).toHaveLength(10);
    await page.getByText(nl('agenda.summaryHidden', { n: all.length - 10 })).waitFor();
    const top = await rowIds(page);

    // Untick the first: it leaves, the eleventh moves up, focus stays in the table, and it can be put back.
    const first = top[0]!;
    await page.locator('input.agenda__tick').first().click();
    await expect.poll(() => rowIds(page)).not.toContain(first);
    await expect(rowIds(page)).resolves.toHaveLength(10);
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('agenda__tick') === true),
    ).resolves.toBe(true);
    await page.getByText(nl('agenda.removedTitle', { n: 1 })).click();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: new RegExp(`^${nlPattern('agenda.putBackNamed').source}`) })
      .click();
    await expect.poll(() => rowIds(page)).toEqual(top);

    // Take it off again, and put a question without disagreement on.
    await page.locator('input.agenda__tick').first().click();
    const add = page.getByLabel(nl('agenda.addLabel'));
    const option = await add.locator('option').nth(1).getAttribute('value');
    await add.selectOption(option!);
    await page.getByRole('button', { name: nl('agenda.add'), exact: true }).click();
    await page.getByLabel(nl('agenda.top')).selectOption('');
    await expect.poll(() => rowIds(page)).toContain(option);

    // The choice is saved with the scan and survives a reload.
    const texts = await storedScans(page);
    const saved = (JSON.parse(texts[a.id] ?? '{}') as Assessment).workshop.agenda;
    expect(saved).toMatchObject({ order: 'gap', top: null, removed: [first], added: [option] });
    await page.reload();
    // The session screen renders its agenda a few rows at a time; the session record comes last.
    await page.locator('#minutes-title').waitFor();
    await showWholeAgenda(page);
    const agenda = await rowIds(page);
    expect(agenda).not.toContain(first);
    expect(agenda).toContain(option);

    // The presentation of the agenda walks the same questions in the same order.
    await page.getByRole('link', { name: nl('workshop.toPresentation') }).click();
    await page.locator('.presentation').waitFor();
    await expect(page.locator('.presentation').getAttribute('data-question-id')).resolves.toBe(agenda[0]);
    await page.goBack();
    // The session screen renders its agenda a few rows at a time; the session record comes last.
    await page.locator('#minutes-title').waitFor();

    // One step only.
    await page.getByLabel(nl('agenda.section')).selectOption('wegen');
    const wegen = await rowIds(page);
    expect(wegen.length).toBeGreaterThan(0);
    expect(wegen.every((id) => agenda.includes(id))).toBe(true);
    await page.getByLabel(nl('agenda.section')).selectOption('');

    // The agenda to send beforehand: the same questions in the same order, and no personal names.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('agenda.pdf') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/-agenda\.pdf$/);
    const pdf = await readPdf(new Uint8Array(await readFile((await file.path())!)));
    const text = pdf.all.replace(/\s+/g, ' ');
    expect(text).toContain(nl('agenda.doc.intro', { n: agenda.length }));
    expect(text).not.toContain('A. Agent');
    const positions = await Promise.all(
      agenda.slice(0, 5).map(async (id) => {
        const q = (
          await page.locator(`.agenda__item[data-question-id="${id}"] .agenda__question`).innerText()
        )
          .replace(/\s+/g, ' ')
          .slice(0, 40);
        return text.indexOf(q);
      }),
    );
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
