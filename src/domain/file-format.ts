import * as v from 'valibot';
import type { Assessment } from './types';
import { SCHEMA_VERSION } from './types';
import { assessmentSchema } from './schema';
import { migrate } from './migrations';
import { upgradeContent, type ContentUpgrade } from './content-upgrade';

/** The marker that tells a PGA-zelfscan file from any other JSON. */
export const FILE_APP = 'pga-zelfscan';
export const FILE_EXTENSION = 'pgascan.json';
/** The `kind` of an invitation file (see invitation.ts): same app, not a scan. */
export const INVITATION_KIND = 'invitation';
/** The `kind` of a file with every scan of a library (library-file.ts). */
export const LIBRARY_KIND = 'library';
/** Larger than any real scan (a full scan with 200 actions and long notes is about 200 KB). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** A whole library: 50 full scans are about 7 MB, so this leaves room for years of them. */
export const MAX_LIBRARY_BYTES = 100 * 1024 * 1024;

export interface ExportFile {
  app: typeof FILE_APP;
  schemaVersion: number;
  contentVersion: string;
  exportedAt: string;
  assessment: Assessment;
}

export function exportFile(assessment: Assessment, now: Date): string {
  const file: ExportFile = {
    app: FILE_APP,
    schemaVersion: SCHEMA_VERSION,
    contentVersion: assessment.contentVersion,
    exportedAt: now.toISOString(),
    assessment,
  };
  return JSON.stringify(file, null, 2);
}

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-pga' }
  | { code: 'invitation' }
  /** A file of every scan in a library ("Alles exporteren"), read by parseLibrary, not as one scan. */
  | { code: 'library' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid'; field: string };

export type ImportResult =
  { ok: true; assessment: Assessment; upgrade?: ContentUpgrade } | { ok: false; error: ImportError };

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file's JSON, or why not: larger than any library, or not JSON at all. */
export function readJson(
  text: string,
  byteLength: number,
): { ok: true; value: unknown } | { ok: false; error: ImportError } {
  if (byteLength > MAX_LIBRARY_BYTES) return { ok: false, error: { code: 'too-large' } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
}

/** One scan object of a file, migrated, validated and carried over to the current checklist, or why not. */
export function readAssessment(data: Record<string, unknown>): ImportResult {
  const version = data.schemaVersion;
  const migrated = migrate(data);
  if (!migrated.ok) {
    return migrated.reason === 'newer' && typeof version === 'number'
      ? { ok: false, error: { code: 'newer-version', version } }
      : { ok: false, error: { code: 'invalid', field: 'schemaVersion' } };
  }
  const parsed = v.safeParse(assessmentSchema, migrated.data);
  if (!parsed.success) {
    const first = parsed.issues[0];
    return { ok: false, error: { code: 'invalid', field: (first && v.getDotPath(first)) ?? '(root)' } };
  }
  return { ok: true, ...upgradeContent(parsed.output) };
}

/**
 * Reads a file's text into an assessment, or says precisely why not. Never throws: every failure is
 * a value, so a broken file can never reach, let alone change, stored data.
 */
export function parseImport(text: string, byteLength: number): ImportResult {
  const read = readJson(text, byteLength);
  if (!read.ok) return read;
  const raw = read.value;
  if (isObject(raw) && raw.app === FILE_APP && raw.kind === INVITATION_KIND)
    return { ok: false, error: { code: 'invitation' } };
  if (isObject(raw) && raw.app === FILE_APP && raw.kind === LIBRARY_KIND)
    return { ok: false, error: { code: 'library' } };
  if (byteLength > MAX_FILE_BYTES) return { ok: false, error: { code: 'too-large' } };
  if (!isObject(raw) || raw.app !== FILE_APP || !isObject(raw.assessment))
    return { ok: false, error: { code: 'not-pga' } };
  return readAssessment(raw.assessment);
}

export type DecodeResult =
  { ok: true; assessment: Assessment; upgrade?: ContentUpgrade } | { ok: false; reason: 'corrupt' | 'newer' };

/** Reads an assessment as kept in browser storage, upgrading it if an older version of the app saved it. */
export function decodeStored(text: string): DecodeResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!isObject(raw)) return { ok: false, reason: 'corrupt' };
  const migrated = migrate(raw);
  if (!migrated.ok) return { ok: false, reason: migrated.reason === 'newer' ? 'newer' : 'corrupt' };
  const parsed = v.safeParse(assessmentSchema, migrated.data);
  // Answers from an older checklist are carried over on every read, so no path sees stale question ids.
  return parsed.success ? { ok: true, ...upgradeContent(parsed.output) } : { ok: false, reason: 'corrupt' };
}
