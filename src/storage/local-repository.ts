import type { Assessment } from '../domain/types';
import { parseAssessment } from '../domain/schema';
import { classifyWriteError, type WriteFailure } from './browser-storage';

const PREFIX = 'pga-zelfscan:assessment:';

export type SaveResult = { ok: true } | { ok: false; reason: WriteFailure };
export type LoadResult =
  | { ok: true; assessment: Assessment }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'corrupt'; key: string; raw: string };

export interface AssessmentRepository {
  readonly persistent: boolean;
  list(): LoadResult[];
  load(id: string): LoadResult;
  save(assessment: Assessment): SaveResult;
  remove(id: string): void;
}

function decode(key: string, raw: string): LoadResult {
  try {
    const parsed = parseAssessment(JSON.parse(raw));
    if (parsed.ok) return { ok: true, assessment: parsed.value };
  } catch {
    // Falls through: unreadable JSON is treated like data of the wrong shape.
  }
  return { ok: false, reason: 'corrupt', key, raw };
}

/** Assessments in browser storage, one key each, so one broken entry never takes the others with it. */
export function createLocalRepository(storage: Storage | null): AssessmentRepository {
  const memory = new Map<string, string>();
  const keys = (): string[] =>
    storage
      ? Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
          (k): k is string => k !== null && k.startsWith(PREFIX),
        )
      : [...memory.keys()];
  const read = (key: string): string | null => (storage ? storage.getItem(key) : (memory.get(key) ?? null));

  return {
    persistent: storage !== null,
    list() {
      return keys().map((key) => decode(key, read(key) ?? ''));
    },
    load(id) {
      const key = PREFIX + id;
      const raw = read(key);
      return raw === null ? { ok: false, reason: 'missing' } : decode(key, raw);
    },
    save(assessment) {
      const key = PREFIX + assessment.id;
      const raw = JSON.stringify(assessment);
      if (!storage) {
        memory.set(key, raw);
        return { ok: true };
      }
      try {
        storage.setItem(key, raw);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: classifyWriteError(error) };
      }
    },
    remove(id) {
      if (storage) storage.removeItem(PREFIX + id);
      else memory.delete(PREFIX + id);
    },
  };
}
