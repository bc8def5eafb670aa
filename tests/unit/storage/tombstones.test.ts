import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { openIndexedRepository } from '../../../src/storage/open-indexed';
import { openDatabase, readScans } from '../../../src/storage/idb';
import { createAssessment } from '../../../src/domain/assessment';
import type { Assessment } from '../../../src/domain/types';
import { MemoryStorage } from '../../support/memory-storage';
import {
  assessmentKey as key,
  CLEARED_KEY as CLEARED,
  tombstoneKey as tombstone,
} from '../../support/storage-keys';

const now = new Date('2026-11-28T10:00:00Z');
const make = (title: string): Assessment =>
  createAssessment({ title, region: 'Regio', date: '2026-11-28' }, '2026.1', now);
const keysIn = (journal: Storage) => Array.from({ length: journal.length }, (_, i) => journal.key(i)).sort();
async function inDatabase(factory: IDBFactory): Promise<Map<string, string>> {
  const db = await openDatabase(factory);
  const scans = await readScans(db);
  db.close();
  return scans;
}
/** From here IndexedDB loses the given kind of write, as when the browser is killed before it commits. */
const neverCommits = (method: 'delete' | 'clear' | 'put') =>
  vi.spyOn(FakeObjectStore.prototype, method).mockImplementation(() => {
    throw new DOMException('Killed before commit', 'AbortError');
  });

/** A library of the given scans, committed to IndexedDB, and its journal emptied. */
async function library(...scans: Assessment[]) {
  const factory = new IDBFactory();
  const journal = new MemoryStorage();
  const repo = await openIndexedRepository(journal, factory);
  scans.forEach((a) => repo.save(a));
  await repo.settled();
  return { factory, journal, repo };
}

afterEach(() => vi.restoreAllMocks());

describe('deletions in the journal', () => {
  it('writes a tombstone before remove() returns, and removes it once IndexedDB has committed', async () => {
    const a = make('Weg');
    const { factory, journal, repo } = await library(a);
    repo.remove(a.id);
    expect(journal.getItem(tombstone(a.id))).not.toBeNull();
    await repo.settled();
    expect(keysIn(journal)).toEqual([]);
    expect((await inDatabase(factory)).has(a.id)).toBe(false);
  });

  it('keeps a deletion whose IndexedDB transaction never committed deleted at the next start', async () => {
    const a = make('Weg');
    const b = make('Blijft');
    const { factory, journal, repo } = await library(a, b);
    neverCommits('delete');
    repo.remove(a.id);
    await repo.settled();
    expect((await inDatabase(factory)).has(a.id)).toBe(true);
    vi.restoreAllMocks();

    const reopened = await openIndexedRepository(journal, factory);
    expect(reopened.load(a.id)).toEqual({ ok: false, reason: 'missing' });
    expect(reopened.load(b.id)).toEqual({ ok: true, assessment: b });
    expect([...(await inDatabase(factory)).keys()]).toEqual([b.id]);
    expect(keysIn(journal)).toEqual([]);
  });

  it('lets an undo (a save under the deleted id) win over the older tombstone', async () => {
    const a = make('Terug');
    const { factory, journal, repo } = await library(a);
    neverCommits('delete');
    neverCommits('put');
    repo.remove(a.id);
    repo.save(a);
    expect(journal.getItem(key(a.id))).toBe(JSON.stringify(a));
    expect(journal.getItem(tombstone(a.id))).toBeNull();
    await repo.settled();
    vi.restoreAllMocks();

    const reopened = await openIndexedRepository(journal, factory);
    expect(reopened.load(a.id)).toEqual({ ok: true, assessment: a });
    expect((await inDatabase(factory)).get(a.id)).toBe(JSON.stringify(a));
    expect(keysIn(journal)).toEqual([]);
  });

  it('at start, a journal text beside a tombstone wins', async () => {
    const a = make('Beide');
    const { factory, journal } = await library(a);
    const later = { ...a, title: 'Na het ongedaan maken', updatedAt: '2026-11-28T11:00:00.000Z' };
    journal.setItem(tombstone(a.id), 'older');
    journal.setItem(key(a.id), JSON.stringify(later));
    const reopened = await openIndexedRepository(journal, factory);
    expect(reopened.load(a.id)).toEqual({ ok: true, assessment: later });
    expect((await inDatabase(factory)).get(a.id)).toBe(JSON.stringify(later));
    expect(keysIn(journal)).toEqual([]);
  });

  it('does not let an earlier deletion drop the tombstone of a later one', async () => {
    const a = make('Twee keer weg');
    const { factory, journal, repo } = await library(a);
    repo.remove(a.id);
    repo.save(a);
    const deleteAgain = neverCommits('delete');
    repo.remove(a.id);
    await repo.settled();
    // The first deletion committed; the second did not, and its tombstone is still there.
    expect(journal.getItem(tombstone(a.id))).not.toBeNull();
    deleteAgain.mockRestore();
    const reopened = await openIndexedRepository(journal, factory);
    expect(reopened.list()).toEqual([]);
    expect((await inDatabase(factory)).size).toBe(0);
  });
});

