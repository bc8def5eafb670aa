import type { Assessment } from '../domain/types';
import { decodeStored } from '../domain/file-format';
import type { ContentUpgrade } from '../domain/content-upgrade';
import { attemptWrite, type WriteResult } from './browser-storage';

import {
  ASSESSMENT_PREFIX as ASSESSMENT,
  UNREADABLE_PREFIX as UNREADABLE,
  KEY_PREFIX,
  assessmentKey,
} from './keys';

export { KEY_PREFIX, assessmentKey, assessmentIdFromKey } from './keys';

export type SaveResult = WriteResult;
export type LoadResult =
  | { ok: true; assessment: Assessment; upgrade?: ContentUpgrade }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'corrupt' | 'newer'; key: string; raw: string };

export interface UnreadableEntry {
  key: string;
  raw: string;
}

export interface AssessmentRepository {
  readonly persistent: boolean;
  list(): LoadResult[];
  load(id: string): LoadResult;
  save(assessment: Assessment): SaveResult;
  remove(id: string): void;
  /** Moves an entry the app cannot read out of the way, keeping its text for the user to download. */
  setAside(key: string, raw: string): void;
  unreadable(): UnreadableEntry[];
  removeKey(key: string): void;
  /** Removes everything this app keeps in this browser: scans, settings, set-aside data. */
  clearAll(): void;
}

function decode(key: string, raw: string): LoadResult {
  const result = decodeStored(raw);
  return result.ok ? result : { ok: false, reason: result.reason, key, raw };
}

/** Assessments in browser storage, one key each, so one broken entry never takes the others with it. */
export function createLocalRepository(storage: Storage | null): AssessmentRepository {
  const memory = new Map<string, string>();
  const keys = (prefix: string): string[] =>
    (storage
      ? Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
          (k): k is string => k !== null,
        )
      : [...memory.keys()]
    ).filter((k) => k.startsWith(prefix));
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
    persistent: storage !== null,
    list: () => keys(ASSESSMENT).map((key) => decode(key, read(key) ?? '')),
    load(id) {
      const key = assessmentKey(id);
      const raw = read(key);
      return raw === null ? { ok: false, reason: 'missing' } : decode(key, raw);
    },
    save: (assessment) => write(assessmentKey(assessment.id), JSON.stringify(assessment)),
    remove: (id) => removeKey(assessmentKey(id)),
    setAside(key, raw) {
      // Only drop the original once the copy is safely written; a full store keeps it where it was.
      if (write(`${UNREADABLE}${key.slice(KEY_PREFIX.length)}`, raw).ok) removeKey(key);
    },
    unreadable: () => keys(UNREADABLE).map((key) => ({ key, raw: read(key) ?? '' })),
    removeKey,
    clearAll: () => keys(KEY_PREFIX).forEach(removeKey),
  };
}
