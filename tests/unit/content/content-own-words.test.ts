import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { GLOSSARY } from '../../../src/content/glossary';
import type { Text } from '../../../src/content/types';
import { fingerprint, longestCopiedRun, readFingerprint, RUN, words } from '../../support/report-fingerprint';

// The report's word runs as a fingerprint (tests/tools/make-report-fingerprint.ts), not its text.
const REPORT = readFingerprint();

/** A text without what it quotes between ‘…’ or “…”: a marked quotation of the report is allowed. */
const unquoted = (text: string) => text.replace(/‘[^’]*’|“[^”]*”/g, ' ');

/** Texts in our own words: everything but the report's own reflection questions, which we only split. */
function ownTexts(): [string, Text][] {
  const out: [string, Text][] = [];
  for (const s of CHECKLIST.sections) {
    out.push([s.id, s.summary]);
    for (const p of s.attentionPoints) {
      out.push([`${p.id}.summary`, p.summary]);
      out.push([`${p.id}.scope`, p.scope]);
      for (const [l, r] of Object.entries(p.rubric)) {
        out.push([`${p.id}.rubric.${l}`, r.text]);
        out.push([`${p.id}.rubric.${l}.basis`, r.basis]);
      }
      for (const a of p.suggestedActions) out.push([a.id, a.description]);
      for (const q of p.questions) {
        if (q.origin === 'derived') out.push([q.id, q.text]);
        if (q.help) out.push([`${q.id}.help`, q.help]);
        (q.rules ?? []).forEach((r, i) => out.push([`${q.id}.rules.${i}`, r]));
        (q.doubts ?? []).forEach((r, i) => out.push([`${q.id}.doubts.${i}`, r]));
        if (q.basis) out.push([`${q.id}.basis`, q.basis]);
      }
    }
  }
  for (const g of GLOSSARY) out.push([`glossary.${g.id}`, g.definition]);
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

  it(`shares no run of ${RUN} words or more with the report in any text of our own, outside a marked quotation`, () => {
    const copied = ownTexts()
      .map(([path, text]) => [path, longestCopiedRun(unquoted(text.nl), REPORT)] as const)
      .filter(([, run]) => run !== '');
    expect(copied).toEqual([]);
  });

  it('counts a run inside quotation marks as quoted, and the same run outside them as copied', () => {
    const run =
      'beschikken de professionals die een belangrijke signalerende functie hebben of kunnen hebben over';
    expect(longestCopiedRun(unquoted(`De vraag breekt af na ‘${run}’.`), REPORT)).toBe('');
    expect(longestCopiedRun(unquoted(`De vraag breekt af na ${run}.`), REPORT)).not.toBe('');
  });
});
