// Where the personal-data hints start and stop: each case sits right at one edge of a pattern.
import { describe, expect, it } from 'vitest';
import { passesElfproef, personalDataIn } from '../../../src/domain/privacy';

const now = new Date('2026-11-28T10:00:00Z');
const kinds = (text: string) => personalDataIn(text, now);

describe('elfproef edges', () => {
  it('needs exactly nine digits, not more, not fewer, and not all zeros', () => {
    expect(passesElfproef('1112223330')).toBe(false);
    expect(passesElfproef('0111222333')).toBe(false);
    expect(passesElfproef('a11222333')).toBe(false);
    expect(passesElfproef('11122233a')).toBe(false);
    // 9·0+8·0+…+2·0 − 0: a multiple of 11, but only zeros is no number.
    expect(passesElfproef('000000000')).toBe(false);
    // 0 0 0 0 0 0 0 1 2: 2·1 − 2 = 0, a valid BSN that starts with zeros.
    expect(passesElfproef('000000012')).toBe(true);
  });
});

describe('e-mail edges', () => {
  it('needs a name, a domain and a top-level domain of two letters or more', () => {
    expect(kinds('a@b.nl')).toEqual(['email']);
    expect(kinds('jan2@gemeente2.nl')).toEqual(['email']);
    expect(kinds('jan@gemeente.n')).toEqual([]);
    expect(kinds('@gemeente.nl')).toEqual([]);
  });
});

describe('phone edges', () => {
  it('reads +31 and 0031 with or without a separator, and (0)', () => {
    expect(kinds('+31612345678')).toEqual(['phone']);
    expect(kinds('0031-6-12345678')).toEqual(['phone']);
    expect(kinds('+31 (0)6 12345678')).toEqual(['phone']);
    expect(kinds('+31-(0)-6-1234-5678')).toEqual(['phone']);
  });
  it('ignores numbers that are too short, too long or start with 00 after the 0', () => {
    expect(kinds('bel 06-1234567')).toEqual([]);
    expect(kinds('nummer 061234567890')).toEqual([]);
    expect(kinds('nummer 0012345678')).toEqual([]);
    expect(kinds('versie 1.0612345678')).toEqual([]);
  });
});

describe('BSN in text edges', () => {
  it('takes nine digits standing alone, not inside a longer number or after a dash', () => {
    expect(kinds('111222333.')).toEqual(['bsn']);
    expect(kinds('1111222333')).toEqual([]);
    expect(kinds('nr-111222333')).toEqual([]);
    expect(kinds('111222333,5')).toEqual([]);
    expect(kinds('111222333.5')).toEqual([]);
  });
});

describe('date-of-birth edges', () => {
  it('takes day ≤ 31 and month ≤ 12, and a year from 1900 to twelve years ago', () => {
    expect(kinds('31-12-1990')).toEqual(['birthdate']);
    expect(kinds('32-12-1990')).toEqual([]);
    expect(kinds('12-13-1990')).toEqual([]);
    expect(kinds('1-1-1900')).toEqual(['birthdate']);
    expect(kinds('1-1-1899')).toEqual([]);
    // Twelve years before 2026 is 2014: a date in 2014 counts, in 2015 not (unless next to "geboren").
    expect(kinds('1-1-2014')).toEqual(['birthdate']);
    expect(kinds('1-1-2015')).toEqual([]);
    expect(kinds('date of birth 1-1-2020')).toEqual(['birthdate']);
  });
  it('needs the date to stand alone', () => {
    expect(kinds('§1.12-03-1995')).toEqual([]);
    expect(kinds('12-03-19951')).toEqual([]);
    expect(kinds('a12-03-1995')).toEqual(['birthdate']);
  });
});
