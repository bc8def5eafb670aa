import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { Text } from '../../../src/content/types';
import { fingerprint, longestCopiedRun, readFingerprint, RUN, words } from '../../support/report-fingerprint';

// The report's word runs as a fingerprint (tests/tools/make-report-fingerprint.ts), not its text.
const REPORT = readFingerprint();

/** Texts in our own words: everything but the report's own reflection questions, which we only split. */
function ownTexts(): [string, Text][] {
  const out: [string, Text][] = [];
  for (const s of CHECKLIST.sections) {
    out.push([s.id, s.summary]);
    for (const p of s.attentionPoints) {
      out.push([`${p.id}.summary`, p.summary]);
      for (const [l, r] of Object.entries(p.rubric)) out.push([`${p.id}.rubric.${l}`, r.text]);
      for (const a of p.suggestedActions) out.push([a.id, a.description]);
      for (const q of p.questions) if (q.origin === 'derived') out.push([q.id, q.text]);
    }
  }
  return out;
}

describe('the checklist is in our own words', () => {
  it('holds the fingerprint of a whole report', () => {
    expect(REPORT.size).toBeGreaterThan(6000);
  });

  it('finds a run when a sentence of the report is copied, and none in plain words', () => {
    expect(
      longestCopiedRun(
        'Zo: het ontbreekt regelmatig aan een (heldere) procesbeschrijving van de aanpak.',
        REPORT,
      ),
    ).toBe('het ontbreekt regelmatig aan een heldere procesbeschrijving van de aanpak');
    expect(
      longestCopiedRun('Kwallen zwemmen zelden in de Waal, zei de visser tegen de veerman.', REPORT),
    ).toBe('');
  });

  it('reads a run of exactly RUN words, and one that runs on', () => {
    const text = 'een twee drie vier vijf zes zeven acht negen tien elf twaalf';
    const source = new Set(fingerprint(text));
    expect(words(longestCopiedRun(`aap ${text} noot`, source))).toHaveLength(12);
    expect(longestCopiedRun('een twee drie vier vijf zes zeven acht negen', source)).toBe('');
    expect(
      words(longestCopiedRun('x een twee drie vier vijf zes zeven acht negen tien y', source)),
    ).toHaveLength(RUN);
  });

  it(`shares no run of ${RUN} words or more with the report in any summary, rubric, action or derived question`, () => {
    for (const [path, text] of ownTexts()) expect(longestCopiedRun(text.nl, REPORT), path).toBe('');
  });
});
