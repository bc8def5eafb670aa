// Reads one scanned code back into what it says, or says why it cannot be used.
import { inflateSync } from 'fflate';
import type { AnswerValue } from '../types';
import { decodeBase45 } from './base45';
import { crc32 } from './crc32';
import { FORMAT, HEADER, KIND_LEVELS, KIND_NOTES, hexOf, unpackLevels } from './answer-frames';

export type Frame =
  | {
      kind: 'levels';
      roundId: string;
      phoneId: string;
      /** 0: no role given; otherwise index + 1 in the role list. */
      role: number;
      parts: number;
      digest: number;
      levels: AnswerValue[];
    }
  | {
      kind: 'notes';
      roundId: string;
      phoneId: string;
      index: number;
      parts: number;
      digest: number;
      chunk: Uint8Array;
    };

const u32 = (b: Uint8Array, at: number) =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;

/** null: not one of our codes, or damaged (its checksum does not match). */
export function readFrame(text: string): Frame | null {
  // Never trimmed: a space is one of Base45's characters, and may well be the first.
  const all = decodeBase45(text);
  if (!all || all.length < HEADER + 10) return null;
  const bytes = all.subarray(0, all.length - 4);
  if (crc32(bytes) !== u32(all, all.length - 4)) return null;
  const format = (bytes[0] ?? 0) >> 4;
  const kind = (bytes[0] ?? 0) & 15;
  if (format !== FORMAT) return null;
  const roundId = hexOf(bytes.subarray(1, 5));
  const phoneId = hexOf(bytes.subarray(5, HEADER));
  const a = bytes[HEADER] ?? 0;
  const parts = bytes[HEADER + 1] ?? 0;
  const digest = u32(bytes, HEADER + 2);
  if (kind === KIND_LEVELS) {
    const count = bytes[HEADER + 6] ?? 0;
    const packed = bytes.subarray(HEADER + 7);
    if (packed.length !== Math.ceil((count * 3) / 8)) return null;
    const levels = unpackLevels(packed, count);
    return { kind: 'levels', roundId, phoneId, role: a, parts, digest, levels };
  }
  if (kind === KIND_NOTES && a < parts)
    return { kind: 'notes', roundId, phoneId, index: a, parts, digest, chunk: bytes.slice(HEADER + 6) };
  return null;
}

/** The notes back from their parts, by question index; null when the parts do not make valid notes. */
export function readNotes(chunks: Uint8Array[], digest: number): Map<number, string> | null {
  const blob = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    blob.set(c, at);
    at += c.length;
  }
  if (crc32(blob) !== digest) return null;
  try {
    const pairs: unknown = JSON.parse(new TextDecoder().decode(inflateSync(blob)));
    if (!Array.isArray(pairs)) return null;
    const notes = new Map<number, string>();
    for (const p of pairs as unknown[]) {
      if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'string') return null;
      notes.set(p[0], p[1]);
    }
    return notes;
  } catch {
    return null;
  }
}
