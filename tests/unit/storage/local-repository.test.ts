import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLocalRepository } from '../../../src/storage/local-repository';
import { createAssessment, withAnswer } from '../../../src/domain/assessment';
import type { AssessmentRepository } from '../../../src/storage/repository';
import { MemoryStorage } from '../../support/memory-storage';
import { KEY_PREFIX, LOCALE_KEY, UNREADABLE_PREFIX, assessmentKey } from '../../support/storage-keys';

const now = new Date('2026-11-28T10:00:00Z');
const make = (title: string) => createAssessment({ title, region: 'Regio', date: '2026-11-28' }, '1', now);
const BROKEN = '{"title": "half';
// Where a set-aside scan's text goes: the unreadable prefix, then the key without the app's prefix.
const asideKey = (id: string) => `${UNREADABLE_PREFIX}${assessmentKey(id).slice(KEY_PREFIX.length)}`;

/** A repository over localStorage (a memory stand-in) and one with no storage at all: they behave alike. */
const repositories: Array<[string, () => AssessmentRepository]> = [
  ['localStorage', () => createLocalRepository(new MemoryStorage())],
  ['memory only', () => createLocalRepository(null)],
];

/** A repository holding one readable scan and one broken text, set aside. */
function withBrokenSetAside(repo: AssessmentRepository) {
  const kept = make('Blijft');
  repo.save(kept);
  repo.setAside(assessmentKey('kapot'), BROKEN);
  return kept;
}

afterEach(() => vi.restoreAllMocks());

describe('local repository', () => {
  beforeEach(() => localStorage.clear());

  it('saves, lists and loads assessments with their answers', () => {
    const repo = createLocalRepository(localStorage);
    const a = withAnswer(make('Eén'), 'q1', { level: 4, note: 'ë ĳ €' }, now);
    expect(repo.save(a)).toEqual({ ok: true });
    repo.save(make('Twee'));
    expect(repo.list()).toHaveLength(2);
    expect(repo.load(a.id)).toEqual({ ok: true, assessment: a });
  });

  it('reports a missing id and keeps a corrupt entry aside instead of throwing', () => {
    const repo = createLocalRepository(localStorage);
    expect(repo.load('nope')).toEqual({ ok: false, reason: 'missing' });
    localStorage.setItem(assessmentKey('broken'), '{not json');
    const loaded = repo.load('broken');
    expect(loaded).toMatchObject({ ok: false, reason: 'corrupt', raw: '{not json' });
  });

  it('ignores keys that are not its own', () => {
    localStorage.setItem('other-app', 'x');
    expect(createLocalRepository(localStorage).list()).toEqual([]);
  });

  it('reports a full store as quota without losing the caller’s data', () => {
    const full = new MemoryStorage();
    full.full = true;
    const repo = createLocalRepository(full);
    const a = make('Vol');
    expect(repo.save(a)).toEqual({ ok: false, reason: 'quota' });
    expect(a.title).toBe('Vol');
  });

  it('works in memory when there is no storage', () => {
    const repo = createLocalRepository(null);
    const a = make('Geheugen');
    expect(repo.persistent).toBe(false);
    repo.save(a);
    expect(repo.load(a.id)).toEqual({ ok: true, assessment: a });
    repo.remove(a.id);
    expect(repo.list()).toEqual([]);
  });
});

describe('local repository: keys beyond the scans', () => {
  it('says where it keeps the scans and whether they outlive the tab', () => {
    expect(createLocalRepository(new MemoryStorage())).toMatchObject({
      kind: 'localstorage',
      persistent: true,
    });
    expect(createLocalRepository(null)).toMatchObject({ kind: 'memory', persistent: false });
  });

  it.each(repositories)('sets an unreadable text aside, out of the list, for download (%s)', (_, open) => {
    const repo = open();
    const kept = withBrokenSetAside(repo);
    expect(repo.unreadable()).toEqual([{ key: asideKey('kapot'), raw: BROKEN }]);
    expect(repo.list()).toEqual([{ ok: true, assessment: kept }]);
    expect(repo.load('kapot')).toEqual({ ok: false, reason: 'missing' });
  });

  it('moves the text itself in localStorage, removing the original only once the copy is there', () => {
    const storage = new MemoryStorage();
    const repo = createLocalRepository(storage);
    storage.setItem(assessmentKey('kapot'), BROKEN);
    storage.full = true;
    repo.setAside(assessmentKey('kapot'), BROKEN);
    expect(storage.getItem(assessmentKey('kapot'))).toBe(BROKEN);
    expect(repo.unreadable()).toEqual([]);
    storage.full = false;
    repo.setAside(assessmentKey('kapot'), BROKEN);
    expect(storage.getItem(assessmentKey('kapot'))).toBeNull();
    expect(storage.getItem(asideKey('kapot'))).toBe(BROKEN);
  });

  it.each(repositories)('removes one key by name, leaving the others (%s)', (_, open) => {
    const repo = open();
    const kept = withBrokenSetAside(repo);
    repo.removeKey(asideKey('kapot'));
    expect(repo.unreadable()).toEqual([]);
    expect(repo.load(kept.id)).toEqual({ ok: true, assessment: kept });
  });

  it.each(repositories)('clears scans and set-aside texts alike (%s)', (_, open) => {
    const repo = open();
    withBrokenSetAside(repo);
    repo.clearAll();
    expect([repo.list(), repo.unreadable()]).toEqual([[], []]);
  });

  it('clears only the app’s own keys from localStorage', () => {
    const storage = new MemoryStorage();
    const repo = createLocalRepository(storage);
    withBrokenSetAside(repo);
    storage.setItem(LOCALE_KEY, 'en');
    storage.setItem('other-app', 'x');
    repo.clearAll();
    expect([storage.length, storage.getItem('other-app')]).toEqual([1, 'x']);
  });

  it.each(repositories)('has no writes in flight to wait for (%s)', async (_, open) => {
    await expect(open().settled()).resolves.toBeUndefined();
  });
});

describe('local repository: other tabs', () => {
  const tell = (key: string | null) => window.dispatchEvent(new StorageEvent('storage', { key }));

  it('passes on another tab’s change to a scan, to the store at large, and nothing else', () => {
    const heard = vi.fn<(id: string | null) => void>();
    const stop = createLocalRepository(new MemoryStorage()).watch(heard);
    tell(assessmentKey('abc'));
    tell(null);
    tell(LOCALE_KEY);
    tell('other-app');
    // A key of the app's that names no scan may have changed any of them.
    expect(heard.mock.calls).toEqual([['abc'], [null], [null]]);
    stop();
    tell(assessmentKey('def'));
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('listens to no other tab when the scans live in memory only', () => {
    const heard = vi.fn<(id: string | null) => void>();
    const add = vi.spyOn(window, 'addEventListener');
    const stop = createLocalRepository(null).watch(heard);
    tell(assessmentKey('abc'));
    expect(() => stop()).not.toThrow();
    expect([heard.mock.calls, add.mock.calls]).toEqual([[], []]);
  });
});
