import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { storedScans } from './stored';
import { assessmentKey, KEY_PREFIX } from '../support/storage-keys';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();

const stored = storedScans;

async function newScan(page: Page, title: string) {
  await page.goto(page.url().replace(/#.*$/, '#/nieuw'));
  await page.getByLabel(nl('newScan.fieldTitle')).fill(title);
  await page.getByLabel(nl('newScan.fieldRegion')).fill('Regio Utrecht');
  await page.getByRole('button', { name: nl('newScan.submit') }).click();
  await page.locator('.walk').waitFor();
}

async function home(page: Page) {
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await page.locator('#scans-heading').waitFor();
}

describe('data that is never lost', () => {
  it('exports, deletes, imports back identical, and refuses a broken file without changing anything', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await newScan(page, 'Scan Noord');
    await page
      .locator('[data-question-id="sig-structuur-helder"]')
      .getByLabel('4 Vastgelegd en toegepast')
      .check();
    const note = page.locator('#q-sig-structuur-helder-note');
    await note.fill('Meldpunt bij het ZVH; mail naar j.jansen@gemeente.nl');
    await page
      .getByRole('status')
      .filter({ hasText: nl('privacy.warning', { kinds: nl('privacy.email') }) })
      .waitFor();
    await note.fill('Meldpunt bij het ZVH – één route, “helder”');
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    await newScan(page, 'Scan Zuid');
    await home(page);
    await expect(page.locator('.scan-list__link').allTextContents()).resolves.toEqual([
      'Scan Zuid',
      'Scan Noord',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // Export, delete (confirm), import back: identical to before (the export is recorded as its backup).
    const noord = page.locator('.scan-list__item').filter({ hasText: 'Scan Noord' });
    const download = page.waitForEvent('download');
    await noord.getByRole('button', { name: nl('home.export') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^scan-noord-\d{4}-\d{2}-\d{2}\.pgascan\.json$/);
    const exported = await file.path();
    await noord.getByText(nl('backup.last', { when: 'vandaag' })).waitFor();
    const before = await stored(page);
    await noord.getByRole('button', { name: nl('home.delete') }).click();
    await page.getByRole('dialog', { name: nl('home.deleteConfirmTitle') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: nl('home.deleteConfirm') })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: nl('home.deleted', { title: 'Scan Noord' }) })
      .waitFor();
    await expect(page.locator('.scan-list__link').allTextContents()).resolves.toEqual(['Scan Zuid']);
    await page.locator('#import-file').setInputFiles(exported);
    await page
      .getByRole('status')
      .filter({ hasText: nl('import.imported', { title: 'Scan Noord' }) })
      .waitFor();
    expect(await stored(page)).toEqual(before);

    // The same file again: the user chooses; keeping both adds a copy.
    await page.locator('#import-file').setInputFiles(exported);
    await page.getByRole('heading', { name: nl('import.conflictTitle') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: nl('import.keepBoth') }).click();
    await expect(page.locator('.scan-list__link').count()).resolves.toBe(3);
    const withCopy = await stored(page);

    // Broken and foreign files: a clear message, nothing changed.
    for (const [name, message] of [
      ['broken.pgascan.json', nl('import.error.not-json')],
      ['other-app.json', nl('import.error.not-pga')],
      ['newer-version.pgascan.json', nl('import.error.newer-version', { version: 99 })],
      ['invalid-level.pgascan.json', nl('import.error.invalid', { field: 'answers.weg-manier.level' })],
    ]) {
      await page.locator('#import-file').setInputFiles(`tests/fixtures/${name}`);
      await page.getByRole('alert').filter({ hasText: message! }).waitFor();
      await expect(page.getByRole('alert').filter({ hasText: message! }).innerText()).resolves.toContain(
        nl('import.unchanged'),
      );
      expect(await stored(page)).toEqual(withCopy);
    }
    expect(await axeViolations(page)).toEqual([]);

    // Rename and duplicate.
    const zuid = page.locator('.scan-list__item').filter({ hasText: 'Scan Zuid' });
    await zuid.getByRole('button', { name: nl('home.rename') }).click();
    await page.getByLabel(nl('home.renameLabel')).fill('Scan Zuid 2026');
    await page.keyboard.press('Enter');
    await page.locator('.scan-list__link', { hasText: 'Scan Zuid 2026' }).waitFor();
    await page
      .locator('.scan-list__item')
      .filter({ hasText: 'Scan Zuid 2026' })
      .getByRole('button', { name: nl('home.duplicate') })
      .click();
    await page.locator('.scan-list__link', { hasText: 'Scan Zuid 2026 (kopie)' }).waitFor();

    // Remove everything, after a clear confirmation.
    await page.getByRole('button', { name: nl('clearAll.button') }).click();
    await page.getByRole('dialog', { name: nl('clearAll.confirmTitle') }).waitFor();
    await page.getByRole('button', { name: nl('clearAll.confirm') }).click();
    await page.getByText(nl('home.noScans')).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: nl('clearAll.done') })
      .waitFor();
    expect(
      await page.evaluate(
        (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)),
        KEY_PREFIX,
      ),
    ).toEqual([]);
    expect(await stored(page)).toEqual({});
    expect(JSON.parse(await readFile(exported, 'utf8')).app).toBe('pga-zelfscan');
    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('warns at once when storage is full, keeps the work, and saves again once there is room', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await newScan(page, 'Vol');
    // Fill localStorage to its quota with filler of our own.
    await page.evaluate(() => {
      const chunk = 'x'.repeat(256 * 1024);
      for (let i = 0; i < 10_000; i++) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          let size = chunk.length;
          while (size > 16) {
            size = Math.floor(size / 2);
            try {
              localStorage.setItem(`filler-rest-${size}`, 'x'.repeat(size));
            } catch {
              /* smaller next time */
            }
          }
          return;
        }
      }
    });
    await page
      .locator('#q-sig-structuur-helder-note')
      .fill('Dit mag niet verloren gaan, ook al is de opslag vol.');
    const alert = page.getByRole('alert').filter({ hasText: nl('save.quota') });
    await alert.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: nl('save.exportNow') }).click();
    const file = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
    expect(file.assessment.answers['sig-structuur-helder'].note).toBe(
      'Dit mag niet verloren gaan, ook al is de opslag vol.',
    );
    await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('filler'))
        .forEach((k) => localStorage.removeItem(k)),
    );
    await page.locator('#q-sig-structuur-helder-note').press('End');
    await page.keyboard.type(' Nu wel.');
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    expect(JSON.stringify(await stored(page))).toContain('ook al is de opslag vol. Nu wel.');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('keeps two tabs from silently overwriting each other, whichever timer would fire first', async () => {
    const session = await openSession(browser());
    // Time stands still unless the test moves it, so no autosave timer decides the order of writes.
    await session.context.clock.install();
    const a = session.page;
    await a.reload();
    await newScan(a, 'Twee tabbladen');
    const b = await session.context.newPage();
    await b.goto(a.url());
    await b.locator('.walk').waitFor();
    // Pause a moment ahead of the page's own clock (a fixed date would lie in the past on a later day).
    await session.context.clock.pauseAt(new Date(Date.now() + 1000));
    // A saves; B, with nothing unsaved, shows A's text.
    await a.locator('#q-sig-kennis-note').fill('Getypt in tabblad A');
    await session.context.clock.runFor(500);
    await a
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    // Polled from the test, not inside the page, whose timers are stopped.
    await expect.poll(() => b.locator('#q-sig-kennis-note').inputValue()).toBe('Getypt in tabblad A');
    // Both tabs now have an edit pending; B writes first, at once, as when its tab is hidden.
    await b.locator('#q-sig-structuur-bekend-note').fill('Van B');
    await session.context.clock.runFor(10);
    await a.locator('#q-sig-kennis-note').fill('Getypt in tabblad A, tweede keer');
    await b.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // A, with its own edit still pending, must ask rather than overwrite B.
    const banner = a.getByRole('alert').filter({ hasText: nl('conflict.title') });
    await banner.waitFor();
    expect(Object.values(await stored(a))[0]).toContain('"note":"Van B"');
    expect(Object.values(await stored(a))[0]).not.toContain('tweede keer');
    // Even when A's own timer fires now, it still does not write over B.
    await session.context.clock.runFor(1000);
    expect(Object.values(await stored(a))[0]).not.toContain('tweede keer');
    // Let time run again: axe and the rest of the page need their timers.
    await session.context.clock.resume();
    expect(await axeViolations(a)).toEqual([]);
    await banner.getByRole('button', { name: nl('conflict.mine') }).click();
    await a
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    expect(Object.values(await stored(a))[0]).toContain('tweede keer');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('imports a dropped file, and sets unreadable stored data aside for download', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const fixture = await readFile('tests/fixtures/schema-v1.pgascan.json', 'utf8');
    await page.evaluate((key) => localStorage.setItem(key, '{"title": "half'), assessmentKey('kapot'));
    await page.reload();
    await page.getByRole('heading', { name: nl('unreadable.title') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('unreadable.download') }).click();
    expect(await readFile((await (await download).path())!, 'utf8')).toBe('{"title": "half');

    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'scan.pgascan.json', { type: 'application/json' }));
      return data;
    }, fixture);
    await page.dispatchEvent('.import', 'drop', { dataTransfer: transfer });
    await page
      .getByRole('status')
      .filter({ hasText: nl('import.imported', { title: 'Zelfscan PGA 2026' }) })
      .waitFor();
    await page.locator('.scan-list__link', { hasText: 'Zelfscan PGA 2026' }).click();
    await page.locator('.walk').waitFor();
    expect(await page.locator('#q-sig-structuur-helder-note').inputValue()).toBe('Toelichting 1: ë ĳ €');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('works in memory and says so when the browser refuses storage', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user has blocked storage', 'SecurityError');
        },
      });
    });
    await page.reload();
    await page.getByText(nlPattern('home.memoryOnly')).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await newScan(page, 'Privémodus');
    await page.locator('#q-sig-kennis-note').fill('Alleen in dit venster');
    await page
      .getByRole('status')
      .filter({ hasText: nl('save.memoryOnly') })
      .waitFor();
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
