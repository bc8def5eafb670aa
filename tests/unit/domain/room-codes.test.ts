import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// The npm package is the oracle for our Base45: the same text for the same bytes.
import base45 from 'base45';
import { OUTLINE } from '../../../src/content/outline';
import { PARTNER_ROLES } from '../../../src/content/partners';
import { CONTENT_VERSION } from '../../../src/content/version';
import { decodeBase45, encodeBase45 } from '../../../src/domain/room/base45';
import { answerCodes, MAX_NOTE_PARTS, type PhoneAnswers } from '../../../src/domain/room/answer-frames';
import { createCollector, type ScanOutcome } from '../../../src/domain/room/answer-collector';
import { readRoundCode, roundCode, type Round } from '../../../src/domain/room/round';
import type { AnswerValue } from '../../../src/domain/types';

const ALL = OUTLINE.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions.map((q) => q.id)));
const ROLES = PARTNER_ROLES.map((r) => r.id);
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const round: Round = { id: 'a1b2c3d4', contentVersion: CONTENT_VERSION, questionIds: ALL };

const hex = (n: number) =>
  fc.uint8Array({ minLength: n, maxLength: n }).map((b) => Buffer.from(b).toString('hex'));
const level = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'na', 'unknown', null);
const phoneAnswers = (ids: readonly string[]) =>
  fc.record({
    phoneId: hex(8),
    role: fc.option(fc.constantFrom(...ROLES), { nil: null }),
    levels: fc
      .tuple(...ids.map(() => level))
      .map((ls) => Object.fromEntries(ids.map((id, i) => [id, ls[i] ?? null]))),
    notes: fc
      .array(fc.tuple(fc.constantFrom(...ids), fc.string({ unit: 'grapheme', maxLength: 300 })), {
        maxLength: 6,
      })
      .map((pairs) => Object.fromEntries(pairs)),
  });

/** What a facilitator should receive: no open answers, notes trimmed and only when there is text. */
function expected(a: PhoneAnswers): PhoneAnswers {
  const levels = Object.fromEntries(Object.entries(a.levels).filter(([, v]) => v !== null));
  const notes = Object.fromEntries(
    Object.entries(a.notes)
      .map(([id, n]) => [id, n.trim()] as const)
      .filter(([, n]) => n !== ''),
  );
  return { ...a, levels, notes };
}

function completed(outcomes: ScanOutcome[]): PhoneAnswers[] {
  return outcomes.flatMap((o) => (o.kind === 'complete' ? [o.answers] : []));
}

describe('Base45 (RFC 9285)', () => {
  it('gives the same text as the base45 package and reads it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase45(bytes);
        expect(text).toBe(base45.encode(Buffer.from(bytes)));
        expect(decodeBase45(text)).toEqual(bytes);
      }),
    );
  });

  it('matches the examples of RFC 9285 and refuses text that is not Base45', () => {
    expect(encodeBase45(new TextEncoder().encode('AB'))).toBe('BB8');
    expect(encodeBase45(new TextEncoder().encode('Hello!!'))).toBe('%69 VD92EX0');
    expect(new TextDecoder().decode(decodeBase45('QED8WEX0') ?? new Uint8Array())).toBe('ietf!');
    expect(decodeBase45('GGW')).toBeNull(); // 65536: above two bytes
    expect(decodeBase45('abc')).toBeNull();
    expect(decodeBase45('A')).toBeNull();
  });
});

