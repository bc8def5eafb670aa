import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { passesElfproef, personalDataIn } from '../../../src/domain/privacy';

const now = new Date('2026-11-28T10:00:00Z');
const kinds = (text: string) => personalDataIn(text, now);

describe('elfproef', () => {
  it('accepts valid BSNs and rejects others', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
    expect(passesElfproef('12345678')).toBe(false);
  });
});

describe('personal data in notes', () => {
  it('finds a BSN, also written with dots or spaces', () => {
    expect(kinds('BSN 111222333 in dossier')).toEqual(['bsn']);
    expect(kinds('nummer 123.456.782')).toEqual(['bsn']);
    expect(kinds('nummer 123 456 782')).toEqual(['bsn']);
  });

  it('finds e-mail addresses and Dutch phone numbers', () => {
    expect(kinds('mail j.jansen@gemeente.nl')).toEqual(['email']);
    expect(kinds('bel 06-12345678')).toEqual(['phone']);
    expect(kinds('bel +31 6 1234 5678')).toEqual(['phone']);
    expect(kinds('bel 020 123 4567')).toEqual(['phone']);
  });

  it('finds dates of birth, not recent dates', () => {
    expect(kinds('cliënt is van 12-03-1995')).toEqual(['birthdate']);
    expect(kinds('geboren 3 maart 2001')).toEqual(['birthdate']);
    expect(kinds('geboren op 04-05-2019')).toEqual(['birthdate']);
    expect(kinds('overleg op 12-03-2026, evaluatie 1 maart 2027')).toEqual([]);
  });

  it('raises no alarm on years, section numbers, scores or ordinary numbers', () => {
    for (const text of [
      'Sinds 2017 werken we volgens het convenant; in 2024 geëvalueerd.',
      'Zie §1.2 en §2.1 van het rapport; paragraaf 1.7.',
      'Score 3,5 na 12 casussen; 300 uitreizigers sinds 2012.',
      'Art. 172 Gemeentewet, art. 11 convenant.',
      'Budget € 125.000 voor 2025–2027.',
      'Zaaknummer 2024-001234 en 20241128.',
      'IR-2.0 en VERA-2R worden gebruikt.',
    ])
      expect(kinds(text), text).toEqual([]);
  });

  it('never throws and finds nothing in text without digits or @', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const text = s.replace(/[\d@]/g, '');
        expect(kinds(text)).toEqual([]);
      }),
    );
  });
});
