import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import {
  clearScans,
  deleteLink,
  deleteScans,
  openDatabase,
  putLink,
  putScans,
  readDeletions,
  readLinks,
  readScans,
} from '../../../src/storage/idb';

// Written out here, not taken from src: users' browsers hold their scans under exactly these names.
const DB_NAME = 'pga-zelfscan';
const STORE = 'scans';
const AT = '2026-11-28T10:00:00.000Z';

// The links are read by a key range, which the browser provides as a global and happy-dom does not.
beforeEach(() => vi.stubGlobal('IDBKeyRange', IDBKeyRange));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A fresh database of its own, so no test sees another's records. */
const fresh = () => openDatabase(new IDBFactory());

/** Writes records straight into the store, past the module, as another version of the app might have. */
function seed(db: IDBDatabase, records: ReadonlyArray<readonly [IDBValidKey, unknown]>): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  records.forEach(([key, value]) => tx.objectStore(STORE).put(value, key));
  return new Promise((resolve) => (tx.oncomplete = () => resolve()));
}

/** Every record in the store, array keys included, read past the module. */
function everything(db: IDBDatabase): Promise<Array<[IDBValidKey, unknown]>> {
  const tx = db.transaction(STORE, 'readonly');
  const keys = tx.objectStore(STORE).getAllKeys();
  const values = tx.objectStore(STORE).getAll();
  return new Promise(
    (resolve) => (tx.oncomplete = () => resolve(keys.result.map((k, i) => [k, values.result[i]]))),
  );
}

/** An IDBFactory whose open request fails the given way, for what fake-indexeddb cannot be made to do. */
function failingFactory(event: 'onblocked' | 'onerror'): IDBFactory {
  const request: Partial<Record<'onblocked' | 'onerror', () => void>> & { error: null } = { error: null };
  const open = () => {
    queueMicrotask(() => request[event]?.());
    return request;
  };
  return { open } as unknown as IDBFactory;
}

/** From here a put goes through, and then its transaction fails the given way. */
function failAfterPut(how: 'abort' | 'error') {
  const put = FakeObjectStore.prototype.put;
  vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    const request = put.call(this, value, key);
    // An add over a key just put fails as a request, which fails the transaction; an abort once the put
    // has succeeded ends the transaction with no request failing.
    if (how === 'abort') request.addEventListener('success', () => this.transaction.abort());
    else this.add(value, key);
    return request;
  });
}

