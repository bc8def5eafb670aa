import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createPinia, setActivePinia } from 'pinia';
import { appRepository, configureStorage } from '../../../src/storage/context';
import { useLibraryStore } from '../../../src/stores/library';
import { exportFile } from '../../../src/domain/file-format';
import { seededAssessment } from '../../e2e/seed';
import { assessmentKey, LOCALE_KEY } from '../../support/storage-keys';

const snapshot = () => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]));

describe('library store', () => {
  beforeEach(() => {
    localStorage.clear();
    configureStorage(localStorage);
    setActivePinia(createPinia());
  });
  afterEach(() => vi.useRealTimers());

  it('renames, duplicates and deletes with undo', () => {
    vi.useFakeTimers();
    const library = useLibraryStore();
    const a = seededAssessment();
    library.save(a);
    library.rename(a.id, '  Nieuwe titel ');
    expect(library.list[0]?.title).toBe('Nieuwe titel');
    const result = library.duplicate(a.id, '(kopie)');
    const copy = result?.ok ? result.assessment : null;
    expect(copy?.title).toBe('Nieuwe titel (kopie)');
    expect(copy?.answers).toEqual(a.answers);
    expect(library.list).toHaveLength(2);
    library.remove(a.id);
    expect(library.list.map((x) => x.id)).toEqual([copy?.id]);
    library.undoRemove();
    expect(library.list).toHaveLength(2);
    library.remove(a.id);
    // No time limit: the offer stays until the user moves on.
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(library.deleted?.id).toBe(a.id);
    library.dismissUndo();
    expect(library.deleted).toBeNull();
  });

  it('imports a new scan, and asks before replacing one with the same id', () => {
    const library = useLibraryStore();
    const a = seededAssessment();
    const text = exportFile(a, new Date());
    expect(library.importText(text, text.length)).toMatchObject({ kind: 'imported' });
    const again = library.importText(text, text.length);
    expect(again.kind).toBe('conflict');
    if (again.kind !== 'conflict') return;
    const both = library.resolve(again.incoming, 'both');
    expect(both.kind === 'imported' && both.assessment.id !== a.id).toBe(true);
    expect(library.list).toHaveLength(2);
    library.resolve({ ...again.incoming, title: 'Vervangen' }, 'replace');
    expect(library.list.find((x) => x.id === a.id)?.title).toBe('Vervangen');
  });

  it('reads without writing: unreadable entries are skipped, and stay where they are', () => {
    localStorage.setItem(assessmentKey('kapot'), '{"half": ');
    const a = seededAssessment();
    localStorage.setItem(assessmentKey(a.id), JSON.stringify(a));
    const before = snapshot();
    const library = useLibraryStore();
    library.refresh();
    expect(library.list.map((x) => x.id)).toEqual([a.id]);
    expect(library.unreadable).toEqual([]);
    expect(snapshot()).toEqual(before);
  });

  it('sets unreadable stored data aside instead of losing it, when asked', () => {
    localStorage.setItem(assessmentKey('kapot'), '{"half": ');
    const newer = { ...seededAssessment(), schemaVersion: 99 };
    localStorage.setItem(assessmentKey(newer.id), JSON.stringify(newer));
    const library = useLibraryStore();
    library.setAsideUnreadable();
    expect(library.list).toEqual([]);
    expect(library.unreadable.map((u) => u.raw).sort()).toEqual([JSON.stringify(newer), '{"half": '].sort());
    expect(localStorage.getItem(assessmentKey('kapot'))).toBeNull();
    library.discardUnreadable(library.unreadable[0]!.key);
    expect(library.unreadable).toHaveLength(1);
  });

  it('reads storage once, however often the list is asked for', () => {
    const a = seededAssessment();
    localStorage.setItem(assessmentKey(a.id), JSON.stringify(a));
    const list = vi.spyOn(appRepository(), 'list');
    const library = useLibraryStore();
    expect(library.load().map((x) => x.id)).toEqual([a.id]);
    expect(library.load().map((x) => x.id)).toEqual([a.id]);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('shows a scan saved elsewhere in the list it has read, newest first, as a copy', () => {
    const older = { ...seededAssessment('Ouder'), updatedAt: '2026-01-01T00:00:00.000Z' };
    const library = useLibraryStore();
    library.save(older);
    const newer = { ...seededAssessment('Nieuwer'), updatedAt: '2026-06-01T00:00:00.000Z' };
    library.showSaved(newer);
    expect(library.list.map((x) => x.title)).toEqual(['Nieuwer', 'Ouder']);
    expect(library.list[0]).not.toBe(newer);
    library.showSaved({ ...older, title: 'Ouder, herzien', updatedAt: '2026-07-01T00:00:00.000Z' });
    expect(library.list.map((x) => x.title)).toEqual(['Ouder, herzien', 'Nieuwer']);
  });

  it('leaves a list it has not read alone: the first read finds the scan in storage', () => {
    const library = useLibraryStore();
    library.showSaved(seededAssessment());
    expect(library.list).toEqual([]);
  });

  it('removes everything it keeps, and nothing else', async () => {
    localStorage.setItem('other-app', 'keep');
    const library = useLibraryStore();
    library.save(seededAssessment());
    localStorage.setItem(LOCALE_KEY, 'en');
    await library.clearAll();
    expect(Object.keys(localStorage)).toEqual(['other-app']);
    expect(library.list).toEqual([]);
  });

  it('never changes stored data when importing bad files', () => {
    const library = useLibraryStore();
    library.save(seededAssessment());
    const before = snapshot();
    for (const name of [
      'broken.pgascan.json',
      'other-app.json',
      'newer-version.pgascan.json',
      'invalid-level.pgascan.json',
    ]) {
      const text = readFileSync(`tests/fixtures/${name}`, 'utf8');
      expect(library.importText(text, text.length).kind, name).toBe('error');
    }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
          fc.uint8Array().map((b) => new TextDecoder().decode(b)),
        ),
        (text) => {
          library.importText(text, text.length);
          expect(snapshot()).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
