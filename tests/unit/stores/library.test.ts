import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useLibraryStore } from '../../../src/stores/library';
import { useFileLinksStore } from '../../../src/stores/file-links';
import { appRepository, configureStorage } from '../../../src/storage/context';
import { createLocalRepository } from '../../../src/storage/local-repository';
import type { AssessmentRepository, ChangeListener } from '../../../src/storage/repository';
import { exportFile } from '../../../src/domain/file-format';
import { exportLibrary } from '../../../src/domain/library-file';
import { invitationFile } from '../../../src/domain/invitation';
import type { Assessment, Participant } from '../../../src/domain/types';
import { seededAssessment } from '../../e2e/seed';
import { MemoryStorage } from '../../support/memory-storage';
import { storedScan } from '../../support/open-scan';

// The library's actions over several scans: each finds the scan it is asked for, not merely the first one, and
// reports what came of a write.
let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage(storage);
  setActivePinia(createPinia());
});
afterEach(() => vi.useRealTimers());

/** A scan with its own title and time, so the list's order (newest first) is known. */
const scan = (title: string, day: number): Assessment => ({
  ...seededAssessment(title),
  updatedAt: new Date(Date.UTC(2026, 11, day)).toISOString(),
});

/** Two scans in the library: the newer first in its list, so the older is never the first one found. */
function twoScans() {
  const library = useLibraryStore();
  const older = scan('Ouder', 1);
  const newer = scan('Nieuwer', 2);
  library.save(older);
  library.save(newer);
  return { library, older, newer };
}

const titles = () => useLibraryStore().list.map((a) => a.title);

/** A repository over the test's storage whose nth save (from 1) is refused as full. */
function refusingSave(n: number): void {
  const base = createLocalRepository(storage);
  let count = 0;
  configureStorage(storage, {
    ...base,
    save: (a) => (++count === n ? { ok: false, reason: 'quota' } : base.save(a)),
  });
}

describe('the list', () => {
  it('is newest first, whatever order storage holds the scans in', () => {
    const { older, newer } = twoScans();
    useLibraryStore().refresh();
    expect(useLibraryStore().list.map((a) => a.id)).toEqual([newer.id, older.id]);
  });
});

describe('rename, duplicate and delete find the scan asked for', () => {
  it('renames only that scan, and nothing for a blank title or an unknown id', () => {
    const { library, older, newer } = twoScans();
    expect(library.rename(newer.id, '   ')).toEqual({ ok: true });
    expect(library.rename('onbekend', 'Titel')).toEqual({ ok: true });
    expect(titles()).toEqual(['Nieuwer', 'Ouder']);
    library.rename(older.id, 'Ouder, herzien');
    expect(titles().sort()).toEqual(['Nieuwer', 'Ouder, herzien']);
    expect(storedScan(newer.id).title).toBe('Nieuwer');
  });

  it('duplicates that scan, and nothing for an unknown id', () => {
    const { library, older } = twoScans();
    const copy = library.duplicate(older.id, '(kopie)');
    expect(copy).toMatchObject({ ok: true, assessment: { title: 'Ouder (kopie)', answers: older.answers } });
    expect(library.duplicate('onbekend', '(kopie)')).toBeNull();
    expect(library.list).toHaveLength(3);
  });

  it('deletes that scan and offers it for undo; an unknown id deletes nothing', () => {
    const { library, older, newer } = twoScans();
    library.remove('onbekend');
    expect(library.deleted).toBeNull();
    library.remove(older.id);
    expect(library.deleted?.id).toBe(older.id);
    expect(library.list.map((a) => a.id)).toEqual([newer.id]);
    expect(appRepository().load(older.id).ok).toBe(false);
  });

  it('undo without a deleted scan writes nothing', () => {
    const { library } = twoScans();
    const save = vi.spyOn(appRepository(), 'save');
    expect(library.undoRemove()).toEqual({ ok: true });
    expect(save).not.toHaveBeenCalled();
  });
});

