import type { Assessment } from '../domain/types';
import { decodeStored } from '../domain/file-format';
import type { ContentUpgrade } from '../domain/content-upgrade';
import type { WriteResult } from './browser-storage';

export type SaveResult = WriteResult;
export type LoadResult =
  | { ok: true; assessment: Assessment; upgrade?: ContentUpgrade }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'corrupt' | 'newer'; key: string; raw: string };

export interface UnreadableEntry {
  key: string;
  raw: string;
}

/** Another tab changed one scan (its id) or possibly all of them (null). */
export type ChangeListener = (id: string | null) => void;

/** Where the scans live: IndexedDB (with a localStorage journal), localStorage alone, or memory only. */
export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

/**
 * Every read and write is synchronous, so the autosave on tab close completes before the page goes;
 * an IndexedDB repository meets that by writing each change to localStorage first (see indexed-repository.ts).
 */
export interface AssessmentRepository {
  readonly kind: StorageKind;
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
  /** Calls back when another tab changes the stored scans; returns the way to stop. */
  watch(listener: ChangeListener): () => void;
  /** Resolves once every write started so far has reached its final store (tests, measurements). */
  settled(): Promise<void>;
}

export function decode(key: string, raw: string): LoadResult {
  const result = decodeStored(raw);
  return result.ok ? result : { ok: false, reason: result.reason, key, raw };
}

/** The keys of one storage that start with a prefix. */
export function keysOf(storage: Storage, prefix: string): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (k): k is string => k !== null && k.startsWith(prefix),
  );
}
