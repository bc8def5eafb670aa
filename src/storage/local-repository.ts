import type { Assessment } from '../domain/types';
import { attemptWrite } from './browser-storage';
import {
  ASSESSMENT_PREFIX as ASSESSMENT,
  UNREADABLE_PREFIX as UNREADABLE,
  KEY_PREFIX,
  assessmentKey,
  assessmentIdFromKey,
} from './keys';
import {
  decode,
  keysOf,
  type AssessmentRepository,
  type ChangeListener,
  type SaveResult,
} from './repository';

/**
 * Assessments in localStorage, one key each, so one broken entry never takes the others with it. The app
 * uses it where IndexedDB cannot be opened; the keys are the ones the IndexedDB repository moves in at start.
 */
export function createLocalRepository(storage: Storage | null): AssessmentRepository {
  const memory = new Map<string, string>();
  const keys = (prefix: string): string[] =>
    storage ? keysOf(storage, prefix) : [...memory.keys()].filter((k) => k.startsWith(prefix));
  const read = (key: string): string | null => (storage ? storage.getItem(key) : (memory.get(key) ?? null));
  const write = (key: string, value: string): SaveResult => {
    if (!storage) {
      memory.set(key, value);
      return { ok: true };
    }
    return attemptWrite(() => storage.setItem(key, value));
  };
  const removeKey = (key: string) => (storage ? storage.removeItem(key) : memory.delete(key));

  return {
    kind: storage ? 'localstorage' : 'memory',
    persistent: storage !== null,
    list: () => keys(ASSESSMENT).map((key) => decode(key, read(key) ?? '')),
    load(id) {
      const key = assessmentKey(id);
      const raw = read(key);
      return raw === null ? { ok: false, reason: 'missing' } : decode(key, raw);
    },
    save: (assessment: Assessment) => write(assessmentKey(assessment.id), JSON.stringify(assessment)),
    remove: (id) => removeKey(assessmentKey(id)),
    setAside(key, raw) {
      // Only drop the original once the copy is safely written; a full store keeps it where it was.
      if (write(`${UNREADABLE}${key.slice(KEY_PREFIX.length)}`, raw).ok) removeKey(key);
    },
    unreadable: () => keys(UNREADABLE).map((key) => ({ key, raw: read(key) ?? '' })),
    removeKey,
    clearAll: () => keys(KEY_PREFIX).forEach(removeKey),
    watch(listener: ChangeListener) {
      if (!storage || typeof window === 'undefined') return () => undefined;
      // localStorage tells other tabs itself: a null key means the whole store was cleared.
      const onStorage = (event: StorageEvent) => {
        if (event.key === null) listener(null);
        else if (event.key.startsWith(KEY_PREFIX)) listener(assessmentIdFromKey(event.key));
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
    settled: () => Promise.resolve(),
  };
}
