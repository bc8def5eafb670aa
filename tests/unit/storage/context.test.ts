import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createLocalRepository } from '../../../src/storage/local-repository';
import { MemoryStorage } from '../../support/memory-storage';

// The module keeps one storage for the app: each test imports a fresh copy of it.
const fresh = () => import('../../../src/storage/context');

/** localStorage as a browser that refuses it (private mode, policy) shows it. */
function refuseLocalStorage() {
  const refusing = new MemoryStorage();
  refusing.full = true;
  vi.stubGlobal('localStorage', refusing);
}

beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('storage context', () => {
  it('serves the browser’s localStorage and a repository on it when nothing was configured', async () => {
    const { appStorage, appRepository } = await fresh();
    expect(appStorage()).toBe(localStorage);
    expect(appRepository()).toMatchObject({ kind: 'localstorage', persistent: true });
  });

  it('serves memory alone where localStorage is refused', async () => {
    refuseLocalStorage();
    const { appStorage, appRepository } = await fresh();
    expect(appRepository()).toMatchObject({ kind: 'memory', persistent: false });
    expect(appStorage()).toBeNull();
  });

  it('serves what a test configured, and a local repository on it when given none', async () => {
    const { configureStorage, appStorage, appRepository } = await fresh();
    const storage = new MemoryStorage();
    const repository = createLocalRepository(null);
    configureStorage(storage, repository);
    expect([appStorage(), appRepository()]).toEqual([storage, repository]);
    configureStorage(storage);
    expect(appRepository()).not.toBe(repository);
    expect(appRepository().kind).toBe('localstorage');
    configureStorage(null);
    expect([appStorage(), appRepository().kind]).toEqual([null, 'memory']);
  });

  it('opens IndexedDB at start where the browser has it', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    const set = vi.spyOn(globalThis, 'setTimeout');
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    const { initStorage, appStorage, appRepository } = await fresh();
    await initStorage();
    expect(appRepository().kind).toBe('indexeddb');
    expect(appStorage()).toBe(localStorage);
    // The five-second give-up is called off once IndexedDB has answered.
    const giveUp = set.mock.calls.findIndex(([, ms]) => ms === 5000);
    expect(giveUp).toBeGreaterThanOrEqual(0);
    expect(cleared).toHaveBeenCalledWith(set.mock.results[giveUp]?.value);
  });

  it('keeps localStorage where the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { initStorage, appRepository } = await fresh();
    await initStorage();
    expect(appRepository().kind).toBe('localstorage');
  });

  it('does not open IndexedDB where localStorage, its journal, is refused', async () => {
    const factory = new IDBFactory();
    const open = vi.spyOn(factory, 'open');
    vi.stubGlobal('indexedDB', factory);
    refuseLocalStorage();
    const { initStorage, appRepository } = await fresh();
    await initStorage();
    expect([appRepository().kind, open.mock.calls.length]).toEqual(['memory', 0]);
  });

  it('keeps localStorage where IndexedDB refuses to open', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('Not allowed', 'SecurityError');
    });
    vi.stubGlobal('indexedDB', factory);
    const { initStorage, appRepository } = await fresh();
    await expect(initStorage()).resolves.toBeUndefined();
    expect(appRepository().kind).toBe('localstorage');
  });

  it('gives up on an IndexedDB that never answers after five seconds, and not before', async () => {
    const factory = new IDBFactory();
    // A request whose events never fire, as in a browser that hangs on open.
    vi.spyOn(factory, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    vi.stubGlobal('indexedDB', factory);
    vi.useFakeTimers();
    const { initStorage, appRepository } = await fresh();
    let done = false;
    void initStorage().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(4999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(appRepository().kind).toBe('localstorage');
    // The timer is gone once the start is over: nothing is left to fire.
    expect(vi.getTimerCount()).toBe(0);
  });
});