describe('importing a single scan', () => {
  it('says imported, with no upgrade when the file needed none', () => {
    const library = useLibraryStore();
    const a = seededAssessment();
    const text = exportFile(a, new Date());
    const outcome = library.importText(text, text.length);
    expect(outcome).toStrictEqual({ kind: 'imported', assessment: a });
    expect(library.list.map((x) => x.id)).toEqual([a.id]);
  });

  it('asks only about the scan with the same id, among several', () => {
    const { library, older } = twoScans();
    const fresh = exportFile(seededAssessment('Nieuw'), new Date());
    expect(library.importText(fresh, fresh.length).kind).toBe('imported');
    const again = exportFile({ ...older, title: 'Ouder uit bestand' }, new Date());
    expect(library.importText(again, again.length)).toMatchObject({
      kind: 'conflict',
      existing: { id: older.id, title: 'Ouder' },
      incoming: { title: 'Ouder uit bestand' },
    });
  });

  it('says so when the browser refuses the write', () => {
    const library = useLibraryStore();
    const text = exportFile(seededAssessment(), new Date());
    storage.full = true;
    expect(library.importText(text, text.length)).toEqual({ kind: 'write-failed', reason: 'quota' });
    expect(library.list).toEqual([]);
  });
});

describe('opening an invitation', () => {
  const session = (id: string): Assessment => ({ ...seededAssessment(`Sessie ${id}`), id });
  const partner = (id: string, organisation: string): Participant => ({
    id,
    name: '',
    organisation,
    role: 'politie',
    domain: 'veiligheid',
  });
  const open = (s: Assessment, p: Participant) => {
    const text = invitationFile(s, p, new Date('2026-12-01T10:00:00Z'));
    return useLibraryStore().importText(text, text.length);
  };

  it("starts the partner's own scan once; opened again, it is that same scan", () => {
    // A scan of one's own without a session is in the library too.
    useLibraryStore().save(seededAssessment('Eigen scan'));
    const first = open(session('sessie-a'), partner('p1', 'Politie'));
    expect(first).toMatchObject({
      kind: 'invited',
      again: false,
      assessment: {
        session: { id: 'sessie-a', participantId: 'p1' },
        respondent: { organisation: 'Politie' },
      },
    });
    if (first.kind !== 'invited') return;
    expect(storedScan(first.assessment.id).session?.participantId).toBe('p1');
    expect(open(session('sessie-a'), partner('p1', 'Politie'))).toEqual({
      kind: 'invited',
      assessment: storedScan(first.assessment.id),
      again: true,
    });
    expect(useLibraryStore().list).toHaveLength(2);
  });

  it('starts another scan for another participant, or the same participant id in another session', () => {
    const first = open(session('sessie-a'), partner('p1', 'Politie'));
    const other = open(session('sessie-a'), partner('p2', 'GGZ'));
    const elsewhere = open(session('sessie-b'), partner('p1', 'Politie'));
    expect([other, elsewhere].map((o) => o.kind === 'invited' && o.again)).toEqual([false, false]);
    const ids = [first, other, elsewhere].map((o) => (o.kind === 'invited' ? o.assessment.id : null));
    expect(new Set(ids).size).toBe(3);
    expect(useLibraryStore().list).toHaveLength(3);
  });

  it('refuses an invitation of a newer version, or a broken one, writing nothing', () => {
    const text = invitationFile(session('sessie-a'), partner('p1', 'Politie'), new Date());
    const newer = JSON.stringify({ ...JSON.parse(text), invitationVersion: 2 });
    const broken = JSON.stringify({ ...JSON.parse(text), participant: null });
    const library = useLibraryStore();
    expect(library.importText(newer, newer.length)).toEqual({
      kind: 'invitation-error',
      error: 'newer-version',
    });
    expect(library.importText(broken, broken.length)).toEqual({ kind: 'invitation-error', error: 'invalid' });
    expect(storage.length).toBe(0);
  });

  it('says so when the browser refuses the new scan', () => {
    storage.full = true;
    expect(open(session('sessie-a'), partner('p1', 'Politie'))).toEqual({
      kind: 'write-failed',
      reason: 'quota',
    });
  });
});

