import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AUTOSAVE_DELAY_MS, useAssessmentsStore } from '../../../src/stores/assessments';
import { appRepository, configureStorage } from '../../../src/storage/context';
import { useLibraryStore } from '../../../src/stores/library';
import { MemoryStorage } from '../../support/memory-storage';
import { assessmentKey } from '../../support/storage-keys';
import { committed } from '../../support/open-scan';

const stored = (id: string) => JSON.parse(localStorage.getItem(assessmentKey(id)) ?? 'null');

describe('assessments store autosave', () => {
  beforeEach(() => {
    localStorage.clear();
    configureStorage(localStorage);
    setActivePinia(createPinia());
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('saves a new assessment at once', async () => {
    const store = useAssessmentsStore();
    const a = store.create({ title: 'Scan', region: 'Regio', date: '2026-11-28' });
    expect(stored(a.id).title).toBe('Scan');
    await committed();
    expect(store.saveState).toBe('saved');
    const library = useLibraryStore();
    library.refresh();
    expect(library.list.map((x) => x.id)).toEqual([a.id]);
  });

  it('debounces typing and writes once typing stops', async () => {
    const store = useAssessmentsStore();
    const a = store.create({ title: 'Scan', region: 'Regio', date: '' });
    store.setAnswer('q1', { note: 'h' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 50);
    store.setAnswer('q1', { note: 'ha' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 50);
    expect(store.saveState).toBe('pending');
    expect(stored(a.id).answers).toEqual({});
    vi.advanceTimersByTime(100);
    await committed();
    expect(store.saveState).toBe('saved');
    expect(stored(a.id).answers.q1).toEqual({ level: null, note: 'ha' });
    expect(AUTOSAVE_DELAY_MS).toBeLessThan(1000);
  });

  it('says saved only once the repository has committed, and never for a write a newer edit overtook', async () => {
    const storage = new MemoryStorage();
    configureStorage(storage);
    const base = appRepository();
    const commits: (() => void)[] = [];
    // IndexedDB's commit, held back until the test lets it land.
    configureStorage(storage, { ...base, settled: () => new Promise<void>((r) => commits.push(r)) });
    const store = useAssessmentsStore();
    store.create({ title: 'Scan', region: 'Regio', date: '' });
    expect(store.saveState).toBe('writing');
    store.setAnswer('q1', { note: 'a' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.saveState).toBe('writing');
    // The first write's commit lands: the newer one is still on its way.
    commits[0]!();
    await committed();
    expect(store.saveState).toBe('writing');
    expect(store.savedAt).toBeNull();
    commits[1]!();
    await committed();
    expect(store.saveState).toBe('saved');
    expect(store.savedAt).not.toBeNull();
  });

  it('flush writes a pending change immediately', () => {
    const store = useAssessmentsStore();
    const a = store.create({ title: 'Scan', region: 'Regio', date: '' });
    store.setAnswer('q1', { level: 2 });
    store.flush();
    expect(stored(a.id).answers.q1.level).toBe(2);
  });

  it('reopens a saved assessment', () => {
    const first = useAssessmentsStore();
    const a = first.create({ title: 'Scan', region: 'Regio', date: '' });
    first.setAnswer('q1', { level: 5 });
    first.flush();
    setActivePinia(createPinia());
    const second = useAssessmentsStore();
    expect(second.open(a.id)).toBe(true);
    expect(second.current?.answers.q1?.level).toBe(5);
    expect(second.open('missing')).toBe(false);
  });

  it('keeps the work in memory and reports quota when storage is full', async () => {
    const store = useAssessmentsStore();
    const storage = new MemoryStorage();
    configureStorage(storage);
    const a = store.create({ title: 'Scan', region: 'Regio', date: '' });
    storage.full = true;
    store.setAnswer('q1', { note: 'niet verliezen' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.saveState).toBe('quota');
    expect(store.current?.answers.q1?.note).toBe('niet verliezen');
    storage.full = false;
    store.setAnswer('q1', { note: 'niet verliezen!' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await committed();
    expect(store.saveState).toBe('saved');
    expect(JSON.parse(storage.getItem(assessmentKey(a.id)) ?? '{}').answers.q1.note).toBe('niet verliezen!');
  });
});

describe('assessments store follow-up and targets', () => {
  beforeEach(() => {
    localStorage.clear();
    configureStorage(localStorage);
    setActivePinia(createPinia());
  });

  it('starts a follow-up from the reactive current scan and saves both', () => {
    const store = useAssessmentsStore();
    const first = store.create({ title: 'Scan 2026', region: 'Regio', date: '2026-11-28' });
    store.setAnswer('weg-manier', { level: 3, note: 'kader' });
    store.setTarget('wegen', 4);
    const next = store.createFollowUp({ title: 'Scan 2027', date: '2027-11-28', prefill: false });
    expect(next?.baseline?.id).toBe(first.id);
    expect(next?.answers['weg-manier']).toEqual({ level: null, note: 'kader' });
    expect(stored(next!.id).baseline.answers['weg-manier'].level).toBe(3);
    expect(stored(first.id).targets).toEqual({ wegen: 4 });
    useLibraryStore().refresh();
    expect(useLibraryStore().list).toHaveLength(2);
  });

  it('sets and clears a target', () => {
    const store = useAssessmentsStore();
    store.create({ title: 'Scan', region: 'Regio', date: '' });
    store.setTarget('wegen', 4);
    expect(store.current?.targets).toEqual({ wegen: 4 });
    store.setTarget('wegen', null);
    expect(store.current?.targets).toEqual({});
  });
});

describe('edits from another tab', () => {
  beforeEach(() => {
    localStorage.clear();
    configureStorage(localStorage);
    setActivePinia(createPinia());
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  /** What another tab does: read, change, write back with a later updatedAt. */
  function otherTabWrites(id: string, note: string) {
    const stored = JSON.parse(localStorage.getItem(assessmentKey(id))!);
    stored.answers['weg-manier'] = { level: 5, note };
    stored.updatedAt = new Date(Date.parse(stored.updatedAt) + 60_000).toISOString();
    localStorage.setItem(assessmentKey(id), JSON.stringify(stored));
  }

  it('takes the other tab’s version when nothing here is unsaved', async () => {
    const store = useAssessmentsStore();
    const a = store.create({ title: 'Scan', region: 'Regio', date: '' });
    await committed();
    otherTabWrites(a.id, 'uit tabblad 2');
    store.externalChange(a.id);
    expect(store.current?.answers['weg-manier']?.note).toBe('uit tabblad 2');
    expect(store.saveState).toBe('saved');
  });

  it('never overwrites the other tab silently: a pending edit becomes a conflict', async () => {
    const store = useAssessmentsStore();
    const a = store.create({ title: 'Scan', region: 'Regio', date: '' });
    store.setAnswer('weg-criteria', { note: 'hier getypt' });
    otherTabWrites(a.id, 'uit tabblad 2');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.saveState).toBe('conflict');
    expect(stored(a.id).answers['weg-manier'].note).toBe('uit tabblad 2');
    expect(stored(a.id).answers['weg-criteria']).toBeUndefined();
    // Further edits wait for the user's choice.
    store.setAnswer('weg-criteria', { note: 'hier getypt!' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(stored(a.id).answers['weg-criteria']).toBeUndefined();
    store.resolveConflict('mine');
    await committed();
    expect(store.saveState).toBe('saved');
    expect(stored(a.id).answers['weg-criteria'].note).toBe('hier getypt!');
  });

  it('can load the other version instead', () => {
    const store = useAssessmentsStore();
    const a = store.create({ title: 'Scan', region: 'Regio', date: '' });
    store.setAnswer('weg-criteria', { note: 'hier getypt' });
    otherTabWrites(a.id, 'uit tabblad 2');
    store.externalChange(a.id);
    expect(store.saveState).toBe('conflict');
    store.resolveConflict('theirs');
    expect(store.current?.answers['weg-manier']?.note).toBe('uit tabblad 2');
    expect(store.current?.answers['weg-criteria']).toBeUndefined();
  });
});
