// Deletions in the localStorage journal. A deletion is written there (synchronously) before remove() and
// clearAll() return, and removed once IndexedDB has committed it; a start that finds one applies it first,
// so a deletion whose IndexedDB transaction never committed (a killed browser) does not come back.
import { clearScans, deleteScans, type Deletions } from './idb';
import { keysOf } from './repository';
import { ASSESSMENT_PREFIX, CLEARED_KEY, TOMBSTONE_PREFIX, assessmentKey, tombstoneKey } from './keys';

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
  const cleared = journal.getItem(CLEARED_KEY);
  if (cleared !== null) {
    // Recorded at the time of the clear itself, so a scan saved after it is later than the clear.
    const at = cleared.split('#')[0] ?? '';
    await clearScans(db, /^\d{4}-/.test(at) ? at : '');
    journal.removeItem(CLEARED_KEY);
  }
  const tombstones = keysOf(journal, TOMBSTONE_PREFIX);
  const ids = tombstones
    .map((key) => key.slice(TOMBSTONE_PREFIX.length))
    .filter((id) => journal.getItem(assessmentKey(id)) === null);
  if (ids.length > 0) await deleteScans(db, ids);
  tombstones.forEach((key) => journal.removeItem(key));
}

function updatedAtOf(raw: string): string | null {
  try {
    const value: unknown = JSON.parse(raw);
    const at: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, 'updatedAt') : null;
    return typeof at === 'string' ? at : null;
  } catch {
    return null;
  }
}

/**
 * Drops journal texts of scans IndexedDB recorded as deleted (or cleared) after the text was last changed: a
 * localStorage copy a killed browser had not yet removed from disk, not a later save. (An undo saves with a new
 * time, so it is later than its deletion.)
 */
export function dropDeletedCopies(journal: Storage, stored: Map<string, string>, deletions: Deletions): void {
  for (const key of keysOf(journal, ASSESSMENT_PREFIX)) {
    const id = key.slice(ASSESSMENT_PREFIX.length);
    const raw = journal.getItem(key);
    const changed = raw === null ? null : updatedAtOf(raw);
    if (stored.has(id) || changed === null) continue;
    const deleted = [deletions.byId.get(id), deletions.cleared].filter(
      (t): t is string => t !== undefined && t !== null,
    );
    if (deleted.some((at) => at > changed)) journal.removeItem(key);
  }
}
