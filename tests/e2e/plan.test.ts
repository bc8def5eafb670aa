import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { exactScores } from '../support/oracle';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';
import { readPdf } from '../support/pdf';
import mammoth from 'mammoth';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('improvement plan', () => {
  it('adopts, adds, edits and groups actions, and exports CSV and PDF that read back correctly', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = { ...seededAssessment(), actions: [] };
    await seed(page, a);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/plan`));
    await page.getByRole('heading', { level: 1, name: nl('plan.title') }).waitFor();

    // Suggested: every point below level 3, or below its step's ambition, in the report's order.
    const scores = exactScores(CHECKLIST, a.answers);
    const expected = CHECKLIST.sections.flatMap((section, i) =>
      section.attentionPoints
        .filter((point, j) => {
          const v = scores.sections[i]!.points[j]!.value;
          const target = a.targets[section.id];
          return v !== null && (v.n < 3 * v.d || (target !== undefined && v.n < target * v.d));
        })
        .map((point) => point),
    );
    // The plan renders block by block; the suggestions come last.
    await page.locator('.plan__suggestions').waitFor();
    const shown = await page
      .locator('.suggestions__point')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-point-id')));
    expect(shown).toEqual(expected.map((p) => p.id));
    expect(await axeViolations(page)).toEqual([]);

    // Adopt one with one click, dismiss another.
    const template = expected[0]!.suggestedActions[0]!;
    await page.getByRole('button', { name: `Overnemen: ${template.title.nl}` }).click();
    const second = expected[1]!.suggestedActions[0]!;
    await page.getByRole('button', { name: `Niet nu: ${second.title.nl}` }).click();
    await expect(page.locator(`[data-template-id="${template.id}"]`).count()).resolves.toBe(0);
    await expect(page.locator(`[data-template-id="${second.id}"]`).count()).resolves.toBe(0);

    // Edit the adopted action: owner from the partner list, due date, status.
    // The plan is an overview table; an action opens for full editing, with focus in its editor.
    await page.getByRole('button', { name: `Bewerken: ${template.title.nl}` }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toMatch(/^action-.*-title$/);
    const adopted = page.locator('fieldset.action').first();
    await adopted.getByLabel(nl('plan.field.owner')).fill('Politie');
    await adopted.getByLabel(nl('plan.field.due')).fill('2027-03-01');
    await adopted.getByLabel(nl('plan.field.status')).selectOption('in-progress');
    // Closing with Escape returns focus to the row's button; the row shows what was entered.
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
      `Bewerken: ${template.title.nl}`,
    );
    expect(await page.locator('fieldset.action').count()).toBe(0);
    const row = page.locator('.plan-table tr', { hasText: template.title.nl });
    await expect(row.innerText()).resolves.toContain('Politie');
    // Status and priority change in the row itself.
    await row.getByLabel(`Prioriteit: ${template.title.nl}`).selectOption('high');

    // Add an own action; focus lands in its title.
    await page.getByLabel(nl('plan.addFor')).selectOption('geg-dossier');
    await page.getByRole('button', { name: nl('plan.addOwn') }).click();
    await page.keyboard.type('Dossierformat “PGA” invoeren – één format voor ĳ-casussen');
    const own = page.locator('fieldset.action').filter({ hasText: nl('plan.origin.own') });
    await own.getByLabel(nl('plan.group.priority')).selectOption('high');
    await own.getByLabel(nl('plan.field.owner')).fill('Zorg- en Veiligheidshuis');
    // A note that Excel would run as a formula must reach the CSV as text.
    await own.getByLabel(nl('plan.field.description')).fill('=HYPERLINK("http://voorbeeld.invalid";"klik")');

    // Grouping by owner shows both owners as groups.
    await page.getByLabel(nl('plan.groupBy')).selectOption('owner');
    await expect(page.locator('.plan-table__group th').allTextContents()).resolves.toEqual([
      'Politie',
      'Zorg- en Veiligheidshuis',
    ]);
    await page.getByLabel(nl('plan.groupBy')).selectOption('priority');
    await expect(page.locator('.plan-table__group th').allTextContents()).resolves.toEqual(
      // The adopted action was set to high in its row, and our own action is high too.
      [nl('priority.high')],
    );
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // CSV for Dutch Excel.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('plan.exportCsv') }).click();
    const csvFile = await (await csvDownload).path();
    const csv = await readFile(csvFile, 'utf8');
    expect(
      csv.startsWith('\ufeffStap;Aandachtspunt;Actie;Omschrijving;Eigenaar;Gereed op;Prioriteit;Status\r\n'),
    ).toBe(true);
    expect(csv).toContain(
      '"Dossierformat “PGA” invoeren – één format voor ĳ-casussen"'.replace(/^"|"$/g, ''),
    );
    expect(csv).toContain(';Politie;2027-03-01;');
    expect(csv).toContain(`;"'=HYPERLINK(""http://voorbeeld.invalid"";""klik"")";Zorg- en Veiligheidshuis;`);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);

    // A logo for the cover: a broken file is refused with a message, a real one is kept.
    await page.locator('#logo-file').setInputFiles('tests/fixtures/not-an-image.png');
    await page
      .getByRole('alert')
      .filter({ hasText: nl('plan.logoWrongType') })
      .waitFor();
    await page.locator('#logo-file').setInputFiles('tests/fixtures/logo.png');
    await page.getByRole('img', { name: nl('plan.logoAlt') }).waitFor();

    // PDF, read back.
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('plan.exportPdf') }).click();
    const download = await pdfDownload;
    expect(download.suggestedFilename()).toBe('zelfscan-pga-2026-2026-11-28.pdf');
    const bytes = new Uint8Array(await readFile(await download.path()));
    const pdf = await readPdf(bytes);
    // Two images: the radar chart and the logo on the cover.
    expect(new TextDecoder('latin1').decode(bytes).match(/\/Subtype \/Image/g)).toHaveLength(2);
    const text = squash(pdf.all);
    expect(text).toContain('Dossierformat “PGA” invoeren – één format voor ĳ-casussen');
    expect(text).toContain(template.title.nl);
    expect(text).toContain(nl('report.page', { n: pdf.numPages, total: pdf.numPages }));
    await page
      .getByRole('status')
      .filter({ hasText: nl('plan.pdfDone') })
      .waitFor();

    // The full report as Word: the edition is chosen where the user exports.
    await page.getByRole('radio', { name: nl('report.edition.full') }).check();
    const docxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('plan.exportDocx') }).click();
    const word = await docxDownload;
    expect(word.suggestedFilename()).toBe('zelfscan-pga-2026-2026-11-28-volledig.docx');
    const { value: html } = await mammoth.convertToHtml({ path: (await word.path())! });
    expect(html).toContain(`<h1>${nl('report.findingsTitle')}</h1>`);
    expect(html).toContain('Dossierformat “PGA” invoeren – één format voor ĳ-casussen');
    expect(html).toMatch(/<img alt="Radardiagram van de score per stap[^"]*" src="data:image\/jpeg;base64,/);
    await page
      .getByRole('status')
      .filter({ hasText: nl('plan.docxDone') })
      .waitFor();

    // The printable page follows the same choice and structure, and can switch edition.
    await page.getByRole('link', { name: nl('plan.printable') }).click();
    await page.getByRole('heading', { level: 2, name: nl('plan.title') }).waitFor();
    await expect(page.locator('.report').innerText()).resolves.toContain('Dossierformat “PGA” invoeren');
    const parts = () => page.locator('h2.report__part').allInnerTexts();
    await expect(parts()).resolves.toEqual([
      nl('report.summaryTitle'),
      nl('report.scoresTitle'),
      nl('report.planTitle'),
      nl('report.methodTitle'),
      nl('report.findingsTitle'),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: nl('report.edition.council') }).check();
    await page
      .getByRole('heading', { level: 2, name: nl('report.findingsTitle') })
      .waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('editie=');
    await expect(parts()).resolves.toHaveLength(4);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
