// A phone's answers as QR text. The levels go in one small code; notes, compressed, follow as a looped
// sequence of small codes, since a camera reads small codes far more reliably than one large one. Every
// code is Base45 and carries the round id, the phone's id, its part number and a CRC-32.
import { deflateSync } from 'fflate';
import type { AnswerValue } from '../types';
import { encodeBase45 } from './base45';
import { crc32 } from './crc32';
import type { Round } from './round';

export interface PhoneAnswers {
  /** Random per phone and round (16 hex digits): the same phone scanned twice counts once. */
  phoneId: string;
  /** A partner role id, or null: anonymous unless the partner chose one. */
  role: string | null;
  levels: Record<string, AnswerValue>;
  /** Only the notes the partner wrote, by question id. */
  notes: Record<string, string>;
}

export const FORMAT = 1;
export const KIND_LEVELS = 1;
export const KIND_NOTES = 2;
/** Round id 4 bytes, phone id 8 bytes. */
export const HEADER = 13;
/** Notes bytes in one part: about 150 bytes a code, a version 9 code at error level M. */
export const CHUNK = 127;
/** Above this the notes go by file: 40 parts loop in about 13 seconds. */
export const MAX_NOTE_PARTS = 40;

const CODES: readonly AnswerValue[] = [null, 1, 2, 3, 4, 5, 'unknown', 'na'];

export const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
export const hexOf = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function newPhoneId(): string {
  return hexOf(globalThis.crypto.getRandomValues(new Uint8Array(8)));
}

function withChecksum(body: number[] | Uint8Array): string {
  const bytes = Uint8Array.from(body);
  const crc = crc32(bytes);
  return encodeBase45(
    Uint8Array.from([...bytes, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]),
  );
}

const u32 = (n: number) => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** The notes as bytes: [question index, text] pairs in the round's order, as compressed JSON. */
export function notesBlob(round: Round, notes: Record<string, string>): Uint8Array {
  const pairs = round.questionIds.flatMap((id, i) => {
    const text = notes[id]?.trim() ?? '';
    return text ? [[i, text] as const] : [];
  });
  if (pairs.length === 0) return new Uint8Array();
  return deflateSync(new TextEncoder().encode(JSON.stringify(pairs)), { level: 9 });
}

export interface AnswerCodes {
  levels: string;
  notes: string[];
  /** The notes need more than MAX_NOTE_PARTS codes: they are left out, and the file route is offered. */
  overCap: boolean;
}

export function answerCodes(round: Round, roles: readonly string[], answers: PhoneAnswers): AnswerCodes {
  const blob = notesBlob(round, answers.notes);
  const count = Math.ceil(blob.length / CHUNK);
  const overCap = count > MAX_NOTE_PARTS;
  const parts = overCap ? 0 : count;
  const digest = parts ? crc32(blob) : 0;
  const head = [...hexBytes(round.id), ...hexBytes(answers.phoneId)];
  const packed = new Uint8Array(Math.ceil((round.questionIds.length * 3) / 8));
  round.questionIds.forEach((id, i) => {
    const code = Math.max(0, CODES.indexOf(answers.levels[id] ?? null));
    for (let b = 0; b < 3; b++)
      if (code & (4 >> b))
        packed[(i * 3 + b) >> 3] = (packed[(i * 3 + b) >> 3] ?? 0) | (0x80 >> ((i * 3 + b) & 7));
  });
  const role = answers.role === null ? 0 : roles.indexOf(answers.role) + 1;
  const levels = withChecksum([
    (FORMAT << 4) | KIND_LEVELS,
    ...head,
    role,
    parts,
    ...u32(digest),
    round.questionIds.length,
    ...packed,
  ]);
  const notes = Array.from({ length: parts }, (_, i) =>
    withChecksum([
      (FORMAT << 4) | KIND_NOTES,
      ...head,
      i,
      parts,
      ...u32(digest),
      ...blob.subarray(i * CHUNK, (i + 1) * CHUNK),
    ]),
  );
  return { levels, notes, overCap };
}

/** The 3-bit code of each question, read back from the packed levels. */
export function unpackLevels(packed: Uint8Array, count: number): AnswerValue[] {
  const out: AnswerValue[] = [];
  for (let i = 0; i < count; i++) {
    let code = 0;
    for (let b = 0; b < 3; b++)
      code = (code << 1) | (((packed[(i * 3 + b) >> 3] ?? 0) >> (7 - ((i * 3 + b) & 7))) & 1);
    out.push(CODES[code] ?? null);
  }
  return out;
}
