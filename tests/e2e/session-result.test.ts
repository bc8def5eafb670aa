import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed } from './seed';
import { sessionScan } from '../support/session-fixture';
import { readPdf } from '../support/pdf';
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import type { AnswerValue } from '../../src/domain/types';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
/** Set SHOTS=dir to keep screenshots of the screens this file checks. */
const shots = process.env.SHOTS;
const questions = allQuestions(CHECKLIST).map((r) => r.question.id);

/** Four partners; the first ten questions unanimous at level 3, one question agreed in the room. */
function session() {
  const a = sessionScan(4);
  a.participants[0]!.name = 'A. Agent';
  // Nothing agreed yet but one question: the seed's own answers are the facilitator's, so none here.
  a.answers = {};
  a.workshop.sources = a.workshop.sources.map((s) => ({
    ...s,
    answers: {
      ...s.answers,
      ...Object.fromEntries(questions.slice(0, 10).map((id): [string, AnswerValue] => [id, 3])),
    },
  }));
  a.answers[questions[20]!] = { level: 4, note: 'Casusregie ligt bij de gemeente.' };
  return a;
}

describe('the session result and the partners’ notes', () => {
  it('shows notes in Details and in the presentation, fitting a 1280×720 projector', async () => {
    const s = await openSession(browser());
    const { page } = s;
    const a = session();
    await seed(page, a);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/werksessie`));
    await page.locator('#minutes-title').waitFor(); // the session screen's last stage
    const first = page.locator('.agenda__item').first();
    await first.getByRole('button', { name: new RegExp(`^${nlPattern('workshop.details').source}`) }).click();
    const who = await first.locator('.partner-notes__who').allInnerTexts();
    expect(who).toHaveLength(4);
    expect(who[0]).toBe('Politie Midden-Nederland (Politie)');
    await expect(first.locator('.partner-notes__item').count()).resolves.toBe(4);
    await expect(first.locator('.partner-notes').innerText()).resolves.toContain('Politie Midden-Nederland');
    // Anonymised per domain: the organisations are gone, the notes stay.
    await page.getByRole('radio', { name: nl('sessionResult.notesBy.domain') }).check();
    await expect(first.locator('.partner-notes__who').allInnerTexts()).resolves.toEqual([
      nl('workshop.domains.veiligheid'),
      nl('workshop.domains.sociaal'),
    ]);
    await expect(first.locator('.partner-notes').innerText()).resolves.not.toContain('GGZ Centraal:');
    expect(await axeViolations(page)).toEqual([]);

    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/presentatie/${questions[30]}`));
      // The notes stay open from question to question, so the toggle is pressed only where they are closed.
      if ((await page.getByTestId('notes-toggle').getAttribute('aria-expanded')) === 'false')
        await page.getByTestId('notes-toggle').click();
      const panel = page.locator('.presentation__notes');
      await panel.waitFor();
      await expect(page.getByTestId('notes-toggle').innerText()).resolves.toBe(nl('sessionResult.notesHide'));
      // Large enough for the back of the room, and nothing below the screen's edge.
      // Two frames first: a late resize (the show of hands drawn, the toggle relabelled) may still change how many fit.
      const fit = await page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const items = [...document.querySelectorAll('.presentation__note-item')];
        // What is shown: not inside the closed show of hands, and not for screen readers only.
        const shown = [...document.querySelectorAll<HTMLElement>('.presentation *')].filter(
          (e) => e.checkVisibility({ visibilityProperty: true }) && !e.closest('.visually-hidden'),
        );
        const lowest = Math.max(...shown.map((e) => e.getBoundingClientRect().bottom));
        return {
          shown: items.length,
          size: parseFloat(getComputedStyle(items[0]!).fontSize),
          lowest,
          scroll: document.documentElement.scrollHeight - innerHeight,
        };
      });
      expect(fit.shown).toBeGreaterThanOrEqual(1);
      expect(fit.size).toBeGreaterThanOrEqual(20);
      expect(fit.lowest).toBeLessThanOrEqual(height + 0.5);
      expect(fit.scroll).toBeLessThanOrEqual(0);
      // The rest of the notes are a page on; the cards still set the level.
      const range = page.locator('.presentation__notes-head [role="status"]');
      await expect(range.innerText()).resolves.toMatch(
        new RegExp(`^${nlPattern('sessionResult.notesRange', { from: 1, to: /\d/, total: 4 }).source}$`),
      );
      if (fit.shown < 4) {
        // The page on starts after the last note the range named just before the click.
        const to = Number(/–(\d+)/.exec(await range.innerText())?.[1]);
        expect(to).toBeLessThan(4);
        await panel.getByRole('button', { name: nl('sessionResult.notesNext') }).click();
        await expect(range.innerText()).resolves.toMatch(new RegExp(`^Toelichting ${to + 1}–`));
      }
      // Another card at each size: the same card clicked again would clear the level.
      const card = page.locator('.presentation__card').nth(width === 1280 ? 1 : 2);
      await card.click();
      await page.locator('.presentation__card[aria-pressed="true"]').nth(0).waitFor();
      await expect(card.getAttribute('aria-pressed')).resolves.toBe('true');
      // Pictures for a person to look at only when asked for (SHOTS=dir, as elsewhere): PNGs cost time.
      if (shots) await page.screenshot({ path: `${shots}/sessa-notes-${width}x${height}.png` });
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it('takes over unanimous levels and medians when chosen, says so, and is then not provisional', async () => {
    const s = await openSession(browser());
    const { page } = s;
    const a = session();
    await seed(page, a);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/resultaten`));
    const origins = page.getByTestId('session-origins');
    await expect(origins.innerText()).resolves.toMatch(
      nlPattern('sessionResult.origins', { agreed: 1, unanimous: 0 }),
    );
    await expect(page.getByTestId('overall-score').innerText()).resolves.toMatch(
      new RegExp(nlPattern('results.provisional').source, 'i'),
    );
    await page.getByRole('checkbox', { name: nl('sessionResult.unanimous') }).check();
    await expect(origins.innerText()).resolves.toContain(
      '1 afgesproken in de sessie, 10 overgenomen omdat alle partners het eens waren, 0 mediaan',
    );
    await page
      .getByRole('checkbox', {
        name: nl('sessionResult.median'),
      })
      .check();
    const median = questions.length - 11;
    await expect(origins.innerText()).resolves.toMatch(nlPattern('sessionResult.origins', { median }));
    await expect(page.getByTestId('overall-score').innerText()).resolves.not.toMatch(
      new RegExp(nlPattern('results.provisional').source, 'i'),
    );
    // A line per domain in the radar's table, and the text alternative names both domains.
    const first = page.locator('[data-row-id]').first();
    await expect(first.locator('[data-col="veiligheid"]').innerText()).resolves.toMatch(/^\d,\d$/);
    await expect(first.locator('[data-col="sociaal"]').innerText()).resolves.toMatch(/^\d,\d$/);
    await expect(page.getByTestId('radar-summary').innerText()).resolves.toContain(
      'veiligheidsdomein gemiddeld',
    );
    if (shots) await page.screenshot({ path: `${shots}/sessa-results.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    // The choice is saved with the session.
    await page.reload();
    await expect(
      page.getByRole('checkbox', { name: nl('sessionResult.unanimous') }).isChecked(),
    ).resolves.toBe(true);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it('downloads a session record as PDF and Word with the date, who took part, agreed levels and open points', async () => {
    const s = await openSession(browser());
    const { page } = s;
    const a = session();
    await seed(page, a);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/werksessie`));
    await page.locator('#minutes-title').waitFor(); // the session screen's last stage
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('sessionResult.minutes.button') }).click();
    const pdfFile = await pdfDownload;
    expect(pdfFile.suggestedFilename()).toMatch(/-verslag\.pdf$/);
    const bytes = new Uint8Array(await readFile((await pdfFile.path())!));
    await writeFile('/tmp/sessa-verslag.pdf', bytes);
    const pdf = await readPdf(bytes);
    expect(pdf.numPages).toBeLessThanOrEqual(4);
    const text = pdf.all.replace(/\s+/g, ' ');
    expect(text).toContain(nl('sessionResult.minutes.title'));
    expect(text).toContain('Politie Midden-Nederland');
    expect(text).toContain('A. Agent');
    expect(text).toContain('Casusregie ligt bij de gemeente.');
    expect(text).toContain(nl('sessionResult.minutes.openTitle'));
    await page.getByText(nl('sessionResult.minutes.done')).waitFor();
    const docxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('sessionResult.minutes.buttonWord') }).click();
    const docx = await mammoth.convertToHtml({ path: (await (await docxDownload).path())! });
    expect(docx.value).toContain(nl('sessionResult.minutes.agreedTitle'));
    expect(docx.value).toContain('Casusregie ligt bij de gemeente.');
    expect(docx.value).toContain(nl('sessionResult.minutes.openTitle'));
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
