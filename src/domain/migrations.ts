import { SCHEMA_VERSION } from './types';
import { PARTNER_ROLES } from '../content/partners';

type Json = Record<string, unknown>;

/**
 * Steps from one schema version to the next, keyed by the version they upgrade FROM.
 * Each step takes a plain object of that version and returns one of the next; they run in order,
 * so a file of any older version reaches the current one step by step.
 */
export const MIGRATIONS: Record<number, (data: Json) => Json> = {
  // v2 (workshop mode): participants get the domain they speak for, and scans get room for
  // individual partner scans and shows of hands.
  1: (data) => ({
    ...data,
    participants: Array.isArray(data.participants)
      ? data.participants.map((p: unknown) => {
          const participant = (typeof p === 'object' && p !== null ? p : {}) as Json;
          const role = PARTNER_ROLES.find((r) => r.id === participant.role);
          // The role text is kept as it was; only a known partner role tells the domain.
          return { ...participant, domain: role?.domain ?? 'other' };
        })
      : data.participants,
    workshop: { sources: [], tallies: {} },
  }),
  // v3 (content updates): room for answers to questions that a checklist update removed.
  2: (data) => ({ ...data, retired: [] }),
  // v4 (invitations): who filled a scan in and the session it belongs to, both optional, so nothing changes;
  // the version still rises, so an older app refuses such a file instead of dropping who made it.
  3: (data) => data,
  // backedUpAt (when the scan was last exported or written to its file) joined v4 as an optional field, with
  // no new version: an older app that drops it loses only the backup reminder's date, never any work, and a
  // new version would make every older app refuse the whole file.
  // v5 (partners' notes): sources get room for notes (older files kept none), and the session gets the
  // facilitator's choices: notes shown per partner, and only agreed levels counted, as before.
  4: (data) => {
    const workshop = (
      typeof data.workshop === 'object' && data.workshop !== null ? data.workshop : {}
    ) as Json;
    const sources = Array.isArray(workshop.sources)
      ? workshop.sources.map((s: unknown) => ({
          ...(typeof s === 'object' && s !== null ? s : {}),
          notes: {},
        }))
      : workshop.sources;
    return {
      ...data,
      workshop: { ...workshop, sources, notesBy: 'partner', choices: { unanimous: false, median: false } },
    };
  },
  // v6 (evidence and marks): room for document references per point and questions marked for discussion.
  // A partner scan in a session carries marks only where the partner made some, so sources stay as they were.
  5: (data) => ({ ...data, evidence: {}, marks: {} }),
};

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
