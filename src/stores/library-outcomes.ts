// What importing a file into the library can come to, and the small helpers the library store uses to say it.
import { markRaw } from 'vue';
import type { Assessment } from '../domain/types';
import { compareIso } from '../domain/dates';
import type { ImportError } from '../domain/file-format';
import type { WriteFailure } from '../storage/browser-storage';
import type { ContentUpgrade } from '../domain/content-upgrade';
import type { LibraryError } from '../domain/library-file';

export interface ImportConflict {
  incoming: Assessment;
  existing: Assessment;
}

/** What a library file brought: new scans kept, the same ones already here, and other versions to decide on. */
export interface LibraryImport {
  kind: 'library';
  imported: Assessment[];
  unchanged: Assessment[];
  conflicts: ImportConflict[];
  /** Set when the browser refused a write part-way; the scans before it are kept. */
  failed: WriteFailure | null;
}

export const libraryOutcome = (): LibraryImport => ({
  kind: 'library',
  imported: [],
  unchanged: [],
  conflicts: [],
  failed: null,
});

/** The same scan, apart from when it was last backed up. */
export const sameScan = (a: Assessment, b: Assessment) =>
  JSON.stringify({ ...a, backedUpAt: undefined }) === JSON.stringify({ ...b, backedUpAt: undefined });

export type ImportOutcome =
  | { kind: 'imported'; assessment: Assessment; upgrade?: ContentUpgrade }
  | { kind: 'conflict'; incoming: Assessment; existing: Assessment; upgrade?: ContentUpgrade }
  | { kind: 'error'; error: ImportError }
  /** An invitation opened: the partner's own scan, new or (when opened before) the one already here. */
  | { kind: 'invited'; assessment: Assessment; again: boolean }
  | { kind: 'invitation-error'; error: 'newer-version' | 'invalid' }
  | { kind: 'write-failed'; reason: WriteFailure }
  | LibraryImport
  | { kind: 'library-error'; error: LibraryError };

/** Newest first; raw, so the start page reads every answer of every scan without Vue tracking each read. */
export const newestFirst = (scans: Assessment[]) =>
  scans.sort((a, b) => compareIso(b.updatedAt, a.updatedAt)).map((a) => markRaw(a));
