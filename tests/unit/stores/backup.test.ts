import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import {
  BACKUP_REMINDER_DAYS,
  daysSinceBackup,
  markBackedUp,
  needsBackupReminder,
} from '../../../src/domain/backup';
import { exportLibrary, parseLibrary } from '../../../src/domain/library-file';
import { exportFile, parseImport } from '../../../src/domain/file-format';
import { configureStorage } from '../../../src/storage/context';
import { useLibraryStore } from '../../../src/stores/library';
import { useAssessmentsStore } from '../../../src/stores/assessments';
import { seededAssessment } from '../../e2e/seed';
import { maximalScan } from '../../support/maximal-scan';

const DAY = 24 * 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);
const snapshot = () => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]));

describe('when a scan was last backed up', () => {
  const scan = {
    ...seededAssessment(),
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
  };

  it('records the time of the copy without counting it as an edit', () => {
    const marked = markBackedUp(scan, at('2026-11-30T09:00:00Z'));
    expect(marked.backedUpAt).toBe('2026-11-30T09:00:00.000Z');
    expect(marked.updatedAt).toBe(scan.updatedAt);
    expect(daysSinceBackup(marked, at('2026-12-12T10:00:00Z'))).toBe(12);
    expect(daysSinceBackup(scan, at('2026-12-12T10:00:00Z'))).toBeNull();
  });

  it(`reminds after ${BACKUP_REMINDER_DAYS} days of edits no backup holds, and not before or after a backup`, () => {
    // Never backed up: counted from when the scan was made.
    expect(needsBackupReminder(scan, new Date(Date.parse(scan.createdAt) + 13 * DAY))).toBe(false);
    expect(needsBackupReminder(scan, new Date(Date.parse(scan.createdAt) + 14 * DAY))).toBe(true);
    // Backed up after the last edit: nothing to remind of, however long ago.
    const backedUp = markBackedUp(scan, at('2026-11-29T00:00:00Z'));
    expect(needsBackupReminder(backedUp, at('2027-06-01T00:00:00Z'))).toBe(false);
    // Edited after the backup: reminded once the backup is 14 days old.
    const edited = { ...backedUp, updatedAt: '2026-12-01T00:00:00.000Z' };
    expect(needsBackupReminder(edited, at('2026-12-12T23:00:00Z'))).toBe(false);
    expect(needsBackupReminder(edited, at('2026-12-13T00:00:00Z'))).toBe(true);
  });
});

describe('the library file ("Alles exporteren")', () => {
  const now = at('2026-11-30T12:00:00Z');

  it('brings every scan back, every field intact, and is refused as a single scan', () => {
    const scans = [maximalScan(), seededAssessment('Tweede')];
    const text = exportLibrary(scans, now);
    expect(parseLibrary(text, text.length)).toEqual({
      ok: true,
      scans: scans.map((assessment) => ({ assessment })),
    });
    expect(parseImport(text, text.length)).toEqual({ ok: false, error: { code: 'library' } });
  });

  it('refuses the whole file for one bad scan, a doubled scan, a newer layout or another app, saying which', () => {
    const good = seededAssessment();
    const file = (assessments: unknown[], extra: object = {}) => {
      const text = JSON.stringify({ ...JSON.parse(exportLibrary([], now)), assessments, ...extra });
      return parseLibrary(text, text.length);
    };
    const bad = { ...good, id: 'ander-id', actions: [{ ...good.actions[0], priority: 'urgent' }] };
    expect(file([good, bad])).toEqual({
      ok: false,
      error: { code: 'library-scan', position: 2, reason: { code: 'invalid', field: 'actions.0.priority' } },
    });
    expect(file([good, { ...good, schemaVersion: 99 }])).toMatchObject({
      error: { code: 'library-scan', position: 2, reason: { code: 'newer-version', version: 99 } },
    });
    expect(file([good, good])).toEqual({ ok: false, error: { code: 'library-duplicate', position: 2 } });
    expect(file([good], { libraryVersion: 2 })).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 2 },
    });
    expect(file([good], { assessments: 'geen lijst' })).toEqual({
      ok: false,
      error: { code: 'invalid', field: 'assessments' },
    });
    expect(parseLibrary('{"app":"iets anders"}', 20)).toEqual({ ok: false, error: { code: 'not-pga' } });
    expect(parseLibrary('{', 1)).toEqual({ ok: false, error: { code: 'not-json' } });
  });
});

