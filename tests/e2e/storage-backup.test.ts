// A scan kept in a file of the user's choosing, the persistent-storage status, and the backup that reminds,
// in a real Chromium. The file picker is the one stand-in: it hands back a real file handle from the
// origin-private file system, which the app writes through the same API as a file on disk.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seededAssessment, seed } from './seed';
import { storedScans } from './stored';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
/** Set SHOTS=dir to keep screenshots of the screens this file checks. */
const shots = process.env.SHOTS;
const DAY = 24 * 60 * 60 * 1000;

/** showSaveFilePicker answered with a file in the origin-private file system, named as the app suggests. */
async function stubPicker(context: BrowserContext) {
  // A string, not a function: the test's transpiler would add helpers the page does not have.
  await context.addInitScript({
    content: `Object.defineProperty(window, 'showSaveFilePicker', {
      configurable: true,
      value: async (options) => {
        const dir = await navigator.storage.getDirectory();
        return dir.getFileHandle(options.suggestedName, { create: true });
      },
    });`,
  });
}

/** The file as it is on disk (in the origin-private file system), read back through the browser. */
const readLinked = (page: Page, name: string) =>
  page.evaluate(async (file) => {
    const dir = await navigator.storage.getDirectory();
    return (await (await dir.getFileHandle(file)).getFile()).text();
  }, name);

const note = (page: Page) => page.locator('#q-sig-structuur-helder-note');
const status = (page: Page) => page.locator('.save-status__message');

