import { describe, expect, it } from 'vitest';
import { readRoundDraft, writeRoundDraft, type RoundDraft } from '../../../src/storage/round-draft';
import { MemoryStorage } from '../../support/memory-storage';
import { KEY_PREFIX } from '../../support/storage-keys';

const ROUND = '0a1b2c3d';
const PHONE = '0123456789abcdef';
// Written out here, not taken from src: a phone that reloads mid-round must find its draft under this key.
const draftKey = (roundId: string) => `${KEY_PREFIX}round:${roundId}`;

const draft = (over: Partial<RoundDraft> = {}): RoundDraft => ({
  phoneId: PHONE,
  role: 'politie',
  levels: { q1: 3, q2: 'na' },
  notes: { q1: 'Overleg elke week.' },
  ...over,
});

/** What a phone finds after a reload when the stored text is this value. */
function readBack(value: unknown): RoundDraft | null {
  const storage = new MemoryStorage();
  storage.setItem(draftKey(ROUND), JSON.stringify(value));
  return readRoundDraft(storage, ROUND);
}

describe('round draft', () => {
  it('keeps a draft under the round’s own key and reads it back whole', () => {
    const storage = new MemoryStorage();
    const kept = draft();
    writeRoundDraft(storage, ROUND, kept);
    expect(storage.getItem(draftKey(ROUND))).toBe(JSON.stringify(kept));
    expect(storage.length).toBe(1);
    expect(readRoundDraft(storage, ROUND)).toEqual(kept);
  });

  it('finds no draft for another round, nor where nothing was kept', () => {
    const storage = new MemoryStorage();
    expect(readRoundDraft(storage, ROUND)).toBeNull();
    writeRoundDraft(storage, ROUND, draft());
    expect(readRoundDraft(storage, 'ffffffff')).toBeNull();
  });

  it('accepts every answer value a phone can give, and an anonymous role', () => {
    // One draft holding each value: a value the reader stopped accepting would throw the whole draft away.
    const levels = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 'na', g: 'unknown', h: null } as const;
    const kept = draft({ role: null, levels, notes: {} });
    expect(readBack(kept)).toEqual(kept);
  });

  it.each<[string, unknown]>([
    ['a level of 0', { q1: 0 }],
    ['a level of 6', { q1: 6 }],
    ['a level as text', { q1: '3' }],
    ['an unknown word', { q1: 'NA' }],
    ['a boolean', { q1: true }],
    ['one bad level beside a good one', { q1: 3, q2: 7 }],
    ['levels that are not an object', ''],
    ['levels that are null', null],
  ])('refuses a draft with %s', (_, levels) => {
    expect(readBack({ ...draft(), levels })).toBeNull();
  });

  it.each<[string, unknown]>([
    ['a note that is not text', { q1: 3 }],
    ['one bad note beside a good one', { q1: 'ja', q2: null }],
    ['notes that are not an object', ''],
    ['notes that are null', null],
  ])('refuses a draft with %s', (_, notes) => {
    expect(readBack({ ...draft(), notes })).toBeNull();
  });

  it.each<[string, unknown]>([
    ['upper-case hex', PHONE.toUpperCase()],
    ['15 digits', PHONE.slice(1)],
    ['17 digits', `${PHONE}0`],
    ['a letter before', `x${PHONE}`],
    ['a letter after', `${PHONE}x`],
    ['a non-hex letter', `${PHONE.slice(1)}g`],
    ['a number', 123],
  ])('refuses a phone id with %s', (_, phoneId) => {
    expect(readBack({ ...draft(), phoneId })).toBeNull();
  });

  it.each<[string, unknown]>([
    ['a role that is a number', { ...draft(), role: 3 }],
    ['no role at all', { phoneId: PHONE, levels: {}, notes: {} }],
    ['no levels', { phoneId: PHONE, role: null, notes: {} }],
    ['no notes', { phoneId: PHONE, role: null, levels: {} }],
    ['plain text', 'draft'],
    ['a number', 42],
    ['null', null],
    ['an array', [PHONE]],
  ])('refuses %s as a draft', (_, value) => {
    expect(readBack(value)).toBeNull();
  });

  it('reads a broken text as no draft instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey(ROUND), '{"phoneId": "0123');
    expect(readRoundDraft(storage, ROUND)).toBeNull();
  });

  it('works without storage: nothing is kept, nothing is read, nothing throws', () => {
    expect(() => writeRoundDraft(null, ROUND, draft())).not.toThrow();
    expect(readRoundDraft(null, ROUND)).toBeNull();
  });

  it('keeps the earlier draft when a full store refuses the newer one, without throwing', () => {
    const storage = new MemoryStorage();
    const earlier = draft();
    writeRoundDraft(storage, ROUND, earlier);
    storage.full = true;
    expect(() => writeRoundDraft(storage, ROUND, draft({ levels: { q1: 5 } }))).not.toThrow();
    expect(readRoundDraft(storage, ROUND)).toEqual(earlier);
  });
});