describe('"remove all data" in the journal', () => {
  it('marks the clear until IndexedDB has committed it', async () => {
    const { factory, journal, repo } = await library(make('Een'), make('Twee'));
    repo.clearAll();
    expect(journal.getItem(CLEARED)).not.toBeNull();
    await repo.settled();
    expect(keysIn(journal)).toEqual([]);
    expect((await inDatabase(factory)).size).toBe(0);
  });

  it('clears IndexedDB at the next start when the clear never committed, keeping a scan saved after it', async () => {
    const old = [make('Oud 1'), make('Oud 2')];
    const { factory, journal, repo } = await library(...old);
    neverCommits('clear');
    neverCommits('put');
    repo.clearAll();
    // Saved after the clear: its time is later than the clear's.
    const after = { ...make('Na het wissen'), updatedAt: new Date(Date.now() + 60_000).toISOString() };
    repo.save(after);
    await repo.settled();
    expect((await inDatabase(factory)).size).toBe(2);
    vi.restoreAllMocks();

    const reopened = await openIndexedRepository(journal, factory);
    expect(reopened.list()).toEqual([{ ok: true, assessment: after }]);
    expect([...(await inDatabase(factory)).keys()]).toEqual([after.id]);
    expect(keysIn(journal)).toEqual([]);
  });

  it('keeps a scan saved after the clear when both committed but the marker was still there', async () => {
    const { factory, journal, repo } = await library(make('Oud'));
    repo.clearAll();
    // Saved after the clear: its time is later than the clear's.
    const after = { ...make('Na het wissen'), updatedAt: new Date(Date.now() + 60_000).toISOString() };
    repo.save(after);
    await repo.settled();
    // A journal flushed to disk before the marker's removal, with the later save's text still in it.
    journal.setItem(CLEARED, 'older');
    journal.setItem(key(after.id), JSON.stringify(after));
    const reopened = await openIndexedRepository(journal, factory);
    expect(reopened.list()).toEqual([{ ok: true, assessment: after }]);
    expect([...(await inDatabase(factory)).keys()]).toEqual([after.id]);
  });
});

describe('deletions IndexedDB records', () => {
  const later = () => new Date(Date.now() + 60_000).toISOString();

  it('do not let a stale localStorage copy bring a committed deletion back', async () => {
    const a = make('Weg');
    const b = make('Nieuw, nooit in IndexedDB');
    const { factory, journal, repo } = await library(a);
    repo.remove(a.id);
    await repo.settled();
    // A killed Chromium: localStorage on disk is from before the deletion (it still holds a's copy).
    journal.setItem(key(a.id), JSON.stringify(a));
    journal.setItem(key(b.id), JSON.stringify(b));
    const reopened = await openIndexedRepository(journal, factory);
    expect(reopened.load(a.id)).toEqual({ ok: false, reason: 'missing' });
    expect(reopened.load(b.id)).toEqual({ ok: true, assessment: b });
    expect(keysIn(journal)).toEqual([]);
  });

  it('keep a save after the deletion (an undo, with its new time) that IndexedDB had not committed', async () => {
    const a = make('Terug');
    const { factory, journal, repo } = await library(a);
    repo.remove(a.id);
    await repo.settled();
    neverCommits('put');
    const restored = { ...a, updatedAt: later() };
    repo.save(restored);
    await repo.settled();
    vi.restoreAllMocks();
    const reopened = await openIndexedRepository(journal, factory);
    expect(reopened.load(a.id)).toEqual({ ok: true, assessment: restored });
  });

  it('do not let stale copies bring back what "remove all data" cleared', async () => {
    const old = [make('Oud 1'), make('Oud 2')];
    const { factory, journal, repo } = await library(...old);
    repo.clearAll();
    await repo.settled();
    old.forEach((a) => journal.setItem(key(a.id), JSON.stringify(a)));
    const reopened = await openIndexedRepository(journal, factory);
    expect(reopened.list()).toEqual([]);
    expect(keysIn(journal)).toEqual([]);
  });
});
