import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { usePersistenceStore } from '../../../src/stores/persistence';

/** navigator.storage as a browser offers it: whether it keeps the data, the estimate, and persist(). */
function browserStorage(persisted: boolean, grants: boolean) {
  const state = { persisted };
  const manager = {
    persisted: vi.fn(async () => state.persisted),
    estimate: vi.fn(async () => ({ usage: 2048, quota: 1_000_000 })),
    persist: vi.fn(async () => {
      state.persisted = grants;
      return grants;
    }),
  };
  Object.defineProperty(navigator, 'storage', { configurable: true, value: manager });
  return manager;
}

let original: PropertyDescriptor | undefined;
beforeEach(() => {
  original = Object.getOwnPropertyDescriptor(navigator, 'storage');
  setActivePinia(createPinia());
});
afterEach(() => {
  if (original) Object.defineProperty(navigator, 'storage', original);
  else Reflect.deleteProperty(navigator, 'storage');
});

describe('persistence', () => {
  it('knows nothing until asked', () => {
    browserStorage(true, true);
    expect(usePersistenceStore().facts).toEqual({ persisted: null, usage: null, quota: null });
  });

  it('reads what the browser says on refresh', async () => {
    browserStorage(false, true);
    const store = usePersistenceStore();
    await store.refresh();
    expect(store.facts).toEqual({ persisted: false, usage: 2048, quota: 1_000_000 });
  });

  it('asks the browser to keep the data, and reads the answer afterwards', async () => {
    const manager = browserStorage(false, true);
    const store = usePersistenceStore();
    await store.askOnce();
    expect(manager.persist).toHaveBeenCalledTimes(1);
    expect(store.facts).toEqual({ persisted: true, usage: 2048, quota: 1_000_000 });
  });

  it('reports a refusal as not kept', async () => {
    const manager = browserStorage(false, false);
    const store = usePersistenceStore();
    await store.askOnce();
    expect(manager.persist).toHaveBeenCalledTimes(1);
    expect(store.facts.persisted).toBe(false);
  });

  it('does not ask when the data is already kept, but still reports it', async () => {
    const manager = browserStorage(true, true);
    const store = usePersistenceStore();
    await store.askOnce();
    expect(manager.persist).not.toHaveBeenCalled();
    expect(store.facts).toEqual({ persisted: true, usage: 2048, quota: 1_000_000 });
  });

  it('asks once per visit, however often a save asks', async () => {
    const manager = browserStorage(false, false);
    const store = usePersistenceStore();
    await store.askOnce();
    await store.askOnce();
    await Promise.all([store.askOnce(), store.askOnce()]);
    expect(manager.persist).toHaveBeenCalledTimes(1);
    expect(manager.persisted).toHaveBeenCalledTimes(2);
  });

  it('asks at most once even when the first ask has not finished', async () => {
    const manager = browserStorage(false, true);
    const store = usePersistenceStore();
    await Promise.all([store.askOnce(), store.askOnce()]);
    expect(manager.persist).toHaveBeenCalledTimes(1);
  });

  it('where the browser says nothing, the facts stay unknown', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: undefined });
    const store = usePersistenceStore();
    await store.askOnce();
    expect(store.facts).toEqual({ persisted: null, usage: null, quota: null });
  });
});
