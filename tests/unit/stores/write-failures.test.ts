import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { configureStorage } from '../../../src/storage/context';
import { useLibraryStore } from '../../../src/stores/library';
import { useSettingsStore } from '../../../src/stores/settings';
import { useAssessmentsStore } from '../../../src/stores/assessments';
import { MemoryStorage } from '../../support/memory-storage';
import { assessmentKey } from '../../support/storage-keys';
import { seededAssessment } from '../../e2e/seed';

const QUOTA = { ok: false, reason: 'quota' } as const;

describe('a write the browser refuses is reported, and the work stays in the window', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    configureStorage(storage);
    setActivePinia(createPinia());
  });

  it('on rename', () => {
    const library = useLibraryStore();
    const a = seededAssessment();
    expect(library.save(a)).toEqual({ ok: true });
    storage.full = true;
    expect(library.rename(a.id, 'Nieuw')).toEqual(QUOTA);
    expect(library.list[0]?.title).toBe(a.title);
  });

  it('on duplicate', () => {
    const library = useLibraryStore();
    const a = seededAssessment();
    library.save(a);
    storage.full = true;
    expect(library.duplicate(a.id, '(kopie)')).toEqual(QUOTA);
    expect(library.list).toHaveLength(1);
  });

  it('on undo of a delete: the scan stays offered for another try', () => {
    const library = useLibraryStore();
    const a = seededAssessment();
    library.save(a);
    library.remove(a.id);
    storage.full = true;
    expect(library.undoRemove()).toEqual(QUOTA);
    expect(library.deleted?.id).toBe(a.id);
    storage.full = false;
    expect(library.undoRemove()).toEqual({ ok: true });
    expect(library.deleted).toBeNull();
    expect(library.list.map((x) => x.id)).toEqual([a.id]);
  });

  it('on a target change and an action edit: the save state says so and the change stays', () => {
    const store = useAssessmentsStore();
    const a = store.create({ title: 'Scan', region: 'Regio', date: '2026-11-29' });
    storage.full = true;
    store.setTarget('wegen', 4);
    expect(store.saveState).toBe('quota');
    expect(store.current?.targets.wegen).toBe(4);
    expect(storage.getItem(assessmentKey(a.id))).not.toContain('"wegen":4');
  });

  it('on keeping the logo: the result says the browser will not remember it', () => {
    const settings = useSettingsStore();
    storage.full = true;
    expect(settings.setLogo('data:image/jpeg;base64,AAAA')).toEqual(QUOTA);
    expect(settings.logo).toBe('data:image/jpeg;base64,AAAA');
    configureStorage(null);
    expect(useSettingsStore().setLogo(null)).toEqual({ ok: false, reason: 'unavailable' });
  });
});
