// The facilitator's side of a round: collects scanned codes per phone until a phone's answers are complete.
// Codes of another round are refused, damaged ones dropped, and a phone already received is not counted again.
import type { AnswerValue } from '../types';
import type { PhoneAnswers } from './answer-frames';
import { readFrame, readNotes } from './answer-reader';
import type { Round } from './round';

export type ScanOutcome =
  /** Not an answer code of this app, or misread: the camera simply reads on. */
  | { kind: 'unreadable' }
  | { kind: 'other-round' }
  /** The code is from this round but for another number of questions: an edited or forged code. */
  | { kind: 'mismatch' }
  /** This phone's answers, exactly these, were received before. */
  | { kind: 'again'; phoneId: string }
  /** Levels read; waiting for more note parts. */
  | { kind: 'partial'; phoneId: string; have: number; total: number }
  | { kind: 'complete'; answers: PhoneAnswers };

interface Pending {
  levels?: { role: number; parts: number; digest: number; values: AnswerValue[] };
  /** Note parts by digest, then by part number: parts of an earlier version of the notes never mix in. */
  parts: Map<number, Map<number, Uint8Array>>;
}

export interface Collector {
  add(text: string): ScanOutcome;
}

export function createCollector(round: Round, roles: readonly string[]): Collector {
  const pending = new Map<string, Pending>();
  /** The last complete answers per phone, to tell a repeat from a changed answer. */
  const done = new Map<string, string>();

  function finish(phoneId: string, p: Pending): ScanOutcome {
    const l = p.levels;
    if (!l) return { kind: 'partial', phoneId, have: 0, total: 0 };
    const parts = p.parts.get(l.digest) ?? new Map<number, Uint8Array>();
    if (parts.size < l.parts) return { kind: 'partial', phoneId, have: parts.size + 1, total: l.parts + 1 };
    const byIndex = l.parts
      ? readNotes(
          Array.from({ length: l.parts }, (_, i) => parts.get(i) ?? new Uint8Array()),
          l.digest,
        )
      : new Map<number, string>();
    if (!byIndex) return { kind: 'unreadable' };
    const levels: Record<string, AnswerValue> = {};
    const notes: Record<string, string> = {};
    round.questionIds.forEach((id, i) => {
      const value = l.values[i] ?? null;
      if (value !== null) levels[id] = value;
      const note = byIndex.get(i);
      if (note) notes[id] = note;
    });
    const answers: PhoneAnswers = { phoneId, role: roles[l.role - 1] ?? null, levels, notes };
    const key = JSON.stringify(answers);
    if (done.get(phoneId) === key) return { kind: 'again', phoneId };
    done.set(phoneId, key);
    return { kind: 'complete', answers };
  }

  return {
    add(text) {
      const frame = readFrame(text);
      if (!frame) return { kind: 'unreadable' };
      if (frame.roundId !== round.id) return { kind: 'other-round' };
      const p: Pending = pending.get(frame.phoneId) ?? { parts: new Map() };
      if (frame.kind === 'levels') {
        if (frame.levels.length !== round.questionIds.length) return { kind: 'mismatch' };
        p.levels = { role: frame.role, parts: frame.parts, digest: frame.digest, values: frame.levels };
        // Parts of notes the phone has since changed are of no more use.
        for (const digest of p.parts.keys()) if (digest !== frame.digest) p.parts.delete(digest);
      } else {
        const parts = p.parts.get(frame.digest) ?? new Map<number, Uint8Array>();
        parts.set(frame.index, frame.chunk);
        p.parts.set(frame.digest, parts);
      }
      pending.set(frame.phoneId, p);
      return finish(frame.phoneId, p);
    },
  };
}
