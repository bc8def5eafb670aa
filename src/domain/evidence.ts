// Document references that back an attention point's level: kept as references (where the document is and
// what it is), never as files, so a scan stays small and a document on a municipal drive stays there.
import * as v from 'valibot';
import type { Assessment, EvidenceRef } from './types';
import { evidenceSchema, LIMITS } from './schema';
import { newId } from './ids';
import { compareIso } from './dates';

export type EvidenceInput = Omit<EvidenceRef, 'id'>;

/** The field a reference was refused for, so the form can say which one and put focus there. */
export type EvidenceField = 'title' | 'version' | 'owner' | 'location' | 'sha256' | 'effective' | 'reviewBy';
export type EvidenceError = { field: EvidenceField; code: 'required' | 'too-long' | 'invalid' | 'full' };

const FIELDS: readonly EvidenceField[] = [
  'title',
  'version',
  'owner',
  'location',
  'sha256',
  'effective',
  'reviewBy',
];

/** Trims what the user typed; an empty fingerprint is no fingerprint. */
function clean(input: EvidenceInput): EvidenceInput {
  const sha = input.sha256?.trim().toLowerCase() ?? '';
  const out: EvidenceInput = {
    title: input.title.trim(),
    version: input.version.trim(),
    owner: input.owner.trim(),
    location: input.location.trim(),
    effective: input.effective.trim(),
    reviewBy: input.reviewBy.trim(),
  };
  if (sha) out.sha256 = sha;
  return out;
}

/** A reference as the schema will keep it, or the first field that is wrong and why. */
export function checkEvidence(
  input: EvidenceInput,
): { ok: true; value: EvidenceInput } | { ok: false; error: EvidenceError } {
  const value = clean(input);
  if (value.title === '') return { ok: false, error: { field: 'title', code: 'required' } };
  const parsed = v.safeParse(evidenceSchema, { ...value, id: 'x' });
  if (parsed.success) return { ok: true, value };
  const key = parsed.issues[0]?.path?.[0]?.key;
  const field = FIELDS.find((f) => f === key) ?? 'title';
  const max = field === 'location' ? LIMITS.location : LIMITS.shortText;
  const tooLong = typeof value[field] === 'string' && (value[field] ?? '').length > max;
  return { ok: false, error: { field, code: tooLong ? 'too-long' : 'invalid' } };
}

export type EvidenceResult = { ok: true; assessment: Assessment } | { ok: false; error: EvidenceError };

export function addEvidence(a: Assessment, pointId: string, input: EvidenceInput, now: Date): EvidenceResult {
  const checked = checkEvidence(input);
  if (!checked.ok) return checked;
  const list = a.evidence[pointId] ?? [];
  if (list.length >= LIMITS.evidencePerPoint) return { ok: false, error: { field: 'title', code: 'full' } };
  const ref: EvidenceRef = { id: newId(), ...checked.value };
  return {
    ok: true,
    assessment: {
      ...a,
      evidence: { ...a.evidence, [pointId]: [...list, ref] },
      updatedAt: now.toISOString(),
    },
  };
}

export function updateEvidence(
  a: Assessment,
  pointId: string,
  refId: string,
  input: EvidenceInput,
  now: Date,
): EvidenceResult {
  const checked = checkEvidence(input);
  if (!checked.ok) return checked;
  const list = (a.evidence[pointId] ?? []).map((r) => (r.id === refId ? { id: r.id, ...checked.value } : r));
  return {
    ok: true,
    assessment: { ...a, evidence: { ...a.evidence, [pointId]: list }, updatedAt: now.toISOString() },
  };
}

export function removeEvidence(a: Assessment, pointId: string, refId: string, now: Date): Assessment {
  const list = (a.evidence[pointId] ?? []).filter((r) => r.id !== refId);
  // A point without references keeps no empty list, so an untouched scan and an emptied one are the same.
  const others = Object.entries(a.evidence).filter(([id]) => id !== pointId);
  const evidence = Object.fromEntries(list.length ? [...others, [pointId, list]] : others);
  return { ...a, evidence, updatedAt: now.toISOString() };
}

export interface DueReference {
  pointId: string;
  ref: EvidenceRef;
}

/**
 * References whose review date has passed (before today, YYYY-MM-DD), the longest overdue first. Needs no
 * checklist, so the notice on opening a scan does not load the checklist's text.
 */
export function dueForReview(a: Assessment, today: string): DueReference[] {
  return Object.entries(a.evidence)
    .flatMap(([pointId, refs]) =>
      refs.filter((ref) => ref.reviewBy !== '' && ref.reviewBy < today).map((ref) => ({ pointId, ref })),
    )
    .sort((x, y) => compareIso(x.ref.reviewBy, y.ref.reviewBy));
}
