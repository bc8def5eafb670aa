import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { CHECKLIST } from '../../src/content/pga-2024';
import { CONTENT_VERSION } from '../../src/content/version';
import { contributionText, parseContribution, type Contribution } from '../../src/domain/contribution';
import { parseBenchmark } from '../../src/domain/benchmark';
import { combine, compareSteps, isShown, toEntry } from '../../src/domain/national';
import { buildResults } from '../../src/domain/results';
import { exportFile } from '../../src/domain/file-format';
import { formatScore } from '../../src/i18n/format';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';
import { contributionOf } from '../support/national-fixture';
import { readPdf } from '../support/pdf';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
/** A date as the app writes it in Dutch, e.g. 28 november 2026. */
const DATE = /\d+ \w+ \d{4}/;
const json = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const event = page.waitForEvent('download');
  await click();
  const file = await event;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('the national picture, from files alone', () => {
  it('exports a contribution, combines six with a duplicate, and compares a scan with the benchmark in the PDF', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const scan = seededAssessment('Zelfscan Regio Utrecht 2026');
    await seed(page, scan);
    await page.reload();
    await page.evaluate((id) => (location.hash = `#/scan/${id}/resultaten`), scan.id);
    await page.locator('.results').waitFor();

    // 1. The contribution: the whole file is shown before saving, and the saved file is exactly that text.
    await page.getByRole('button', { name: nl('national.contribute.open') }).click();
    await expect(
      page.getByRole('button', { name: nl('national.contribute.save') }).isDisabled(),
    ).resolves.toBe(true);
    await page.getByLabel(nl('national.band.50k-100k')).check();
    const preview = page.getByRole('region', { name: nl('national.contribute.previewTitle') });
    const shown = await preview.innerText();
    expect(await axeViolations(page)).toEqual([]);
    const saved = await download(page, () =>
      page.getByRole('button', { name: nl('national.contribute.save') }).click(),
    );
    expect(saved.text).toBe(shown);
    expect(saved.name).toMatch(/^bijdrage-2026-[0-9a-f]{6}\.pga-bijdrage\.json$/);
    const read = parseContribution(saved.text, saved.text.length);
    expect(read.ok).toBe(true);
    const own = (read as { contribution: Contribution }).contribution;
    expect(own).toMatchObject({ year: 2026, sizeBand: '50k-100k', contentVersion: CHECKLIST.version });
    for (const secret of ['Utrecht', nl('report.note'), 'Afspraken over monitoren', 'Gemeente OOV'])
      expect(saved.text).not.toContain(secret);
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('national.contribute.saved', { file: saved.name }) })
      .waitFor();

    // 2. Combining: six contributions (one of an older checklist), one of them twice, and a scan file.
    const others = [1, 2, 3, 4, 5].map((i) => contributionOf(i));
    others[4] = { ...others[4]!, contentVersion: '2024.2' };
    await page.getByRole('link', { name: nl('app.nationalLink') }).click();
    await page.getByRole('heading', { level: 1, name: nl('national.title') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .locator('#national-files')
      .setInputFiles([
        json(saved.name, saved.text),
        ...others.map((c, i) => json(`regio-${i + 1}.pga-bijdrage.json`, contributionText(c))),
        json('regio-1-nogmaals.pga-bijdrage.json', contributionText(others[0]!)),
        json('zelfscan.pgascan.json', exportFile(scan, new Date())),
      ]);
    const summary = page.getByTestId('national-summary');
    await summary.getByText(nl('national.readSummary', { n: 6, total: 6 })).waitFor();
    await summary.getByText(nl('national.duplicates', { n: 1 })).waitFor();
    await summary.getByText(nl('national.upgraded', { n: 1, version: CONTENT_VERSION })).waitFor();
    await expect(page.getByTestId('national-refused').innerText()).resolves.toContain(
      'zelfscan.pgascan.json: Dit is geen bijdrage aan het landelijk beeld.',
    );
    await expect(page.getByTestId('national-count').innerText()).resolves.toBe(
      nl('national.count', { n: 6 }),
    );
    const entries = [own, ...others].map((c) => toEntry(c, CHECKLIST)!);
    const picture = combine(entries, CHECKLIST, { year: null, sizeBand: null });
    for (const section of CHECKLIST.sections) {
      const group = picture.steps[section.id];
      const cells = await page.locator(`.national__table tr[data-id="${section.id}"] td`).allInnerTexts();
      if (!isShown(group)) expect(cells).toEqual([nl('national.tooFew')]);
      else
        expect(cells.map((c) => c.trim())).toEqual([
          String(group.n),
          formatScore(group.q1, 'nl'),
          formatScore(group.median, 'nl'),
          formatScore(group.q3, 'nl'),
          ...group.levels.map((count) => (count === null ? nl('national.hidden') : String(count))),
        ]);
    }
    expect(await axeViolations(page)).toEqual([]);
    // One size band has fewer than five: nothing of it is shown.
    await page.getByLabel(nl('national.size')).selectOption({ label: nl('national.band.gt250k') });
    await page.getByText(nlPattern('national.tooFewAll')).waitFor();
    await expect(page.locator('.national__table').count()).resolves.toBe(0);
    await page.getByLabel(nl('national.size')).selectOption({ label: nl('national.allSizes') });

    // 3. The benchmark file carries the picture, its date and n.
    const bench = await download(page, () =>
      page.getByRole('button', { name: nl('national.export') }).click(),
    );
    expect(bench.name).toMatch(/^landelijk-beeld-\d{4}-\d{2}-\d{2}\.pga-benchmark\.json$/);
    const benchmark = parseBenchmark(bench.text, bench.text.length);
    expect(benchmark.ok).toBe(true);
    if (!benchmark.ok) return;
    expect(benchmark.benchmark).toMatchObject({ n: 6, steps: picture.steps, points: picture.points });

    // 4. Comparing on the scan's results: a contribution is refused, the benchmark is shown beside the scores.
    await page.evaluate((id) => (location.hash = `#/scan/${id}/resultaten`), scan.id);
    await page.locator('.results').waitFor();
    await page.locator('#benchmark-file').setInputFiles(json(saved.name, saved.text));
    await page
      .getByRole('alert')
      .filter({ hasText: nlPattern('national.compare.error.contribution') })
      .waitFor();
    await page.locator('#benchmark-file').setInputFiles(json(bench.name, bench.text));
    await expect(page.getByTestId('benchmark-about').innerText()).resolves.toMatch(
      new RegExp(`^${nlPattern('national.compare.about', { n: 6, date: DATE }).source}$`),
    );
    const rows = compareSteps(buildResults(CHECKLIST, scan).sections, benchmark.benchmark.steps);
    const positions = await page
      .locator('[data-testid="benchmark-table"] tbody tr td:last-child')
      .allInnerTexts();
    expect(positions).toEqual(
      rows.map((r) =>
        !isShown(r.group) ? nl('national.tooFew') : nl(`national.compare.${r.position!}`, { n: r.group.n }),
      ),
    );
    expect(await axeViolations(page)).toEqual([]);
    // Kept in this browser, not in the scan: it is there after a reload.
    await page.reload();
    await page.getByTestId('benchmark-table').waitFor();

    // 5. The PDF has a comparison section that says how many regions and when the benchmark was made.
    const pdfFile = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('plan.exportPdf') }).click();
    const pdf = await readPdf(new Uint8Array(await readFile((await (await pdfFile).path())!)));
    const text = pdf.all.replace(/\s+/g, ' ');
    expect(text).toContain(nl('national.report.title'));
    expect(text).toMatch(nlPattern('national.report.intro', { n: 6, date: DATE }));
    for (const position of positions) expect(text).toContain(position);

    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
