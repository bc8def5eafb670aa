// A partner's answers to a round, kept on their own phone only: a reload or a locked screen loses nothing,
// and the phone keeps its random id for the round, so scanning it twice counts once.
import type { AnswerValue } from '../domain/types';
import { KEY_PREFIX } from './keys';

export interface RoundDraft {
  phoneId: string;
  role: string | null;
  levels: Record<string, AnswerValue>;
  notes: Record<string, string>;
}

const key = (roundId: string) => `${KEY_PREFIX}round:${roundId}`;
const VALUES = new Set<unknown>([1, 2, 3, 4, 5, 'na', 'unknown', null]);

function isDraft(x: unknown): x is RoundDraft {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  return (
    typeof d.phoneId === 'string' &&
    /^[0-9a-f]{16}$/.test(d.phoneId) &&
    (d.role === null || typeof d.role === 'string') &&
    typeof d.levels === 'object' &&
    d.levels !== null &&
    Object.values(d.levels).every((v) => VALUES.has(v)) &&
    typeof d.notes === 'object' &&
    d.notes !== null &&
    Object.values(d.notes).every((v) => typeof v === 'string')
  );
}

export function readRoundDraft(storage: Storage | null, roundId: string): RoundDraft | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key(roundId)) ?? 'null');
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeRoundDraft(storage: Storage | null, roundId: string, draft: RoundDraft): void {
  try {
    storage?.setItem(key(roundId), JSON.stringify(draft));
  } catch {
    // A full or blocked store only costs the draft after a reload; the answers on screen stay.
  }
}
