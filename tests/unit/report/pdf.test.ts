// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { dutchOneDecimal, exactScores } from '../../support/oracle';
import type { Action } from '../../../src/domain/types';
import { seededAssessment } from '../../e2e/seed';
import { makePdf, readPdf } from '../../support/pdf';

/** Whitespace differs between how text is laid out and how it is extracted; compare on words. */
const squash = (s: string) => s.replace(/\s+/g, ' ');

function withActions(count: number, noteLength = 0) {
  const a = seededAssessment();
  const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
  const actions: Action[] = Array.from({ length: count }, (_, i) => ({
    id: `act-${i}`,
    attentionPointId: points[i % points.length]!.id,
    title: `Actie ${i + 1}: werkproces vastleggen`,
    description: 'Beschrijving van de actie. '.repeat(noteLength),
    owner: i % 2 ? 'Politie' : 'Gemeente OOV',
    due: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
    priority: (['high', 'medium', 'low'] as const)[i % 3]!,
    status: (['open', 'in-progress', 'done'] as const)[i % 3]!,
    origin: 'own',
  }));
  return { ...a, actions };
}

describe('PDF report', () => {
  it('is A4 with every part, every step, scores and level names (full report)', async () => {
    const a = withActions(5);
    const pdf = await readPdf(makePdf(a, 'nl', { edition: 'full' }));
    expect(pdf.view).toEqual([0, 0, 595.28, 841.89]);
    const text = squash(pdf.all);
    for (const heading of [
      'Samenvatting',
      'Scores per stap',
      'Bijlage A · Bevindingen per stap',
      'Verbeterplan',
      'Werkwijze en schaal',
      'Bron:',
    ])
      expect(text).toContain(heading);
    const expected = exactScores(CHECKLIST, a.answers);
    CHECKLIST.sections.forEach((section, i) => {
      expect(text).toContain(`§${section.ref} ${section.title.nl}`);
      expect(text).toContain(
        `§${section.ref} ${section.title.nl} Score ${dutchOneDecimal(expected.sections[i]!.value)}`,
      );
    });
    expect(text).toContain(`gemiddeld met ${dutchOneDecimal(expected.overall)} op een schaal van 1 tot 5`);
    for (const name of [
      '1 Ontbreekt',
      '2 Ad hoc',
      '3 Afgesproken',
      '4 Vastgelegd en toegepast',
      '5 Geborgd en geëvalueerd',
    ])
      expect(text).toContain(name);
    expect(text).toContain('DSP-groep');
  });

  it('puts every action title in the plan and a header and page x of y on every page', async () => {
    const a = withActions(30);
    const pdf = await readPdf(makePdf(a));
    const text = squash(pdf.all);
    for (const action of a.actions) expect(text).toContain(action.title);
    pdf.pages.forEach((page, i) => {
      expect(squash(page)).toContain(`pagina ${i + 1} van ${pdf.numPages}`);
      expect(squash(page)).toContain('Zelfscan PGA 2026');
    });
  });

  it('keeps Dutch characters intact and shows characters outside the font as □, saying so', async () => {
    const a = seededAssessment();
    a.title = 'Zelfscan “Noord” – ĳsselstreek €5 ≥ 3 → één ë ï ü';
    a.answers['sig-structuur-helder'] = {
      level: 3,
      note: 'Overleg met café-eigenaren, ’s-Hertogenbosch; ĲSSEL; ş ğ İ 🙂 漢',
    };
    const pdf = await readPdf(makePdf(a, 'nl', { edition: 'full' }));
    const text = squash(pdf.all);
    expect(text).toContain('Zelfscan “Noord” – ĳsselstreek €5 ≥ 3 → één ë ï ü');
    expect(text).toContain('café-eigenaren, ’s-Hertogenbosch; ĲSSEL; ş ğ İ □ □');
    expect(text).toContain('2 teken(s) vielen buiten het lettertype');
  });

  it('sets title, subject, creator and language', async () => {
    const pdf = await readPdf(makePdf(seededAssessment(), 'en', { edition: 'full' }));
    const info = pdf.meta.info as Record<string, string>;
    expect(info.Title).toBe(
      'Improvement plan for the case-based approach to radicalisation: Zelfscan PGA 2026',
    );
    expect(info.Subject).toContain('Regio Utrecht');
    expect(info.Creator).toBe('PGA-zelfscan');
    expect(pdf.lang).toBe('en-GB');
    expect((await readPdf(makePdf(seededAssessment(), 'nl'))).lang).toBe('nl');
    expect(squash(pdf.all)).toContain('Findings per step');
    expect(squash(pdf.all)).toContain('page 1 of');
  });

  it('grows sensibly with 200 actions and long notes', async () => {
    const small = await readPdf(makePdf(withActions(0), 'nl', { edition: 'full' }));
    const large = await readPdf(makePdf(withActions(200, 12), 'nl', { edition: 'full' }));
    // 200 actions of a line or two each fill roughly 5–60 extra pages, not hundreds.
    expect(large.numPages - small.numPages).toBeGreaterThan(4);
    expect(large.numPages - small.numPages).toBeLessThan(80);
  });
});

