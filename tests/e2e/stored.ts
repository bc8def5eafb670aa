import type { Page } from 'playwright-core';
import { ASSESSMENT_PREFIX } from '../support/storage-keys';

/**
 * Every scan text the app keeps in the page's browser, by id: IndexedDB, with any localStorage text that
 * is still on its way there taking precedence. localStorage is read first: a text gone from it by the
 * time IndexedDB is read has been committed there. Runs in the browser (Chromium or Firefox): pass it
 * ASSESSMENT_PREFIX, as it cannot import it.
 */
export async function readStoredScans(prefix: string): Promise<Record<string, string>> {
  const journal = Object.fromEntries(
    Object.keys(localStorage)
      .filter((k) => k.startsWith(prefix))
      .map((k) => [k.slice(prefix.length), localStorage.getItem(k) ?? '']),
  );
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('pga-zelfscan', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('scans');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stored = await new Promise<Record<string, string>>((resolve, reject) => {
    const out: Record<string, string> = {};
    const cursor = db.transaction('scans').objectStore('scans').openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return resolve(out);
      // Scans only: the app records deletions beside them under array keys.
      if (typeof at.key === 'string') out[at.key] = String(at.value);
      at.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
  db.close();
  return { ...stored, ...journal };
}

/** The same, from a Playwright page. */
export const storedScans = (page: Page) => page.evaluate(readStoredScans, ASSESSMENT_PREFIX);

/** Puts scan texts straight into IndexedDB, as the app keeps them (more than localStorage could hold). */
export async function writeStoredScans(entries: Array<[string, string]>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('pga-zelfscan', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('scans');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('scans', 'readwrite');
    entries.forEach(([id, raw]) => tx.objectStore('scans').put(raw, id));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
