import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf';
import mammoth from 'mammoth';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, waitForPainted } from './browser';
import { storedScans } from './stored';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
const FILE = resolve('dist-single/pga-zelfscan.html');

describe('the single self-contained file, opened from disk', () => {
  it('works from file:// with no network: scan, charts, PDF, and data kept on reload', async () => {
    const context = await browser().newContext({ acceptDownloads: true, offline: true });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    context.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    context.on('weberror', (e) => errors.push(e.error().message));
    const page = await context.newPage();
    await page.goto(pathToFileURL(FILE).href);
    await page.getByRole('heading', { level: 1, name: nl('home.title') }).waitFor();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(
      /script-src 'sha256-[^']+'; style-src 'sha256-[^']+'/,
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: nl('home.newScan') }).click();
    await page.getByLabel(nl('newScan.fieldTitle')).fill('Laptop zonder netwerk');
    await page.getByLabel(nl('newScan.fieldRegion')).fill('Gemeente Zeist');
    await page.getByRole('button', { name: nl('newScan.submit') }).click();
    await page.locator('[data-question-id="sig-structuur-helder"]').getByLabel('2 Ad hoc').check();
    await page.locator('#q-sig-structuur-helder-note').fill('Werkt ook van een USB-stick – “ë”');
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    await page.reload();
    await page.locator('.walk').waitFor();
    expect(await page.locator('#q-sig-structuur-helder-note').inputValue()).toBe(
      'Werkt ook van een USB-stick – “ë”',
    );
    // Kept in IndexedDB, which file:// pages have too; localStorage held it only until IndexedDB committed.
    const kept = Object.values(await storedScans(page));
    expect(kept.join()).toContain('Werkt ook van een USB-stick');
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':assessment:'))))
      .toEqual([]);

    await page.getByRole('link', { name: nl('results.toResults') }).click();
    expect(await waitForPainted(page, '.chart--radar canvas')).toBeGreaterThanOrEqual(1000);
    await page.getByRole('radio', { name: nl('report.edition.full') }).check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('plan.exportPdf') }).click();
    const pdf = await readPdf(new Uint8Array(await readFile((await (await download).path())!)));
    expect(pdf.all.replace(/\s+/g, ' ')).toContain('Werkt ook van een USB-stick – “ë”');
    // The Word file too: the docx library is inside the one file as well.
    const word = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('plan.exportDocx') }).click();
    const { value: html } = await mammoth.convertToHtml({ path: (await (await word).path())! });
    expect(html).toContain('Werkt ook van een USB-stick – “ë”');

    const outside = requests.filter((u) => !/^(file|data|blob):/.test(u));
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
