import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';
import { storedScans, writeStoredScans } from './stored';
import { libraryScan } from '../support/library-fixture';
import { ASSESSMENT_PREFIX, LOCALE_KEY } from '../support/storage-keys';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
const scanKeysInLocalStorage = (prefix: string) =>
  Object.keys(localStorage).filter((k) => k.startsWith(prefix));

describe('scans in IndexedDB', () => {
  it('moves a library an older version kept in localStorage into IndexedDB, text for text', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const old = ['Zelfscan 2024', 'Zelfscan 2025', 'Zelfscan 2026'].map((t) => seededAssessment(t));
    for (const a of old) await seed(page, a);
    await page.evaluate((key) => localStorage.setItem(key, 'nl'), LOCALE_KEY);
    await page.reload();
    await page.locator('.scan-list__item').nth(2).waitFor();
    expect(await page.evaluate(scanKeysInLocalStorage, ASSESSMENT_PREFIX)).toEqual([]);
    const stored = await storedScans(page);
    for (const a of old) expect(stored[a.id]).toBe(JSON.stringify(a));
    expect(await page.evaluate((key) => localStorage.getItem(key), LOCALE_KEY)).toBe('nl');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('keeps a note typed just before the tab closes even when IndexedDB never finished the write', async () => {
    const session = await openSession(browser());
    const { page, context } = session;
    const a = seededAssessment('Sluiten zonder IndexedDB');
    await seed(page, a);
    await page.reload();
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/stap/signaleren`));
    const note = page.locator('#q-sig-structuur-helder-note');
    await note.waitFor();
    // From here every IndexedDB write is lost, as when the tab goes before the transaction commits.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('Gone before commit', 'AbortError');
      };
    });
    await note.fill('Laatste zin voor het sluiten');
    const url = page.url();
    await page.close({ runBeforeUnload: true });

    const reopened = await context.newPage();
    await reopened.goto(url);
    const back = reopened.locator('#q-sig-structuur-helder-note');
    await back.waitFor();
    expect(await back.inputValue()).toBe('Laatste zin voor het sluiten');
    // The next start moved it into IndexedDB and emptied localStorage.
    const stored = JSON.parse((await storedScans(reopened))[a.id]!);
    expect(stored.answers['sig-structuur-helder'].note).toBe('Laatste zin voor het sluiten');
    await expect.poll(() => reopened.evaluate(scanKeysInLocalStorage, ASSESSMENT_PREFIX)).toEqual([]);
    expect(session.errors).toEqual([]);
    await context.close();
  });

  it('keeps working with 50 full scans, more than localStorage could hold', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const library = Array.from({ length: 50 }, (_, i) => libraryScan(i));
    const texts = library.map((a): [string, string] => [a.id, JSON.stringify(a)]);
    expect(texts.reduce((n, [, t]) => n + t.length, 0)).toBeGreaterThan(6_000_000);
    await page.evaluate(writeStoredScans, texts);
    await page.reload();
    // The ten most recent first, the rest a click away; keyboard focus lands on the first one that was hidden.
    const showAll = page.getByRole('button', { name: nl('home.showAll', { n: 50 }) });
    await showAll.waitFor();
    expect(await page.locator('.scan-list__item').count()).toBe(10);
    await showAll.click();
    expect(await page.locator('.scan-list__item').count()).toBe(50);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      await page.locator('.scan-list__link').nth(10).textContent(),
    );
    // One region's years, in the list and in the trend choice.
    await page.getByLabel(nl('home.filterLabel')).fill('zeeland');
    await page
      .getByRole('status')
      .filter({ hasText: nl('home.filterCount', { shown: 10, total: 50 }) })
      .waitFor();
    expect(await page.locator('.scan-list__item').count()).toBe(10);
    expect(await page.locator('.trend-picker__option').count()).toBe(10);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(nl('home.filterLabel')).fill('zeeland 2031');
    await page.getByText(nl('home.filterNone')).waitFor();

    // Open the oldest, type, and find the change kept beside the 49 others.
    const oldest = library[0]!;
    await page.goto(page.url().replace(/#.*$/, `#/scan/${oldest.id}/stap/signaleren`));
    const note = page.locator('#q-sig-structuur-helder-note');
    await note.fill('Bijgewerkt in een volle bibliotheek');
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    await expect
      .poll(async () => {
        const stored = await storedScans(page);
        return [
          Object.keys(stored).length,
          JSON.parse(stored[oldest.id]!).answers['sig-structuur-helder'].note,
        ];
      })
      .toEqual([50, 'Bijgewerkt in een volle bibliotheek']);
    await expect.poll(() => page.evaluate(scanKeysInLocalStorage, ASSESSMENT_PREFIX)).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