describe('importing a library into the store', () => {
  beforeEach(() => {
    localStorage.clear();
    configureStorage(localStorage);
    setActivePinia(createPinia());
  });

  it('adds new scans, skips the same version, and leaves other versions for the user to decide', () => {
    const library = useLibraryStore();
    const same = seededAssessment('Zelfde');
    const changed = seededAssessment('Gewijzigd');
    library.save(same);
    library.save(changed);
    const newer = { ...changed, title: 'Gewijzigd in het bestand', updatedAt: '2026-12-01T00:00:00.000Z' };
    const fresh = seededAssessment('Nieuw');
    // A backup time of its own does not make the same scan another version.
    const text = exportLibrary([markBackedUp(same, new Date()), newer, fresh], new Date());
    const outcome = library.importText(text, text.length);
    expect(outcome).toMatchObject({ kind: 'library', failed: null });
    if (outcome.kind !== 'library') return;
    expect(outcome.imported.map((a) => a.title)).toEqual(['Nieuw']);
    expect(outcome.unchanged.map((a) => a.title)).toEqual(['Zelfde']);
    expect(outcome.conflicts.map((c) => [c.existing.title, c.incoming.title])).toEqual([
      ['Gewijzigd', 'Gewijzigd in het bestand'],
    ]);
    // Nothing overwritten until the user chooses.
    expect(library.list.find((a) => a.id === changed.id)?.title).toBe('Gewijzigd');
    library.resolveAll(outcome.conflicts, 'both');
    expect(library.list.map((a) => a.title).sort()).toEqual([
      'Gewijzigd',
      'Gewijzigd in het bestand',
      'Nieuw',
      'Zelfde',
    ]);
    library.resolveAll(outcome.conflicts, 'replace');
    expect(library.list.find((a) => a.id === changed.id)?.title).toBe('Gewijzigd in het bestand');
  });

  it('changes nothing in the browser for a broken library file', () => {
    const library = useLibraryStore();
    library.save(seededAssessment('Bestaand'));
    const before = snapshot();
    const text = exportLibrary(
      [seededAssessment('Nieuw'), { ...seededAssessment('Kapot'), id: 'X' }],
      new Date(),
    );
    expect(library.importText(text, text.length)).toMatchObject({
      kind: 'library-error',
      error: { code: 'library-scan', position: 2 },
    });
    expect(snapshot()).toEqual(before);
  });

  it('keeps the backup time on the open scan, so its next save does not drop it, and never as an edit', () => {
    const assessments = useAssessmentsStore();
    const library = useLibraryStore();
    const scan = seededAssessment();
    library.save(scan);
    assessments.open(scan.id);
    assessments.keepBackupTime(scan.id, '2026-12-01T08:00:00.000Z');
    expect(assessments.current?.backedUpAt).toBe('2026-12-01T08:00:00.000Z');
    library.refresh();
    expect(library.list[0]?.backedUpAt).toBe('2026-12-01T08:00:00.000Z');
    expect(library.list[0]?.updatedAt).toBe(scan.updatedAt);
    // An older time never replaces a newer one.
    assessments.keepBackupTime(scan.id, '2026-11-30T08:00:00.000Z');
    expect(assessments.current?.backedUpAt).toBe('2026-12-01T08:00:00.000Z');
    assessments.setAnswer('weg-manier', { level: 5 });
    library.refresh();
    expect(library.list[0]?.backedUpAt).toBe('2026-12-01T08:00:00.000Z');
    // A scan that is not open is updated in storage.
    assessments.close();
    assessments.keepBackupTime(scan.id, '2026-12-02T08:00:00.000Z');
    library.refresh();
    expect(library.list[0]?.backedUpAt).toBe('2026-12-02T08:00:00.000Z');
  });

  it('exports a single scan in the format it always had, now with its backup time', () => {
    const scan = markBackedUp(seededAssessment(), at('2026-12-01T08:00:00Z'));
    const text = exportFile(scan, at('2026-12-01T08:00:00Z'));
    expect(parseImport(text, text.length)).toEqual({ ok: true, assessment: scan });
  });
});
