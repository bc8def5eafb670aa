import type { Assessment } from '../domain/types';
import { attemptWrite } from './browser-storage';
import { clearScans, deleteScans, putScans } from './idb';
import { markCleared, markDeleted, unmarkDeleted } from './tombstones';
import { reconcile } from './reconcile';
import {
  ASSESSMENT_PREFIX,
  KEY_PREFIX,
  UNREADABLE_PREFIX as UNREADABLE,
  assessmentIdFromKey,
  assessmentKey,
} from './keys';
import {
  decode,
  keysOf,
  type AssessmentRepository,
  type ChangeListener,
  type LoadResult,
} from './repository';

type Message = { type: 'put'; id: string; raw: string } | { type: 'delete'; id: string } | { type: 'clear' };

/**
 * Scans in IndexedDB, read once at start and then served from memory, so every call stays synchronous.
 * Each save goes to localStorage first (the journal, one key per scan, written before this returns) and then
 * to IndexedDB; once IndexedDB holds that exact text the journal key is removed. A tab that closes before
 * IndexedDB has committed leaves the journal key, which the next start moves in (reconcile.ts). A save is
 * reported as kept only when the journal write succeeded: that is what survives a closing tab. Deletions are
 * journalled the same way, as tombstones (tombstones.ts), so a deletion IndexedDB never committed stays deleted.
 */
export function createIndexedRepository(
  db: IDBDatabase,
  journal: Storage,
  scans: Map<string, string>,
): AssessmentRepository {
  const listeners = new Set<ChangeListener>();
  const inFlight = new Set<Promise<void>>();
  const decoded = new Map<string, { raw: string; result: LoadResult }>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('pga-zelfscan') : null;

  // Other tabs say what they changed; IndexedDB has no change event of its own.
  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.type === 'put') scans.set(message.id, message.raw);
    else if (message.type === 'delete') scans.delete(message.id);
    else scans.clear();
    listeners.forEach((listener) => listener(message.type === 'clear' ? null : message.id));
  });

  const track = (write: Promise<void>) => {
    // A failed IndexedDB write loses nothing: the journal key stays and the next start tries again.
    const settled = write.catch(() => undefined);
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
  };

  function decodeOnce(id: string, raw: string): LoadResult {
    const known = decoded.get(id);
    if (known?.raw === raw) return known.result;
    const result = decode(assessmentKey(id), raw);
    decoded.set(id, { raw, result });
    return result;
  }

  /** IndexedDB gets the text; once it holds it, the localStorage copy is no longer needed. */
  function writeBehind(id: string, raw: string) {
    const key = assessmentKey(id);
    track(
      putScans(db, [[id, raw]]).then(() => {
        // A later save may have replaced the journal text meanwhile; that one is still on its way.
        if (journal.getItem(key) === raw) journal.removeItem(key);
      }),
    );
  }

  /**
   * Takes in a newer text another writer left in localStorage since the start: an older copy of the app
   * (the offline file) in another tab, or a tab whose message has not arrived yet.
   */
  function absorbJournal() {
    for (const key of keysOf(journal, ASSESSMENT_PREFIX)) {
      const id = key.slice(ASSESSMENT_PREFIX.length);
      const raw = journal.getItem(key);
      const kept = scans.get(id);
      if (raw === null || raw === kept) continue;
      const plan = reconcile(new Map(kept === undefined ? [] : [[id, kept]]), new Map([[id, raw]]));
      // An older or unreadable text is left where it is for the next start to sort out.
      if (plan.toMove.length === 0) continue;
      scans.set(id, raw);
      writeBehind(id, raw);
    }
  }

  function remove(id: string) {
    scans.delete(id);
    decoded.delete(id);
    // The tombstone first, so no moment is left where neither the journal nor IndexedDB knows of the deletion.
    const unmark = markDeleted(journal, id);
    journal.removeItem(assessmentKey(id));
    track(deleteScans(db, [id]).then(unmark));
    channel?.postMessage({ type: 'delete', id } satisfies Message);
  }

  return {
    kind: 'indexeddb',
    persistent: true,
    list() {
      absorbJournal();
      return [...scans].map(([id, raw]) => decodeOnce(id, raw));
    },
    load(id) {
      absorbJournal();
      const raw = scans.get(id);
      return raw === undefined ? { ok: false, reason: 'missing' } : decodeOnce(id, raw);
    },
    save(assessment: Assessment) {
      const key = assessmentKey(assessment.id);
      const raw = JSON.stringify(assessment);
      const kept = attemptWrite(() => journal.setItem(key, raw));
      if (!kept.ok) return kept;
      // The text is in the journal now; an earlier deletion of this scan (undone) must not undo it at start.
      unmarkDeleted(journal, assessment.id);
      scans.set(assessment.id, raw);
      channel?.postMessage({ type: 'put', id: assessment.id, raw } satisfies Message);
      writeBehind(assessment.id, raw);
      return kept;
    },
    remove,
    setAside(key, raw) {
      const copied = attemptWrite(() => journal.setItem(`${UNREADABLE}${key.slice(KEY_PREFIX.length)}`, raw));
      const id = assessmentIdFromKey(key);
      if (copied.ok && id) remove(id);
    },
    unreadable: () => keysOf(journal, UNREADABLE).map((key) => ({ key, raw: journal.getItem(key) ?? '' })),
    removeKey(key) {
      const id = assessmentIdFromKey(key);
      if (id) remove(id);
      else journal.removeItem(key);
    },
    clearAll() {
      scans.clear();
      decoded.clear();
      keysOf(journal, KEY_PREFIX).forEach((key) => journal.removeItem(key));
      // Until IndexedDB has committed the clear, the next start clears it first.
      const unmark = markCleared(journal);
      track(clearScans(db).then(unmark));
      channel?.postMessage({ type: 'clear' } satisfies Message);
    },
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async settled() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}
