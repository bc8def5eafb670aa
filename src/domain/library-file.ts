// "Alles exporteren": one file with every scan of a library, for moving to a new laptop. Each scan in it is
// read exactly as a single file's scan is (migrations, validation, content upgrade), and one bad scan refuses
// the whole file, so a broken file changes nothing.
import type { Assessment } from './types';
import { SCHEMA_VERSION } from './types';
import type { ContentUpgrade } from './content-upgrade';
import { FILE_APP, LIBRARY_KIND, isObject, readAssessment, readJson, type ImportError } from './file-format';

/** Raised only when the library file's own layout changes, not when a scan's schema does. */
export const LIBRARY_VERSION = 1;

export interface LibraryFile {
  app: typeof FILE_APP;
  kind: typeof LIBRARY_KIND;
  libraryVersion: number;
  schemaVersion: number;
  exportedAt: string;
  assessments: Assessment[];
}

/** Not indented: a library is for moving, not for reading, and 50 scans are megabytes already. */
export function exportLibrary(assessments: readonly Assessment[], now: Date): string {
  const file: LibraryFile = {
    app: FILE_APP,
    kind: LIBRARY_KIND,
    libraryVersion: LIBRARY_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    assessments: [...assessments],
  };
  return JSON.stringify(file);
}

export interface LibraryScan {
  assessment: Assessment;
  upgrade?: ContentUpgrade;
}

export type LibraryError =
  | ImportError
  /** The scan at this place in the file (1-based) cannot be read, for the reason given. */
  | { code: 'library-scan'; position: number; reason: ImportError }
  | { code: 'library-duplicate'; position: number };

export type LibraryResult = { ok: true; scans: LibraryScan[] } | { ok: false; error: LibraryError };

/** Reads a library file, all or nothing: every scan valid and each id once, or an error that says which. */
export function parseLibrary(text: string, byteLength: number): LibraryResult {
  const read = readJson(text, byteLength);
  if (!read.ok) return read;
  const raw = read.value;
  if (!isObject(raw) || raw.app !== FILE_APP || raw.kind !== LIBRARY_KIND)
    return { ok: false, error: { code: 'not-pga' } };
  if (typeof raw.libraryVersion !== 'number' || raw.libraryVersion > LIBRARY_VERSION)
    return typeof raw.libraryVersion === 'number'
      ? { ok: false, error: { code: 'newer-version', version: raw.libraryVersion } }
      : { ok: false, error: { code: 'invalid', field: 'libraryVersion' } };
  if (!Array.isArray(raw.assessments)) return { ok: false, error: { code: 'invalid', field: 'assessments' } };
  const scans: LibraryScan[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of (raw.assessments as unknown[]).entries()) {
    const position = index + 1;
    const read = isObject(entry)
      ? readAssessment(entry)
      : { ok: false as const, error: { code: 'not-pga' as const } };
    if (!read.ok) return { ok: false, error: { code: 'library-scan', position, reason: read.error } };
    if (seen.has(read.assessment.id)) return { ok: false, error: { code: 'library-duplicate', position } };
    seen.add(read.assessment.id);
    scans.push(
      read.upgrade ? { assessment: read.assessment, upgrade: read.upgrade } : { assessment: read.assessment },
    );
  }
  return { ok: true, scans };
}