/** A new scan, linked to a file through the (stubbed) picker; returns the file's name as the app shows it. */
async function linkedScan(page: Page, context: BrowserContext, title: string): Promise<string> {
  await stubPicker(context);
  // Init scripts run at the next load; a change of the hash alone is not one.
  await page.reload();
  await page.goto(page.url().replace(/#.*$/, '#/nieuw'));
  await page.getByLabel(nl('newScan.fieldTitle')).fill(title);
  await page.getByLabel(nl('newScan.fieldRegion')).fill('Regio Utrecht');
  await page.getByRole('button', { name: nl('newScan.submit') }).click();
  await page.locator('.walk').waitFor();
  await page.getByRole('button', { name: nl('fileLink.link') }).click();
  await page.locator('.file-link').getByText(nlPattern('fileLink.linked')).waitFor();
  return (await page.locator('.file-link__note').innerText()).match(/\S*\.pgascan\.json/)?.[0] ?? '';
}

const level4 = (page: Page) =>
  page.locator('[data-question-id="sig-structuur-helder"]').getByLabel('4 Vastgelegd en toegepast');
const fileNote = async (page: Page, name: string) =>
  JSON.parse(await readLinked(page, name)).assessment.answers['sig-structuur-helder'].note as string;

describe('a scan kept in a file the user chooses', () => {
  it('writes every save to the file, in the export format, and keeps the link over a reload', async () => {
    const session = await openSession(browser());
    const { page, context } = session;
    const name = await linkedScan(page, context, 'Scan in een bestand');
    expect(name).toMatch(/^scan-in-een-bestand-\d{4}-\d{2}-\d{2}\.pgascan\.json$/);

    await level4(page).check();
    await note(page).fill('Eerste notitie – “in het bestand”');
    await status(page)
      .filter({ hasText: nlPattern('save.file.written', { file: name }) })
      .waitFor();
    const written = JSON.parse(await readLinked(page, name));
    // The same format as an export, so the file opens anywhere the app does.
    expect(written.app).toBe('pga-zelfscan');
    expect(written.assessment.answers['sig-structuur-helder']).toEqual({
      level: 4,
      note: 'Eerste notitie – “in het bestand”',
    });
    expect(written.assessment.backedUpAt).toBe(written.exportedAt);
    expect(await axeViolations(page)).toEqual([]);

    // A reload keeps the link: the next save goes to the same file.
    await page.reload();
    await page.locator('.walk').waitFor();
    await page
      .locator('.file-link')
      .getByText(nl('fileLink.linked', { file: name }))
      .waitFor();
    await note(page).fill('Na het herladen');
    await status(page)
      .filter({ hasText: nlPattern('save.file.written', { file: name }) })
      .waitFor();
    expect(await fileNote(page, name)).toBe('Na het herladen');

    // The start page says where the scan is kept and that it was backed up today.
    await page.goto(page.url().replace(/#.*$/, '#/'));
    const item = page.locator('.scan-list__item').filter({ hasText: 'Scan in een bestand' });
    await item.getByText(nl('backup.inFile', { file: name })).waitFor();
    await item.getByText(nl('backup.last', { when: 'vandaag' })).waitFor();
    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('asks once in plain words when access lapses, never stops typing, and resumes from the file elsewhere', async () => {
    const session = await openSession(browser());
    const { page, context } = session;
    const name = await linkedScan(page, context, 'Scan in een bestand');
    await level4(page).check();
    await note(page).fill('Voor de herstart');
    await status(page)
      .filter({ hasText: nlPattern('save.file.written', { file: name }) })
      .waitFor();

    // After a browser restart Chromium asks again: typing goes on, the file waits for one click.
    await context.addInitScript({
      content: `if (typeof FileSystemHandle === 'function') {
        let granted = false;
        FileSystemHandle.prototype.queryPermission = async () => (granted ? 'granted' : 'prompt');
        FileSystemHandle.prototype.requestPermission = async () => {
          granted = true;
          return 'granted';
        };
      }`,
    });
    await page.reload();
    await page.locator('.walk').waitFor();
    const ask = page.locator('.file-link__ask');
    await ask.getByText(nlPattern('fileLink.permission')).waitFor();
    await note(page).fill('Getypt terwijl het bestand wacht');
    await status(page)
      .filter({ hasText: nlPattern('save.file.needs-permission', { file: name }) })
      .waitFor();
    expect(await fileNote(page, name)).toBe('Voor de herstart');
    await expect(ask.count()).resolves.toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    // Pictures for a person to look at only when asked for (SHOTS=dir, as elsewhere): PNGs cost time.
    if (shots) await page.screenshot({ path: `${shots}/file-ask.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: nl('fileLink.regrant') }).click();
    await expect.poll(() => fileNote(page, name)).toBe('Getypt terwijl het bestand wacht');
    await expect(ask.count()).resolves.toBe(0);

    // Another computer (a fresh browser profile): opening the file brings the scan back to carry on with.
    const fileText = await readLinked(page, name);
    const other = await openSession(browser());
    await other.page.locator('#import-file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(fileText),
    });
    await other.page
      .getByRole('status')
      .filter({ hasText: nl('import.imported', { title: 'Scan in een bestand' }) })
      .waitFor();
    await other.page.getByRole('link', { name: 'Scan in een bestand' }).click();
    await other.page.locator('.walk').waitFor();
    await expect(note(other.page).inputValue()).resolves.toBe('Getypt terwijl het bestand wacht');
    await expect(level4(other.page).isChecked()).resolves.toBe(true);

    for (const s of [session, other]) {
      expect(s.foreignRequests()).toEqual([]);
      expect(s.errors).toEqual([]);
      await s.context.close();
    }
  }, 240_000);

  it('shows a word on why and the export, and no link button, where the browser lacks the API', async () => {
    const session = await openSession(browser());
    const { page, context } = session;
    await context.addInitScript({ content: 'delete window.showSaveFilePicker;' });
    const scan = seededAssessment('Zonder bestand');
    await seed(page, scan);
    await page.reload();
    await page.goto(page.url().replace(/#.*$/, `#/scan/${scan.id}/stap/wegen`));
    await page.locator('.walk').waitFor();
    await page.locator('.file-link').getByText(nlPattern('fileLink.unsupported')).waitFor();
    await expect(page.getByRole('button', { name: nl('fileLink.link') }).count()).resolves.toBe(0);
    const download = page.waitForEvent('download');
    await page
      .locator('.file-link')
      .getByRole('button', { name: nl('home.export') })
      .click();
    expect((await download).suggestedFilename()).toMatch(/^zonder-bestand-.*\.pgascan\.json$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('persistent storage and the backup that reminds', () => {
  /** navigator.storage.persist answered yes or no, counting the calls, since Chromium decides by heuristics. */
  async function stubPersist(context: BrowserContext, grant: boolean) {
    await context.addInitScript({
      content: `window.persistCalls = 0;
      if (typeof StorageManager === 'function') {
        let persisted = false;
        StorageManager.prototype.persist = async () => {
          window.persistCalls += 1;
          persisted = ${grant};
          return ${grant};
        };
        StorageManager.prototype.persisted = async () => persisted;
      }`,
    });
  }

  async function answerTwice(page: Page) {
    await page.goto(page.url().replace(/#.*$/, '#/nieuw'));
    await page.getByLabel(nl('newScan.fieldTitle')).fill('Opslagscan');
    await page.getByLabel(nl('newScan.fieldRegion')).fill('Regio');
    await page.getByRole('button', { name: nl('newScan.submit') }).click();
    await page.locator('.walk').waitFor();
    for (const level of ['2 Ad hoc', '3 Afgesproken']) {
      await page.locator('[data-question-id="sig-structuur-helder"]').getByLabel(level).check();
      await status(page)
        .filter({ hasText: nlPattern('save.saved') })
        .waitFor();
    }
  }

  it('asks once at the first save, and says on the start page what the browser promised and how much is used', async () => {
    for (const grant of [true, false]) {
      const session = await openSession(browser());
      const { page, context } = session;
      await stubPersist(context, grant);
      await page.reload();
      const line = page.getByTestId('storage-line');
      await expect(line.innerText()).resolves.toContain(nl('storage.bestEffort'));
      await expect(
        page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls),
      ).resolves.toBe(0);
      await answerTwice(page);
      await expect(
        page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls),
      ).resolves.toBe(1);
      await page.goto(page.url().replace(/#.*$/, '#/'));
      await expect
        .poll(() => line.innerText())
        .toMatch(
          grant
            ? new RegExp(
                `^${nlPattern('storage.persistent').source} · ${nlPattern('storage.usageOf').source}$`,
              )
            : new RegExp(`^${nlPattern('storage.bestEffort').source} · ${nlPattern('storage.usage').source}`),
        );
      const refused = page.getByTestId('storage-refused');
      if (grant) await expect(refused.count()).resolves.toBe(0);
      else await expect(refused.innerText()).resolves.toContain(nl('storage.keepCopyLink'));
      expect(session.errors).toEqual([]);
      await context.close();
    }
  }, 240_000);

  it('shows the last backup per scan, reminds after 14 days, exports all in one file and brings it all back', async () => {
    const session = await openSession(browser());
    const { page, context } = session;
    await stubPersist(context, false);
    const now = Date.now();
    const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
    const old = { ...seededAssessment('Oud en niet bewaard'), createdAt: iso(30), updatedAt: iso(20) };
    const recent = {
      ...seededAssessment('Twaalf dagen terug bewaard'),
      createdAt: iso(40),
      updatedAt: iso(13),
      backedUpAt: iso(12),
    };
    await seed(page, old);
    await seed(page, recent);
    await page.reload();
    await page.locator('.scan-list__item').nth(1).waitFor();
    const line = (title: string) =>
      page.locator('.scan-list__item').filter({ hasText: title }).getByTestId('backup-line').innerText();
    await expect(line('Oud en niet bewaard')).resolves.toBe(nl('backup.never'));
    await expect(line('Twaalf dagen terug bewaard')).resolves.toBe(
      nl('backup.last', { when: '12 dagen geleden' }),
    );
    const reminder = page.getByTestId('backup-reminder');
    await expect(reminder.innerText()).resolves.toContain('“Oud en niet bewaard”');
    await expect(reminder.innerText()).resolves.not.toContain('Twaalf dagen');
    // The start page with the storage status, the reminder and "Alles exporteren" all showing.
    await page.getByTestId('storage-refused').waitFor();
    await page.getByRole('button', { name: nl('backup.exportAll') }).waitFor();
    if (shots) await page.screenshot({ path: `${shots}/start-storage.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('backup.exportAll') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^alle-zelfscans-\d{4}-\d{2}-\d{2}\.pgascan\.json$/);
    const text = await readFile(await file.path(), 'utf8');
    const library = JSON.parse(text);
    expect(library.kind).toBe('library');
    expect(library.assessments.map((a: { title: string }) => a.title).sort()).toEqual([
      'Oud en niet bewaard',
      'Twaalf dagen terug bewaard',
    ]);
    await page
      .getByRole('status')
      .filter({ hasText: nl('backup.exportedAll', { n: 2 }) })
      .waitFor();
    await expect(line('Oud en niet bewaard')).resolves.toBe(nl('backup.last', { when: 'vandaag' }));
    await expect(reminder.count()).resolves.toBe(0);
    const kept = await storedScans(page);

    // A broken library file: a clear message, nothing changed.
    const broken = {
      ...library,
      assessments: [library.assessments[0], { ...library.assessments[1], date: 7 }],
    };
    await page.locator('#import-file').setInputFiles({
      name: 'alle-zelfscans-kapot.pgascan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: nlPattern('import.error.library-scan', { n: 2 }) })
      .waitFor();
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: nlPattern('import.error.library-scan', { n: 2 }) })
        .innerText(),
    ).resolves.toContain(nl('import.unchanged'));
    expect(await storedScans(page)).toEqual(kept);

    // The same file here again: nothing new, nothing overwritten.
    await page.locator('#import-file').setInputFiles(await file.path());
    await page
      .getByRole('status')
      .filter({ hasText: nl('import.libraryUnchanged', { n: 2 }) })
      .waitFor();
    expect(await storedScans(page)).toEqual(kept);

    // A new laptop: every scan comes back.
    const other = await openSession(browser());
    await other.page.locator('#import-file').setInputFiles(await file.path());
    await other.page
      .getByRole('status')
      .filter({ hasText: nl('import.libraryImported', { n: 2 }) })
      .waitFor();
    expect(await storedScans(other.page)).toEqual(kept);
    for (const s of [session, other]) {
      expect(s.foreignRequests()).toEqual([]);
      expect(s.errors).toEqual([]);
      await s.context.close();
    }
  }, 240_000);
});
