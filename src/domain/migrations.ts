import { SCHEMA_VERSION } from './types';

type Json = Record<string, unknown>;

/**
 * Steps from one schema version to the next, keyed by the version they upgrade FROM.
 * Each step takes a plain object of that version and returns one of the next; they run in order,
 * so a file of any older version reaches the current one step by step.
 */
export const MIGRATIONS: Record<number, (data: Json) => Json> = {};

export type MigrationResult =
  { ok: true; data: Json } | { ok: false; reason: 'newer' | 'unknown'; version: unknown };

export function migrate(data: Json): MigrationResult {
  let version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'unknown', version };
  }
  if (version > SCHEMA_VERSION) return { ok: false, reason: 'newer', version };
  let current = data;
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: 'unknown', version };
    current = { ...step(current), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, data: current };
}