describe('round code', () => {
  it('carries the round id and any choice of questions, typed in any case', () => {
    fc.assert(
      fc.property(hex(4), fc.subarray(ALL, { minLength: 1 }), (id, questionIds) => {
        const r: Round = { id, contentVersion: CONTENT_VERSION, questionIds };
        const code = roundCode(r, ALL);
        expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
        expect(readRoundCode(code.toLowerCase().replace(/-/g, ' '), ALL, CONTENT_VERSION)).toEqual({
          ok: true,
          round: r,
        });
      }),
    );
  });

  it('refuses a code of another checklist version, and a mistyped character', () => {
    const code = roundCode(round, ALL);
    expect(readRoundCode(code, ALL, '2023.1')).toEqual({ ok: false, reason: 'other-version' });
    // Every character of the code mistyped, one at a time: the check byte catches each.
    const chars = [...code.replace(/-/g, '')];
    chars.forEach((c, k) => {
      const typo = [...chars.slice(0, k), c === 'X' ? 'Y' : 'X', ...chars.slice(k + 1)].join('');
      expect(readRoundCode(typo, ALL, CONTENT_VERSION)).toEqual({ ok: false, reason: 'unreadable' });
    });
    expect(readRoundCode('hello', ALL, CONTENT_VERSION)).toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('answer codes', () => {
  it('bring random answers and notes across intact, with parts in any order and repeated', () => {
    fc.assert(
      fc.property(
        hex(4),
        fc.subarray(ALL, { minLength: 1 }),
        fc.infiniteStream(fc.nat()),
        (id, ids, random) => {
          const r = { ...round, id, questionIds: ids };
          return fc.assert(
            fc.property(phoneAnswers(ids), (a) => {
              const codes = answerCodes(r, ROLES, a);
              expect(codes.overCap).toBe(false);
              // Every part twice, shuffled: the levels code may come first, last or in between.
              const frames = [...codes.notes, ...codes.notes, codes.levels].map((f) => ({
                f,
                k: random.next().value,
              }));
              frames.sort((x, y) => x.k - y.k);
              const collector = createCollector(r, ROLES);
              const outcomes = [...frames.map(({ f }) => f), codes.levels].map((f) => collector.add(f));
              expect(completed(outcomes)).toEqual([expected(a)]);
              expect(outcomes.at(-1)?.kind).toBe('again');
            }),
            { numRuns: 5 },
          );
        },
      ),
      { numRuns: 20 },
    );
  });

  it('notices every single character changed in a code, by its checksum', () => {
    const a: PhoneAnswers = {
      phoneId: '0123456789abcdef',
      role: 'politie',
      levels: { [ALL[0] ?? '']: 3 },
      notes: {},
    };
    const { levels } = answerCodes(round, ROLES, a);
    for (let i = 0; i < levels.length; i++)
      for (const c of ALPHABET) {
        if (c === levels[i]) continue;
        const flipped = levels.slice(0, i) + c + levels.slice(i + 1);
        expect(createCollector(round, ROLES).add(flipped)).toEqual({ kind: 'unreadable' });
      }
  });

  it('reads a code whose text starts with a space, one of the Base45 characters', () => {
    const r = { ...round, id: '5eed0001' };
    const a: PhoneAnswers = {
      phoneId: '0011223344556677',
      role: 'politie',
      levels: { [ALL[0] ?? '']: 3 },
      notes: {},
    };
    const { levels } = answerCodes(r, ROLES, a);
    expect(levels.startsWith(' ')).toBe(true);
    expect(createCollector(r, ROLES).add(levels)).toMatchObject({ kind: 'complete' });
  });

  it('refuses a code of another round, and counts a phone scanned twice once', () => {
    const a: PhoneAnswers = {
      phoneId: 'fedcba9876543210',
      role: null,
      levels: { [ALL[1] ?? '']: 'na' },
      notes: {},
    };
    const other = answerCodes({ ...round, id: '00000000' }, ROLES, a).levels;
    const collector = createCollector(round, ROLES);
    expect(collector.add(other)).toEqual({ kind: 'other-round' });
    const mine = answerCodes(round, ROLES, a).levels;
    expect(collector.add(mine).kind).toBe('complete');
    expect(collector.add(mine)).toEqual({ kind: 'again', phoneId: a.phoneId });
    // The same phone with a changed answer is new information, still from one phone.
    const changed = answerCodes(round, ROLES, { ...a, levels: { [ALL[1] ?? '']: 4 } }).levels;
    expect(collector.add(changed)).toMatchObject({ kind: 'complete', answers: { phoneId: a.phoneId } });
    expect(collector.add('HTTPS://EXAMPLE.ORG')).toEqual({ kind: 'unreadable' });
  });

  it('keeps the levels code small and each notes code within a version 9-M code', () => {
    const words = 'De signalen komen binnen bij het Zorg- en Veiligheidshuis en worden wekelijks besproken. ';
    const notes = Object.fromEntries(
      ALL.slice(0, 10).map((id, i) => [id, `${i} ${words.repeat(5)}`.slice(0, 400)]),
    );
    const total = Object.values(notes).join('').length;
    expect(total).toBe(4000);
    const a: PhoneAnswers = { phoneId: '0011223344556677', role: 'ggz', levels: {}, notes };
    const codes = answerCodes(round, ROLES, a);
    expect(codes.levels.length).toBeLessThanOrEqual(80);
    expect(codes.notes.length).toBeGreaterThan(1);
    // 230 alphanumeric characters is the capacity of a version 9 code at error level M.
    for (const n of codes.notes) expect(n.length).toBeLessThanOrEqual(230);
    expect(codes.overCap).toBe(false);
  });

  it('leaves notes above the cap out of the codes, and says so', () => {
    // Random text does not compress: far more than the cap's parts.
    const noise = Array.from({ length: 9000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join('');
    const a: PhoneAnswers = {
      phoneId: '8899aabbccddeeff',
      role: null,
      levels: { [ALL[2] ?? '']: 5 },
      notes: { [ALL[2] ?? '']: noise },
    };
    const codes = answerCodes(round, ROLES, a);
    expect(codes.overCap).toBe(true);
    expect(codes.notes).toEqual([]);
    expect(MAX_NOTE_PARTS).toBe(40);
    const outcome = createCollector(round, ROLES).add(codes.levels);
    expect(outcome).toEqual({ kind: 'complete', answers: { ...a, notes: {} } });
  });
});
