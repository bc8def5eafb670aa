// The few IndexedDB calls the app needs, as promises. Scans are kept as the same JSON text the files and
// localStorage hold, so one decoder (migrations, content upgrade, validation) reads all three.
const DB_NAME = 'pga-zelfscan';
const DB_VERSION = 1;
const SCANS = 'scans';

export function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => request.result.createObjectStore(SCANS);
    request.onsuccess = () => {
      const db = request.result;
      // A newer version of the app in another tab may need to upgrade: step aside rather than block it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('indexeddb-open'));
    request.onblocked = () => reject(new Error('indexeddb-blocked'));
  });
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('indexeddb-write'));
    tx.onabort = () => reject(tx.error ?? new Error('indexeddb-abort'));
  });
}

/** Every stored scan's text by id. */
export function readScans(db: IDBDatabase): Promise<Map<string, string>> {
  const tx = db.transaction(SCANS, 'readonly');
  const scans = new Map<string, string>();
  const cursor = tx.objectStore(SCANS).openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    if (typeof at.key === 'string' && typeof at.value === 'string') scans.set(at.key, at.value);
    at.continue();
  };
  return completion(tx).then(() => scans);
}

/** One read-write transaction; a call that throws (a closed database) becomes a rejection, like a failed commit. */
function change(db: IDBDatabase, write: (store: IDBObjectStore) => void): Promise<void> {
  try {
    const tx = db.transaction(SCANS, 'readwrite');
    write(tx.objectStore(SCANS));
    return completion(tx);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error('indexeddb-write'));
  }
}

/**
 * A deleted scan's id and when, under an array key beside the scans: readers of scans (this app's older
 * versions too) take string keys only. It outlives a killed browser where a localStorage tombstone may not
 * (Chromium writes localStorage to disk late), so a stale localStorage copy of the scan cannot bring it back.
 */
const deletionKey = (id: string): [string, string] => ['deleted', id];

/** Writes scans in one transaction: all of them are kept, or none. A save after a deletion ends it. */
export const putScans = (db: IDBDatabase, entries: ReadonlyArray<readonly [string, string]>) =>
  change(db, (store) =>
    entries.forEach(([id, raw]) => {
      store.put(raw, id);
      store.delete(deletionKey(id));
    }),
  );

const CLEARED_KEY = ['cleared'];

export interface Deletions {
  /** When each deleted scan was deleted, by id. */
  byId: Map<string, string>;
  /** When all scans were last cleared ("remove all data"). */
  cleared: string | null;
}

export function readDeletions(db: IDBDatabase): Promise<Deletions> {
  const tx = db.transaction(SCANS, 'readonly');
  const found: Deletions = { byId: new Map(), cleared: null };
  const cursor = tx.objectStore(SCANS).openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    const [kind, id]: unknown[] = Array.isArray(at.key) ? at.key : [];
    if (typeof at.value === 'string' && kind === 'deleted' && typeof id === 'string')
      found.byId.set(id, at.value);
    if (typeof at.value === 'string' && kind === 'cleared') found.cleared = at.value;
    at.continue();
  };
  return completion(tx).then(() => found);
}

export const deleteScans = (db: IDBDatabase, ids: readonly string[], at = new Date().toISOString()) =>
  change(db, (store) =>
    ids.forEach((id) => {
      store.delete(id);
      store.put(at, deletionKey(id));
    }),
  );

export const clearScans = (db: IDBDatabase, at = new Date().toISOString()) =>
  change(db, (store) => {
    store.clear();
    store.put(at, CLEARED_KEY);
  });

/**
 * A scan's linked file (a FileSystemFileHandle, which IndexedDB can keep), under an array key beside the
 * scans so the scan readers skip it; "remove all data" clears it with the scans.
 */
const linkKey = (id: string): [string, string] => ['file', id];

export function readLinks(db: IDBDatabase): Promise<Map<string, unknown>> {
  const tx = db.transaction(SCANS, 'readonly');
  const found = new Map<string, unknown>();
  const cursor = tx.objectStore(SCANS).openCursor(IDBKeyRange.bound(['file', ''], ['file', '\uffff']));
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    const [, id]: unknown[] = Array.isArray(at.key) ? at.key : [];
    if (typeof id === 'string') found.set(id, at.value);
    at.continue();
  };
  return completion(tx).then(() => found);
}

export const putLink = (db: IDBDatabase, id: string, handle: unknown) =>
  change(db, (store) => store.put(handle, linkKey(id)));

export const deleteLink = (db: IDBDatabase, id: string) => change(db, (store) => store.delete(linkKey(id)));
