// Deletions in the localStorage journal. A deletion is written there (synchronously) before remove() and
// clearAll() return, and removed once IndexedDB has committed it; a start that finds one applies it first,
// so a deletion whose IndexedDB transaction never committed (a killed browser) does not come back.
import { clearScans, deleteScans } from './idb';
import { keysOf } from './repository';
import { CLEARED_KEY, TOMBSTONE_PREFIX, assessmentKey, tombstoneKey } from './keys';

let written = 0;

/**
 * Writes a mark under a key and returns the way to drop it: only if it is still this mark, since a later
 * deletion of the same scan (or a later "remove all data") writes its own, still on its way.
 */
function mark(journal: Storage, key: string): () => void {
  const token = `${new Date().toISOString()}#${++written}`;
  try {
    journal.setItem(key, token);
  } catch {
    // No room for the mark: the deletion still goes ahead in memory and in IndexedDB, as before.
  }
  return () => {
    if (journal.getItem(key) === token) journal.removeItem(key);
  };
}

export const markDeleted = (journal: Storage, id: string) => mark(journal, tombstoneKey(id));
export const markCleared = (journal: Storage) => mark(journal, CLEARED_KEY);

/** A save of a deleted scan (undo) wins over its deletion: called after its journal text is written. */
export const unmarkDeleted = (journal: Storage, id: string) => journal.removeItem(tombstoneKey(id));

/**
 * At start, before the journal is moved in: a "remove all data" clears IndexedDB's scans (scans saved after
 * it are still in the journal), then each deleted scan goes, unless a journal text of it (a later save) is
 * beside its tombstone. The marks are removed only once IndexedDB has committed.
 */
export async function applyDeletions(db: IDBDatabase, journal: Storage): Promise<void> {
  if (journal.getItem(CLEARED_KEY) !== null) {
    await clearScans(db);
    journal.removeItem(CLEARED_KEY);
  }
  const tombstones = keysOf(journal, TOMBSTONE_PREFIX);
  const ids = tombstones
    .map((key) => key.slice(TOMBSTONE_PREFIX.length))
    .filter((id) => journal.getItem(assessmentKey(id)) === null);
  if (ids.length > 0) await deleteScans(db, ids);
  tombstones.forEach((key) => journal.removeItem(key));
}
