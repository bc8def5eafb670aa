import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHECKLIST } from '../../src/content/pga-2024';
import { readPdf } from '../support/pdf';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession, waitForPainted } from './browser';
import { storedScans } from './stored';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
const LABELS = [
  '1 Ontbreekt',
  '2 Ad hoc',
  '3 Afgesproken',
  '4 Vastgelegd en toegepast',
  '5 Geborgd en geëvalueerd',
  'Weet niet',
  'N.v.t.',
];
const squash = (s: string) => s.replace(/\s+/g, ' ');
const scanData = async (page: Page) =>
  Object.values(await storedScans(page)).map((raw) => JSON.parse(raw) as unknown);

describe('the whole journey of a new user', () => {
  it('goes from an empty browser to a PDF and back again through a file, with nothing sent anywhere', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const axe = async (screen: string) =>
      expect({ screen, v: await axeViolations(page) }).toEqual({ screen, v: [] });
    await axe('start');
    await page.getByRole('link', { name: nl('home.newScan') }).click();
    await page.getByLabel(nl('newScan.fieldTitle')).fill('Zelfscan PGA Regio Midden 2026');
    await page.getByLabel(nl('newScan.fieldRegion')).fill('Zorg- en Veiligheidshuis Regio Midden');
    await axe('new');
    await page.getByRole('button', { name: nl('newScan.submit') }).click();

    // Every question of every step, with some weet niet and n.v.t.
    let n = 0;
    for (const section of CHECKLIST.sections) {
      await page.getByRole('heading', { level: 1, name: `§${section.ref} ${section.title.nl}` }).waitFor();
      for (const q of section.attentionPoints.flatMap((p) => p.questions)) {
        await page
          .locator(`[data-question-id="${q.id}"]`)
          .getByLabel(LABELS[n % LABELS.length]!, { exact: true })
          .check();
        n++;
      }
      await page
        .locator(`#q-${section.attentionPoints[0]!.questions[0]!.id}-note`)
        .fill(`Notitie bij §${section.ref}: één “afspraak”`);
      await axe(`step ${section.ref}`);
      await page.locator('.pager__next').click();
    }
    expect(n).toBe(61);

    // Dashboard with targets.
    await page.getByRole('heading', { level: 1, name: nl('results.title') }).waitFor();
    await page
      .getByLabel(nl('results.targetFor', { ref: '1.7', title: 'Monitoren en afsluiten' }))
      .selectOption('4');
    await page.getByLabel(nl('results.targetFor', { ref: '2.1', title: 'Samenwerking' })).selectOption('5');
    expect(await waitForPainted(page, '.chart--radar canvas')).toBeGreaterThanOrEqual(1000);
    await expect(page.getByTestId('summary-sentence').innerText()).resolves.toContain(
      'op basis van 61 van 61 vragen',
    );
    const summary = await page.getByTestId('summary-sentence').innerText();
    await axe('results');

    // Plan: adopt suggestions, add one of our own.
    await page.getByRole('link', { name: nl('plan.toPlan') }).click();
    await page.getByRole('heading', { level: 1, name: nl('plan.title') }).waitFor();
    const adopt = page.getByRole('button', { name: new RegExp(`^${nlPattern('plan.adopt').source}:`) });
    const firstTitle = (await adopt.first().getAttribute('aria-label'))!.replace(`${nl('plan.adopt')}: `, '');
    await adopt.first().click();
    await adopt.first().click();
    await page.getByRole('button', { name: nl('plan.addOwn') }).click();
    await page.keyboard.type('Jaarlijkse evaluatie met alle partners plannen');
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    await axe('plan');

    // The full report as PDF, read back.
    await page.getByRole('radio', { name: nl('report.edition.full') }).check();
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('plan.exportPdf') }).click();
    const pdf = await readPdf(new Uint8Array(await readFile((await (await pdfDownload).path())!)));
    const text = squash(pdf.all);
    for (const s of CHECKLIST.sections) expect(text).toContain(`§${s.ref} ${s.title.nl}`);
    expect(text).toContain(firstTitle);
    expect(text).toContain('Jaarlijkse evaluatie met alle partners plannen');
    expect(text).toContain('Notitie bij §2.2: één “afspraak”');
    expect(pdf.pages[0]).toContain('Zelfscan PGA Regio Midden 2026');

    // JSON export, remove everything, import: as before.
    await page.getByRole('link', { name: nl('nav.home') }).click();
    await page.locator('.scan-list').waitFor();
    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('home.export'), exact: true }).click();
    const file = await (await jsonDownload).path();
    // The export is the scan's backup now; the file carries that time too.
    await page.getByText(nl('backup.last', { when: 'vandaag' })).waitFor();
    const before = await scanData(page);
    await page.getByRole('button', { name: nl('clearAll.button') }).click();
    await axe('remove-all dialog');
    await page.getByRole('button', { name: nl('clearAll.confirm') }).click();
    await page.getByText(nl('home.noScans')).waitFor();
    expect(await scanData(page)).toEqual([]);
    await page.locator('#import-file').setInputFiles(file!);
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('import.imported') })
      .waitFor();
    expect(await scanData(page)).toEqual(before);
    await page.locator('.scan-list__link').click();
    await page.getByRole('link', { name: nl('results.toResults') }).click();
    await expect(page.getByTestId('summary-sentence').innerText()).resolves.toBe(summary);
    await axe('results after import');

    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
    // The longest journey (every step, charts scrolled into view, PDF, file round trip): past 150 s beside a
    // second browser on two cores.
  }, 300_000);
});
