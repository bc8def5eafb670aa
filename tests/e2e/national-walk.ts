// The screens of #27 (evidence, marks, contribution, national picture, comparison) in one language: each text
// is looked up in that language's locale file, and axe runs on every state. SHOTS=dir keeps screenshots.
import { readFile, writeFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/content/types';
import { contributionText } from '../../src/domain/contribution';
import en from '../../src/i18n/locales/en.json';
import nl from '../../src/i18n/locales/nl.json';
import { contributionOf } from '../support/national-fixture';
import { fillPlaceholders as fill } from '../support/placeholders';
import { readPdf } from '../support/pdf';
import { seed, seededAssessment } from './seed';

/** vue-i18n's plural forms: "none | one | many". */
const plural = (text: string, n: number) => {
  const forms = text.split(' | ');
  return fill(forms[forms.length === 3 ? Math.min(n, 2) : n === 1 ? 0 : 1]!, { n, total: n });
};

export async function walkNationalScreens(
  page: Page,
  locale: Locale,
  check: (screen: string) => Promise<void>,
) {
  const t = locale === 'en' ? en : nl;
  const shots = process.env.SHOTS;
  const scan = seededAssessment('Onderbouwing en landelijk beeld');
  scan.evidence = {
    'mon-afspraken': [
      {
        id: 'e1',
        title: 'Convenant PGA Midden-Nederland',
        version: 'v2.1',
        owner: 'Politie',
        location: 'https://intranet.example/convenant.pdf',
        effective: '2025-01-01',
        reviewBy: '2020-06-01',
      },
    ],
  };
  scan.marks = { 'weg-manier': { reason: 'evidence', text: 'Verslag ontbreekt' } };
  await seed(page, scan);
  await page.goto(page.url().replace(/#.*$/, `#/scan/${scan.id}/resultaten`));
  await page.reload();
  await page.locator('.results').waitFor();
  // Evidence, the review notice and the marked list, in this language.
  await expect(page.getByTestId('marked-list').locator('h2').innerText()).resolves.toBe(
    fill(t.marks.resultsTitle, { n: 1 }),
  );
  await expect(page.getByTestId('review-notice').innerText()).resolves.toContain(
    'Convenant PGA Midden-Nederland',
  );
  await check('results with evidence, marks and a review notice');
  if (shots)
    await page
      .getByTestId('evidence-results')
      .screenshot({ path: `${shots}/evidence-results-${locale}.png` });

  // The contribution: the whole file shown before it is saved.
  await page.getByRole('button', { name: t.national.contribute.open }).click();
  await page.getByLabel(t.national.band['50k-100k']).check();
  const preview = page.getByRole('region', { name: t.national.contribute.previewTitle });
  await expect(preview.innerText()).resolves.toContain('"sizeBand": "50k-100k"');
  await check('contribution preview');
  if (shots) await page.screenshot({ path: `${shots}/contribution-${locale}.png`, fullPage: true });
  await page.getByRole('button', { name: t.national.contribute.cancel }).click();

  // The national picture from six contributions and one file that is not one.
  await page.getByRole('link', { name: t.app.nationalLink }).click();
  await page.getByRole('heading', { level: 1, name: t.national.title }).waitFor();
  // The scan's review notice stays with the scan's screens.
  expect(await page.getByTestId('review-notice').count()).toBe(0);
  await check('national picture, empty');
  await page.locator('#national-files').setInputFiles([
    ...[1, 2, 3, 4, 5, 6].map((i) => ({
      name: `regio-${i}.pga-bijdrage.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(contributionText(contributionOf(i))),
    })),
    { name: 'kapot.pga-bijdrage.json', mimeType: 'application/json', buffer: Buffer.from('{') },
  ]);
  await page.getByTestId('national-summary').getByText(plural(t.national.readSummary, 6)).waitFor();
  await expect(page.getByTestId('national-refused').innerText()).resolves.toContain(
    fill(t.national.refused, { file: 'kapot.pga-bijdrage.json', reason: t.national.error['not-json'] }),
  );
  await expect(page.locator('.national__table').first().locator('th').first().isVisible()).resolves.toBe(
    true,
  );
  await check('national picture with six contributions');
  if (shots) await page.screenshot({ path: `${shots}/national-${locale}.png`, fullPage: true });
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: t.national.export }).click();
  const file = await event;
  const benchmark = await readFile((await file.path())!, 'utf8');

  // Comparing: the scan's steps beside the median and the quartiles of the six.
  await page.goto(page.url().replace(/#.*$/, `#/scan/${scan.id}/resultaten`));
  await page.locator('.results').waitFor();
  await page.locator('#benchmark-file').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(benchmark),
  });
  const table = page.getByTestId('benchmark-table');
  await table.waitFor();
  const positions = await table.locator('tbody tr td:last-child').allInnerTexts();
  const phrases = ['above', 'middle', 'below'] as const;
  const allowed = phrases.map((p) => fill(t.national.compare[p], { n: 6 }));
  for (const position of positions) expect([...allowed, t.national.tooFew]).toContain(position);
  expect(positions.some((p) => allowed.includes(p))).toBe(true);
  await check('results compared with the national picture');
  if (shots)
    await page.getByTestId('benchmark-table').screenshot({ path: `${shots}/benchmark-${locale}.png` });

  // The report carries the comparison, in this language, with how many regions it rests on.
  const pdfEvent = page.waitForEvent('download');
  await page.getByRole('button', { name: t.plan.exportPdf }).click();
  const pdfFile = await pdfEvent;
  const bytes = await readFile((await pdfFile.path())!);
  if (shots) await writeFile(`${shots}/report-${locale}.pdf`, bytes);
  const text = (await readPdf(new Uint8Array(bytes))).all.replace(/\s+/g, ' ');
  expect(text).toContain(t.national.report.title);
  const [rests] = fill(t.national.report.intro, { n: 6, date: '' }).split('. ');
  expect(text).toContain(`${rests}.`);
}
