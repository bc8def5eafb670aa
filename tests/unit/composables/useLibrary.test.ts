import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { useLibrary } from '../../../src/composables/useLibrary';
import { useLibraryStore } from '../../../src/stores/library';
import { appRepository, configureStorage } from '../../../src/storage/context';
import { createAssessment } from '../../../src/domain/assessment';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { Assessment } from '../../../src/domain/types';
import { MemoryStorage } from '../../support/memory-storage';
import { assessmentKey } from '../../support/storage-keys';
import { setupInApp } from '../../support/composable';

const scan = (title: string, updatedAt: string): Assessment => ({
  ...createAssessment({ title, region: 'Regio', date: '2026-11-28' }, CHECKLIST.version, new Date(updatedAt)),
  updatedAt,
});

let storage: MemoryStorage;
let mounted: VueWrapper[];
let a: Assessment;
let b: Assessment;
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage(storage);
  mounted = [];
  a = scan('A', '2026-01-01T00:00:00.000Z');
  b = scan('B', '2026-02-01T00:00:00.000Z');
  for (const s of [a, b]) storage.setItem(assessmentKey(s.id), JSON.stringify(s));
});
afterEach(() => mounted.forEach((w) => w.unmount()));

/** A screen using the composable, in a fresh app (and so a fresh Pinia). */
async function screen(options?: { onDemand?: boolean }) {
  const { result, wrapper } = await setupInApp(() => useLibrary(options));
  mounted.push(wrapper);
  return result;
}

const snapshot = () =>
  Object.fromEntries(
    Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map((k) => [k, storage.getItem(k)]),
  );

describe('useLibrary', () => {
  it('gives a screen the scans, newest first', async () => {
    const { scans } = await screen();
    expect(scans.value.map((x) => x.title)).toEqual(['B', 'A']);
  });

  it('reads storage once, and every later user shares that list', async () => {
    const list = vi.spyOn(appRepository(), 'list');
    const first = await screen();
    // A second user in the same app: same Pinia, so same store.
    const store = useLibraryStore();
    const second = useLibrary();
    expect(second.scans.value).toBe(first.scans.value);
    expect(store.list).toBe(first.scans.value);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('writes nothing when it reads, even with an entry it cannot read', async () => {
    storage.setItem(assessmentKey('kapot'), '{"half": ');
    const before = snapshot();
    const { scans } = await screen();
    expect(scans.value.map((x) => x.title)).toEqual(['B', 'A']);
    expect(snapshot()).toEqual(before);
  });

  it('follows the store’s writes without reading storage again', async () => {
    const { scans } = await screen();
    const list = vi.spyOn(appRepository(), 'list');
    const store = useLibraryStore();
    store.rename(a.id, 'A hernoemd');
    expect(scans.value.map((x) => x.title)).toEqual(expect.arrayContaining(['A hernoemd', 'B']));
    store.showSaved({ ...b, title: 'B bewaard', updatedAt: '2027-01-01T00:00:00.000Z' });
    expect(scans.value[0]?.title).toBe('B bewaard');
    // rename saves through the store, which reads the list again; showSaved does not.
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('on demand, reads only when asked', async () => {
    const list = vi.spyOn(appRepository(), 'list');
    const { scans, read } = await screen({ onDemand: true });
    expect(list).not.toHaveBeenCalled();
    expect(scans.value).toEqual([]);
    expect(read().map((x) => x.title)).toEqual(['B', 'A']);
    expect(scans.value.map((x) => x.title)).toEqual(['B', 'A']);
    read();
    expect(list).toHaveBeenCalledTimes(1);
  });
});
