import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AUTOSAVE_DELAY_MS, useAssessmentsStore } from '../../../src/stores/assessments';
import { useLibraryStore } from '../../../src/stores/library';
import { configureStorage } from '../../../src/storage/context';
import { MemoryStorage } from '../../support/memory-storage';
import { assessmentKey } from '../../support/storage-keys';

// The open scan and the library: deleting lets go of the open scan in the same step, and the open scan's saves
// reach the list without the list being read again.
let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage(storage);
  setActivePinia(createPinia());
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

const make = (title: string) => useAssessmentsStore().create({ title, region: 'Regio', date: '2026-11-28' });

describe('deleting the open scan', () => {
  it('lets go of it first, so its pending edit never brings it back', () => {
    const store = useAssessmentsStore();
    const a = make('Open');
    store.setAnswer('weg-manier', { note: 'nog niet bewaard' });
    expect(store.saveState).toBe('pending');
    store.removeScan(a.id);
    expect(store.current).toBeNull();
    expect(store.saveState).toBe('idle');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    store.flush();
    expect(storage.getItem(assessmentKey(a.id))).toBeNull();
    const library = useLibraryStore();
    expect(library.list).toEqual([]);
    expect(library.deleted?.id).toBe(a.id);
  });

  it('keeps the open scan when another one is deleted', () => {
    const other = make('Ander');
    const store = useAssessmentsStore();
    const open = make('Open');
    store.removeScan(other.id);
    expect(store.current?.id).toBe(open.id);
    expect(
      useLibraryStore()
        .load()
        .map((x) => x.id),
    ).toEqual([open.id]);
    expect(storage.getItem(assessmentKey(other.id))).toBeNull();
  });
});

describe('removing all data', () => {
  it('lets go of the open scan without writing it, and empties the list', async () => {
    const store = useAssessmentsStore();
    const a = make('Open');
    store.setAnswer('weg-manier', { note: 'nog niet bewaard' });
    await store.clearAll();
    expect(store.current).toBeNull();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(storage.getItem(assessmentKey(a.id))).toBeNull();
    expect(useLibraryStore().list).toEqual([]);
  });
});

describe('the open scan in the list', () => {
  it('shows each save of the open scan in a list read before, without reading it again', () => {
    const older = make('Eerder');
    vi.advanceTimersByTime(1000);
    const store = useAssessmentsStore();
    const open = make('Open');
    const library = useLibraryStore();
    expect(library.load().map((x) => x.id)).toEqual([open.id, older.id]);
    store.open(older.id);
    vi.advanceTimersByTime(1000);
    store.setAnswer('weg-manier', { level: 3, note: 'getypt' });
    expect(library.list.find((x) => x.id === older.id)?.answers['weg-manier']).toBeUndefined();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    // Newest first: the scan just saved moves to the top.
    expect(library.list.map((x) => x.id)).toEqual([older.id, open.id]);
    expect(library.list[0]?.answers['weg-manier']).toEqual({ level: 3, note: 'getypt' });
  });

  it('shows the time of a backup of a scan that is not open', () => {
    const a = make('Scan');
    const store = useAssessmentsStore();
    store.close();
    const library = useLibraryStore();
    library.load();
    store.keepBackupTime(a.id, '2027-01-02T08:00:00.000Z');
    expect(library.list[0]?.backedUpAt).toBe('2027-01-02T08:00:00.000Z');
  });
});
