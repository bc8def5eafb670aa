import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { openIndexedRepository } from '../../../src/storage/open-indexed';
import { readScans, openDatabase } from '../../../src/storage/idb';
import { createAssessment, withAnswer } from '../../../src/domain/assessment';
import type { Assessment } from '../../../src/domain/types';
import { MemoryStorage } from '../../support/memory-storage';
import {
  ASSESSMENT_PREFIX,
  assessmentKey as key,
  LOCALE_KEY,
  unreadableKey,
} from '../../support/storage-keys';

const now = new Date('2026-11-28T10:00:00Z');
const make = (title: string, note = ''): Assessment =>
  withAnswer(
    createAssessment({ title, region: 'Regio', date: '2026-11-28' }, '2026.1', now),
    'sig-structuur-helder',
    { level: 3, note },
    now,
  );
const scanKeys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((k) =>
    k.startsWith(ASSESSMENT_PREFIX),
  );
async function inDatabase(factory: IDBFactory): Promise<Map<string, string>> {
  const db = await openDatabase(factory);
  const scans = await readScans(db);
  db.close();
  return scans;
}

afterEach(() => vi.restoreAllMocks());

describe('IndexedDB repository', () => {
  it('moves every scan an older version kept in localStorage into IndexedDB, text for text', async () => {
    const factory = new IDBFactory();
    const journal = new MemoryStorage();
    const old = [make('2024', 'ë ĳ € “ ”'), make('2025', 'x'.repeat(2048))];
    old.forEach((a) => journal.setItem(key(a.id), JSON.stringify(a)));
    journal.setItem(key('kapot'), '{"title": "half');
    journal.setItem(LOCALE_KEY, 'en');

    const repo = await openIndexedRepository(journal, factory);
    expect(repo.kind).toBe('indexeddb');
    expect(scanKeys(journal)).toEqual([]);
    expect(journal.getItem(LOCALE_KEY)).toBe('en');
    const stored = await inDatabase(factory);
    expect(stored.get(old[0]!.id)).toBe(JSON.stringify(old[0]));
    expect(stored.get(old[1]!.id)).toBe(JSON.stringify(old[1]));
    expect(stored.get('kapot')).toBe('{"title": "half');
    const listed = repo.list();
    expect(listed.filter((r) => r.ok)).toHaveLength(2);
    expect(listed.find((r) => !r.ok)).toMatchObject({ reason: 'corrupt', raw: '{"title": "half' });
  });

  it('leaves everything in localStorage when IndexedDB refuses the move, and still shows it', async () => {
    const factory = new IDBFactory();
    const journal = new MemoryStorage();
    const a = make('Blijft');
    journal.setItem(key(a.id), JSON.stringify(a));
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const repo = await openIndexedRepository(journal, factory);
    expect(journal.getItem(key(a.id))).toBe(JSON.stringify(a));
    expect(repo.load(a.id)).toEqual({ ok: true, assessment: a });
    expect((await inDatabase(factory)).size).toBe(0);
  });

  it('writes each save to localStorage before returning, and removes it once IndexedDB has it', async () => {
    const factory = new IDBFactory();
    const journal = new MemoryStorage();
    const repo = await openIndexedRepository(journal, factory);
    const a = make('Nieuw', 'Net getypt');
    expect(repo.save(a)).toEqual({ ok: true });
    expect(journal.getItem(key(a.id))).toBe(JSON.stringify(a));
    expect(repo.load(a.id)).toEqual({ ok: true, assessment: a });
    await repo.settled();
    expect(journal.getItem(key(a.id))).toBeNull();
    expect((await inDatabase(factory)).get(a.id)).toBe(JSON.stringify(a));
  });

  it('keeps the later save in localStorage while it is still on its way', async () => {
    const factory = new IDBFactory();
    const journal = new MemoryStorage();
    const repo = await openIndexedRepository(journal, factory);
    const first = make('Twee keer', 'eerste');
    const second = { ...first, title: 'Twee keer, later', updatedAt: '2026-11-28T10:00:01.000Z' };
    repo.save(first);
    repo.save(second);
    await repo.settled();
    expect((await inDatabase(factory)).get(first.id)).toBe(JSON.stringify(second));
    expect(journal.getItem(key(first.id))).toBeNull();
  });

  it('recovers at the next start an edit whose IndexedDB write never finished (a closed tab)', async () => {
    const factory = new IDBFactory();
    const journal = new MemoryStorage();
    const repo = await openIndexedRepository(journal, factory);
    const a = make('Dicht', 'voor het sluiten');
    repo.save(a);
    await repo.settled();
    // The tab closes right after the synchronous part of the next save.
    const later = {
      ...withAnswer(a, 'sig-structuur-helder', { note: 'laatste zin' }, now),
      updatedAt: '2026-11-28T11:00:00.000Z',
    };
    journal.setItem(key(a.id), JSON.stringify(later));
    const reopened = await openIndexedRepository(journal, factory);
    expect(reopened.load(a.id)).toMatchObject({
      ok: true,
      assessment: { answers: { 'sig-structuur-helder': { note: 'laatste zin' } } },
    });
    expect((await inDatabase(factory)).get(a.id)).toBe(JSON.stringify(later));
    expect(scanKeys(journal)).toEqual([]);
  });

  it('takes in what an older copy of the app in another tab writes to localStorage, and moves it on', async () => {
    const factory = new IDBFactory();
    const journal = new MemoryStorage();
    const repo = await openIndexedRepository(journal, factory);
    const a = make('Oud venster');
    repo.save(a);
    await repo.settled();
    const older = { ...a, title: 'Eerder', updatedAt: '2026-11-28T09:00:00.000Z' };
    journal.setItem(key(a.id), JSON.stringify(older));
    expect(repo.load(a.id)).toEqual({ ok: true, assessment: a });
    const newer = { ...a, title: 'Later in het oude venster', updatedAt: '2026-11-28T12:00:00.000Z' };
    journal.setItem(key(a.id), JSON.stringify(newer));
    expect(repo.list()).toEqual([{ ok: true, assessment: newer }]);
    await repo.settled();
    expect((await inDatabase(factory)).get(a.id)).toBe(JSON.stringify(newer));
    expect(scanKeys(journal)).toEqual([]);
  });

  it('refuses a save localStorage cannot take, and changes nothing', async () => {
    const journal = new MemoryStorage();
    const repo = await openIndexedRepository(journal, new IDBFactory());
    journal.full = true;
    expect(repo.save(make('Vol'))).toEqual({ ok: false, reason: 'quota' });
    expect(repo.list()).toEqual([]);
  });

  it('tells another tab what changed, so its list and open scan follow', async () => {
    const factory = new IDBFactory();
    const journal = new MemoryStorage();
    const here = await openIndexedRepository(journal, factory);
    const there = await openIndexedRepository(journal, factory);
    const heard: Array<string | null> = [];
    there.watch((id) => heard.push(id));
    const a = make('Gedeeld');
    here.save(a);
    await vi.waitFor(() => expect(heard).toEqual([a.id]));
    expect(there.load(a.id)).toEqual({ ok: true, assessment: a });
    here.remove(a.id);
    await vi.waitFor(() => expect(heard).toEqual([a.id, a.id]));
    expect(there.load(a.id)).toEqual({ ok: false, reason: 'missing' });
    here.clearAll();
    await vi.waitFor(() => expect(heard).toEqual([a.id, a.id, null]));
  });

  it('removes a scan, sets an unreadable one aside, and clears everything of its own', async () => {
    const factory = new IDBFactory();
    const journal = new MemoryStorage();
    journal.setItem(key('kapot'), '{half');
    journal.setItem('other-app', 'blijft');
    const repo = await openIndexedRepository(journal, factory);
    const a = make('Weg');
    repo.save(a);
    repo.setAside(key('kapot'), '{half');
    expect(repo.unreadable()).toEqual([{ key: unreadableKey('kapot'), raw: '{half' }]);
    expect(repo.list()).toHaveLength(1);
    repo.remove(a.id);
    await repo.settled();
    expect((await inDatabase(factory)).size).toBe(0);
    repo.save(make('Nog een'));
    repo.clearAll();
    await repo.settled();
    expect((await inDatabase(factory)).size).toBe(0);
    expect(Array.from({ length: journal.length }, (_, i) => journal.key(i))).toEqual(['other-app']);
  });
});
