// A scoring round in the room: which questions the partners answer on their phones. Its join code goes on
// the projector, as a link in a QR code and as the same code to type; it carries the round's id, the
// checklist version and the questions as a bit mask over that version's questions.
import { crc32 } from './crc32';

export interface Round {
  /** Random for each round started (8 hex digits): answers given for another round are refused. */
  id: string;
  contentVersion: string;
  /** In checklist order. */
  questionIds: string[];
}

export type RoundCodeError = 'unreadable' | 'other-version';

const FORMAT = 1;
// Crockford's Base32: no I, L, O or U, so a typed code survives being read aloud or copied by hand.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TYPO: Record<string, string> = { O: '0', I: '1', L: '1' };

/** One byte that differs between checklist versions, so a phone with other questions says so. */
const versionByte = (version: string) => crc32(new TextEncoder().encode(version)) & 0xff;

export function newRoundId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Uint8Array | null {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of text) {
    const v = ALPHABET.indexOf(TYPO[c] ?? c);
    if (v < 0) return null;
    value = ((value << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** The code, in groups of four for typing: e.g. "1A2B-3C4D-…". */
export function roundCode(round: Round, allIds: readonly string[]): string {
  const mask = new Uint8Array(Math.ceil(allIds.length / 8));
  const chosen = new Set(round.questionIds);
  allIds.forEach((id, i) => {
    if (chosen.has(id)) mask[i >> 3] = (mask[i >> 3] ?? 0) | (0x80 >> (i & 7));
  });
  const id = round.id.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
  const body = Uint8Array.from([FORMAT, ...id, versionByte(round.contentVersion), ...mask]);
  const bytes = Uint8Array.from([...body, crc32(body) & 0xff]);
  return (
    toBase32(bytes)
      .match(/.{1,4}/g)
      ?.join('-') ?? ''
  );
}

/** Reads a code as typed or as it came in a link; a typo, another app's code or another checklist is refused. */
export function readRoundCode(
  code: string,
  allIds: readonly string[],
  contentVersion: string,
): { ok: true; round: Round } | { ok: false; reason: RoundCodeError } {
  const clean = code.toUpperCase().replace(/[\s-]/g, '');
  const maskLength = Math.ceil(allIds.length / 8);
  const bytes = fromBase32(clean);
  const unreadable = { ok: false, reason: 'unreadable' } as const;
  // Too long for its own mask: a code from a checklist with more questions, or extra characters.
  if (!bytes || bytes.length < 7 || bytes[0] !== FORMAT) return unreadable;
  const body = bytes.subarray(0, bytes.length - 1);
  if ((crc32(body) & 0xff) !== bytes[bytes.length - 1]) return unreadable;
  if (body[5] !== versionByte(contentVersion) || body.length !== 6 + maskLength)
    return { ok: false, reason: 'other-version' };
  const id = Array.from(body.subarray(1, 5), (b) => b.toString(16).padStart(2, '0')).join('');
  const questionIds = allIds.filter((_, i) => ((body[6 + (i >> 3)] ?? 0) & (0x80 >> (i & 7))) !== 0);
  if (questionIds.length === 0) return unreadable;
  return { ok: true, round: { id, contentVersion, questionIds } };
}
