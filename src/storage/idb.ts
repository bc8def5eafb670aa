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

/** Writes scans in one transaction: all of them are kept, or none. */
export const putScans = (db: IDBDatabase, entries: ReadonlyArray<readonly [string, string]>) =>
  change(db, (store) => entries.forEach(([id, raw]) => store.put(raw, id)));

export const deleteScans = (db: IDBDatabase, ids: readonly string[]) =>
  change(db, (store) => ids.forEach((id) => store.delete(id)));

export const clearScans = (db: IDBDatabase) => change(db, (store) => store.clear());
