// The core journey in Firefox ESR, as on municipal laptops that do not run Edge. Playwright needs its own
// patched Firefox, so Debian's firefox-esr is driven by puppeteer-core over WebDriver BiDi.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readPdf } from '../support/pdf';
import { readStoredScans } from './stored';
import { ASSESSMENT_PREFIX } from '../support/storage-keys';
import { nl, nlPattern } from '../support/ui';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser | undefined;
let downloadDir = '';
beforeAll(async () => {
  downloadDir = await mkdtemp(join(tmpdir(), 'pga-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Downloads go straight to a folder of the test's, as a user's browser saves them, without a dialog.
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
});
afterAll(async () => {
  await browser?.close();
  await rm(downloadDir, { recursive: true, force: true });
});

/** Files the app offers for download, caught as the blobs it makes, so the test reads what a user would get. */
async function captureDownloads(page: Page) {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { downloads: Blob[] };
    w.downloads = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) w.downloads.push(object);
      return original(object);
    };
  });
}

/**
 * Polls a check in the page until it holds. Not page.waitForFunction: under the app's Content-Security-Policy,
 * Firefox 140 ESR (Debian bookworm's) refuses the Function() that puppeteer builds the check with there.
 */
async function until(page: Page, check: (text: string) => boolean, text = '') {
  const deadline = Date.now() + 30_000;
  while (!(await page.evaluate(check, text))) {
    if (Date.now() > deadline) throw new Error(`The page never met ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for the next file the page offers, and takes it off the list. */
async function takeDownload(page: Page): Promise<Uint8Array> {
  await until(page, () => (window as unknown as { downloads: Blob[] }).downloads.length > 0);
  const bytes = await page.evaluate(async () => {
    const blob = (window as unknown as { downloads: Blob[] }).downloads.shift()!;
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  return new Uint8Array(bytes);
}

async function dropFile(page: Page, text: string, name: string) {
  await page.evaluate(
    (content: string, fileName: string) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      document
        .querySelector('.import')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    text,
    name,
  );
}

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

describe('Firefox ESR', () => {
  it('runs the core journey: answers, reload, charts, PDF, export and re-import, a hostile file refused', async () => {
    const appUrl = inject('appUrl');
    const page = await browser!.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    await captureDownloads(page);
    await page.goto(appUrl);
    await page.waitForSelector('main h1');

    // New scan and two answers.
    await page.goto(`${appUrl}#/nieuw`);
    await page.waitForSelector('#field-title');
    await page.type('#field-title', 'Firefox-scan');
    await page.type('#field-region', 'Regio Noord');
    await page.click('button[type="submit"]');
    // The step renders in stages: wait for the question itself, not only the page around it.
    await page.waitForSelector('input[name="q-sig-structuur-helder"][value="3"]');
    await page.click('input[name="q-sig-structuur-helder"][value="3"]');
    await page.type('#q-sig-structuur-helder-note', 'In Firefox getypt: ë ĳ € “ok”');
    await until(
      page,
      (saved: string) =>
        new RegExp(saved).test(document.querySelector('.save-status__message')?.textContent ?? ''),
      nlPattern('save.saved').source,
    );

    // Reload keeps both.
    await page.reload();
    await page.waitForSelector('#q-sig-structuur-helder-note');
    expect(
      await page.$eval(
        'input[name="q-sig-structuur-helder"]:checked',
        (el) => (el as HTMLInputElement).value,
      ),
    ).toBe('3');
    expect(await page.$eval('#q-sig-structuur-helder-note', (el) => (el as HTMLTextAreaElement).value)).toBe(
      'In Firefox getypt: ë ĳ € “ok”',
    );
    // Firefox has no File System Access API: a word on why and the export, never a button that cannot work.
    expect(await page.$eval('.file-link', (el) => el.textContent)).toContain(nl('fileLink.unsupported'));
    expect(await page.$$eval('.file-link button', (bs) => bs.map((b) => b.textContent?.trim()))).toEqual([
      nl('home.export'),
    ]);

    // Results with charts drawn.
    const id = page.url().match(/#\/scan\/([^/]+)\//)![1]!;
    await page.goto(`${appUrl}#/scan/${id}/resultaten`);
    await until(page, () => {
      const canvas = document.querySelector('.chart--radar canvas') as HTMLCanvasElement | null;
      // Drawn once it comes near the screen.
      canvas?.scrollIntoView({ block: 'center' });
      const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; data && i < data.length; i += 4) if (data[i]! > 0) n++;
      return n > 1000;
    });

    // The full report as PDF (the council edition leaves out the notes), read back.
    const [fullEdition] = await page.$$('xpath/.//input[@type="radio" and @value="full"]');
    await fullEdition!.click();
    const [pdfButton] = await page.$$('xpath/.//button[contains(., "Rapport downloaden (PDF)")]');
    await pdfButton!.click();
    const pdf = await readPdf(await takeDownload(page));
    // And the browser really saved it under the app's file name.
    await expect
      .poll(
        async () => (await readdir(downloadDir)).some((f) => /^firefox-scan-[\d-]+-volledig\.pdf$/.test(f)),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    expect(pdf.all.replace(/\s+/g, ' ')).toContain('In Firefox getypt: ë ĳ € “ok”');

    // Export the scan, then import it back from the start page next to the original.
    await page.goto(appUrl);
    await page.waitForSelector(`[data-scan-id="${id}"]`);
    const [exportButton] = await page.$$(
      `xpath/.//li[@data-scan-id="${id}"]//button[contains(., "Exporteren")]`,
    );
    await exportButton!.click();
    const exported = new TextDecoder().decode(await takeDownload(page));
    expect(JSON.parse(exported).assessment.answers['sig-structuur-helder'].note).toBe(
      'In Firefox getypt: ë ĳ € “ok”',
    );
    await dropFile(page, exported, 'firefox-scan.pgascan.json');
    await until(
      page,
      (keepBoth: string) => document.querySelector('.import')?.textContent?.includes(keepBoth) ?? false,
      nl('import.keepBoth'),
    );
    const [both] = await page.$$(`xpath/.//button[contains(., "${nl('import.keepBoth')}")]`);
    await both!.click();
    await until(page, () => document.querySelectorAll('.scan-list__item').length === 2);

    // A hostile file is refused with a message and changes nothing.
    const stored = async () =>
      JSON.stringify(Object.entries(await page.evaluate(readStoredScans, ASSESSMENT_PREFIX)).sort());
    const before = await stored();
    await dropFile(
      page,
      await readFile('tests/fixtures/invalid-level.pgascan.json', 'utf8'),
      'kwaad.pgascan.json',
    );
    await until(page, () => Boolean(document.querySelector('.import [role="alert"]')?.textContent?.trim()));
    expect(await textOf(page, '.import [role="alert"]')).toContain(nl('import.unchanged'));
    expect(await stored()).toBe(before);
    // In IndexedDB, not merely in the localStorage copy that precedes it.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':assessment:'))))
      .toEqual([]);
    expect(JSON.parse(before)).toHaveLength(2);

    const origin = new URL(appUrl).origin;
    expect(requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
