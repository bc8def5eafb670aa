import { UNREADABLE_PREFIX, ASSESSMENT_PREFIX } from './keys';
import { keysOf, type AssessmentRepository } from './repository';
import { openDatabase, putScans, readDeletions, readScans } from './idb';
import { reconcile } from './reconcile';
import { createIndexedRepository } from './indexed-repository';
import { applyDeletions, dropDeletedCopies } from './tombstones';

function journalEntries(journal: Storage): Map<string, string> {
  return new Map(
    keysOf(journal, ASSESSMENT_PREFIX).map((key) => [
      key.slice(ASSESSMENT_PREFIX.length),
      journal.getItem(key) ?? '',
    ]),
  );
}

function dropIfUnchanged(journal: Storage, entries: Array<[string, string]>) {
  for (const [id, raw] of entries) {
    const key = ASSESSMENT_PREFIX + id;
    if (journal.getItem(key) === raw) journal.removeItem(key);
  }
}

/**
 * Opens the scans in IndexedDB and moves in what localStorage still holds, losing nothing: a localStorage
 * text is removed only after IndexedDB has committed it (or holds it already, or a later version of it).
 * If IndexedDB refuses the move, the texts stay in localStorage and the app shows them all the same.
 */
export async function openIndexedRepository(
  journal: Storage,
  factory: IDBFactory,
): Promise<AssessmentRepository> {
  const db = await openDatabase(factory);
  // Deletions a closed tab left unfinished, before anything is read: what was deleted stays deleted.
  await applyDeletions(db, journal);
  const stored = await readScans(db);
  dropDeletedCopies(journal, stored, await readDeletions(db));
  const plan = reconcile(stored, journalEntries(journal));
  for (const [id, raw] of plan.unreadable) {
    const key = `${UNREADABLE_PREFIX}journal:${id}`;
    try {
      journal.setItem(key, raw);
      journal.removeItem(ASSESSMENT_PREFIX + id);
    } catch {
      // No room for the copy: it stays where it was, still unread, still there.
    }
  }
  dropIfUnchanged(journal, plan.superseded);
  if (plan.toMove.length > 0) {
    await putScans(db, plan.toMove).then(
      () => dropIfUnchanged(journal, plan.toMove),
      () => undefined,
    );
  }
  return createIndexedRepository(db, journal, plan.scans);
}