describe('IndexedDB calls', () => {
  it('opens the app’s database at version 1 with its one store, and opens it again as it is', async () => {
    const factory = new IDBFactory();
    const db = await openDatabase(factory);
    expect([db.name, db.version, [...db.objectStoreNames]]).toEqual([DB_NAME, 1, [STORE]]);
    await putScans(db, [['a', 'tekst']]);
    db.close();
    const again = await openDatabase(factory);
    expect(await readScans(again)).toEqual(new Map([['a', 'tekst']]));
  });

  it('steps aside for a newer version in another tab instead of blocking it', async () => {
    const factory = new IDBFactory();
    const db = await openDatabase(factory);
    const newer = factory.open(DB_NAME, 2);
    const outcome = await new Promise<string>((resolve) => {
      newer.onsuccess = () => resolve('opened');
      newer.onblocked = () => resolve('blocked');
    });
    expect(outcome).toBe('opened');
    newer.result.close();
    // The old connection is closed, so a write on it is refused rather than left hanging.
    await expect(putScans(db, [['a', 'x']])).rejects.toMatchObject({ name: 'InvalidStateError' });
  });

  it('rejects with the browser’s error when the database is newer than the app', async () => {
    const factory = new IDBFactory();
    const newer = factory.open(DB_NAME, 2);
    await new Promise((resolve) => (newer.onsuccess = resolve));
    newer.result.close();
    await expect(openDatabase(factory)).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('rejects a blocked open, and an error without a reason, with errors of its own', async () => {
    await expect(openDatabase(failingFactory('onblocked'))).rejects.toEqual(new Error('indexeddb-blocked'));
    await expect(openDatabase(failingFactory('onerror'))).rejects.toEqual(new Error('indexeddb-open'));
  });

  it('reads only text scans under text keys, skipping deletions, links and other values', async () => {
    const db = await fresh();
    await seed(db, [
      ['a', 'tekst a'],
      ['b', 42],
      [['deleted', 'c'], AT],
      [['file', 'a'], { handle: true }],
      [['cleared'], AT],
    ]);
    expect(await readScans(db)).toEqual(new Map([['a', 'tekst a']]));
  });

  it('saves scans together and ends an earlier deletion of each', async () => {
    const db = await fresh();
    await deleteScans(db, ['a', 'b'], AT);
    await putScans(db, [
      ['a', 'nieuw a'],
      ['c', 'nieuw c'],
    ]);
    expect(await readScans(db)).toEqual(
      new Map([
        ['a', 'nieuw a'],
        ['c', 'nieuw c'],
      ]),
    );
    expect((await readDeletions(db)).byId).toEqual(new Map([['b', AT]]));
  });

  it('deletes scans and records when, by id, beside a clear it also reads back', async () => {
    const db = await fresh();
    await seed(db, [
      ['a', 'x'],
      ['b', 'y'],
      [['cleared'], '2026-01-01T00:00:00.000Z'],
      [['deleted', 'z'], 7],
      [['other', 'q'], AT],
    ]);
    await deleteScans(db, ['a'], AT);
    expect(await readScans(db)).toEqual(new Map([['b', 'y']]));
    expect(await readDeletions(db)).toEqual({
      byId: new Map([['a', AT]]),
      cleared: '2026-01-01T00:00:00.000Z',
    });
  });

  it('stamps a deletion and a clear with the present time when given none', async () => {
    vi.useFakeTimers({ now: new Date(AT), toFake: ['Date'] });
    try {
      const db = await fresh();
      await deleteScans(db, ['a']);
      expect((await readDeletions(db)).byId.get('a')).toBe(AT);
      await clearScans(db);
      expect((await readDeletions(db)).cleared).toBe(AT);
    } finally {
      vi.useRealTimers();
    }
  });

  it('clears scans, deletions and links alike, leaving only the time of the clear', async () => {
    const db = await fresh();
    await seed(db, [
      ['a', 'x'],
      [['deleted', 'b'], AT],
      [['file', 'a'], { handle: true }],
    ]);
    await clearScans(db, AT);
    expect(await everything(db)).toEqual([[['cleared'], AT]]);
  });

  it('keeps, reads and removes a scan’s linked file under its own key, apart from the scans', async () => {
    const db = await fresh();
    const handle = { name: 'scan.pga.json' };
    await seed(db, [
      ['a', 'x'],
      [['deleted', 'b'], AT],
    ]);
    await putLink(db, 'a', handle);
    await putLink(db, 'c', 'geen handle');
    expect(await readLinks(db)).toEqual(
      new Map<string, unknown>([
        ['a', handle],
        ['c', 'geen handle'],
      ]),
    );
    expect(await readScans(db)).toEqual(new Map([['a', 'x']]));
    await deleteLink(db, 'a');
    expect(await readLinks(db)).toEqual(new Map([['c', 'geen handle']]));
    expect(await readScans(db)).toEqual(new Map([['a', 'x']]));
  });

  it('turns a write on a closed database into a rejection, not a throw', async () => {
    const db = await fresh();
    db.close();
    for (const write of [() => putLink(db, 'a', {}), () => deleteLink(db, 'a'), () => clearScans(db, AT)])
      await expect(write()).rejects.toMatchObject({ name: 'InvalidStateError' });
  });

  it('rejects a write whose transaction aborts or fails, and keeps none of it', async () => {
    const db = await fresh();
    failAfterPut('abort');
    await expect(putLink(db, 'a', 'x')).rejects.toEqual(new Error('indexeddb-abort'));
    vi.restoreAllMocks();
    failAfterPut('error');
    await expect(putLink(db, 'b', 'y')).rejects.toEqual(new Error('indexeddb-write'));
    vi.restoreAllMocks();
    expect(await everything(db)).toEqual([]);
  });
});