describe('PDF provisional marking', () => {
  it('marks a score resting on fewer than half of its questions as provisional, and a full one not', async () => {
    const a = seededAssessment();
    const sparse = { ...a, answers: { 'weg-manier': { level: 3 as const, note: '' } } };
    const text = squash((await readPdf(makePdf(sparse, 'nl', { edition: 'full' }))).all);
    // §1.2 has 7 questions and one level: 3,0 on 1 of 7 is provisional.
    expect(text).toContain('§1.2 Wegen van signalen Score 3,0 (voorlopig)');
    expect(squash((await readPdf(makePdf(a, 'nl', { edition: 'full' }))).all)).not.toContain('(voorlopig)');
  });
});

describe('PDF session section', () => {
  it('lists participants by organisation and the points where views differed, with what was agreed', async () => {
    const a = seededAssessment();
    a.participants = [
      { id: 'p1', name: '', organisation: 'Politie Midden-Nederland', role: 'politie', domain: 'veiligheid' },
      { id: 'p2', name: 'M. Yılmaz', organisation: 'GGZ Centraal', role: 'ggz', domain: 'sociaal' },
    ];
    a.workshop = {
      ...a.workshop,
      sources: [
        {
          id: 's1',
          participantId: 'p1',
          title: 'Scan politie',
          contentVersion: '2024.1',
          importedAt: '2026-11-28T09:00:00Z',
          answers: { 'weg-manier': 4 },
          notes: {},
        },
        {
          id: 's2',
          participantId: 'p2',
          title: 'Scan GGZ',
          contentVersion: '2024.1',
          importedAt: '2026-11-28T09:00:00Z',
          answers: { 'weg-manier': 1 },
          notes: {},
        },
      ],
      tallies: {},
    };
    a.answers['weg-manier'] = { level: 2, note: 'Afgesproken: weegkader opstellen' };
    const text = squash((await readPdf(makePdf(a, 'nl', { edition: 'full' }))).all);
    expect(text).toContain('Deelnemers per organisatie');
    expect(text).toContain('GGZ Centraal GGZ Sociaal domein M. Yılmaz');
    expect(text).toContain('Waar de opvattingen het meest uiteenliepen');
    expect(text).toContain(
      '§1.2 Hebben jullie een vaste, systematische manier van wegen afgesproken? 1: 1 · 4: 1',
    );
    expect(text).toContain('2 Ad hoc Afgesproken: weegkader opstellen');
  });

  it('has no session section when no partner scans were read in', async () => {
    expect(squash((await readPdf(makePdf(seededAssessment()))).all)).not.toContain(
      'Deelnemers per organisatie',
    );
  });
});