describe('a library file and the choice for its conflicts', () => {
  it('shows what it brought in the list at once', () => {
    const library = useLibraryStore();
    library.load();
    const text = exportLibrary([scan('Een', 1), scan('Twee', 2)], new Date());
    library.importText(text, text.length);
    expect(titles()).toEqual(['Twee', 'Een']);
  });

  it('stops at the first write the browser refuses: the scans before it are kept, none after it', () => {
    const scans = [scan('Een', 1), scan('Twee', 2), scan('Drie', 3)];
    refusingSave(2);
    const text = exportLibrary(scans, new Date());
    const outcome = useLibraryStore().importText(text, text.length);
    expect(outcome).toMatchObject({ kind: 'library', failed: 'quota' });
    expect(outcome.kind === 'library' && outcome.imported.map((a) => a.title)).toEqual(['Een']);
    expect(titles()).toEqual(['Een']);
  });

  it('replaces every conflict, or stops at a refused write keeping the ones before it', () => {
    const { library, older, newer } = twoScans();
    const conflicts = [older, newer].map((existing) => ({
      existing,
      incoming: { ...existing, title: `${existing.title} uit bestand` },
    }));
    const all = library.resolveAll(conflicts, 'replace');
    expect(all).toMatchObject({ kind: 'library', failed: null });
    expect(all.kind === 'library' && all.imported.map((a) => a.title)).toEqual([
      'Ouder uit bestand',
      'Nieuwer uit bestand',
    ]);
    refusingSave(2);
    const part = library.resolveAll(
      conflicts.map((c) => ({ ...c, incoming: { ...c.incoming, title: `${c.existing.title} 2` } })),
      'replace',
    );
    expect(part).toMatchObject({ kind: 'library', failed: 'quota' });
    expect(part.kind === 'library' && part.imported.map((a) => a.title)).toEqual(['Ouder 2']);
    expect(titles()).toEqual(['Nieuwer uit bestand', 'Ouder 2']);
  });
});

describe('other tabs and the repository', () => {
  /** The repository over the test's storage, with the listener it was given to call by hand. */
  function watched(): { tell: ChangeListener; stopped: () => boolean } {
    const base = createLocalRepository(storage);
    let listener: ChangeListener = () => undefined;
    let stop = false;
    const repository: AssessmentRepository = {
      ...base,
      watch: (l) => {
        listener = l;
        return () => (stop = true);
      },
    };
    configureStorage(storage, repository);
    return { tell: (id) => listener(id), stopped: () => stop };
  }

  it('tells the open scan which scan another tab changed, and reads a list it has read again', () => {
    const { tell, stopped } = watched();
    const library = useLibraryStore();
    const told: string[] = [];
    const stop = library.followOtherTabs((id) => told.push(id));
    const a = scan('Uit tabblad 2', 1);
    appRepository().save(a);
    tell(a.id);
    // Not read yet: the first read will find it.
    expect(library.list).toEqual([]);
    library.load();
    appRepository().save({ ...a, title: 'Herzien' });
    tell(null);
    expect(told).toEqual([a.id]);
    expect(titles()).toEqual(['Herzien']);
    stop();
    expect(stopped()).toBe(true);
  });

  it('says a write is kept only once the repository has committed it', async () => {
    let land: () => void = () => undefined;
    configureStorage(storage, {
      ...createLocalRepository(storage),
      settled: () => new Promise<void>((resolve) => (land = resolve)),
    });
    let kept = false;
    const waiting = useLibraryStore()
      .whenKept()
      .then(() => (kept = true));
    await Promise.resolve();
    expect(kept).toBe(false);
    land();
    await waiting;
    expect(kept).toBe(true);
  });

  it('forgets the file links when all data is removed', async () => {
    const { library } = twoScans();
    const forgetAll = vi.spyOn(useFileLinksStore(), 'forgetAll');
    await library.clearAll();
    expect(forgetAll).toHaveBeenCalledTimes(1);
    expect(library.list).toEqual([]);
  });
});
