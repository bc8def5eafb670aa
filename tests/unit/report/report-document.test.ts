// @vitest-environment node
import { trendAction } from '../../support/trend-fixture';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { AttentionPoint } from '../../../src/content/types';
import { discussionAgenda } from '../../../src/domain/workshop';
import type { Block } from '../../../src/report/document/document-types';
import { makeDocument, translator } from '../../support/pdf';
import { buildReportDocument } from '../../../src/report/document/report-document';
import { buildReportModel } from '../../../src/domain/report-model';
import { councilScan, yearlyScans } from '../../support/report-fixture';

const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
const headings = (blocks: Block[], level: 1 | 2 | 3) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));
const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/** The summary's paragraphs: everything between its heading and the next part. */
function summaryOf(blocks: Block[]): string[] {
  const end = blocks.findIndex((b, i) => i > 0 && b.kind === 'heading' && b.level === 1);
  return paragraphs(blocks.slice(0, end));
}

describe('report editions', () => {
  it('the council edition has summary, scores, plan and method, in that order, and no appendix', () => {
    const doc = makeDocument(councilScan({ session: true }), 'nl', 'council');
    expect(headings(doc.blocks, 1)).toEqual([
      'Samenvatting',
      'Scores per stap',
      'Verbeterplan',
      'Werkwijze en schaal',
    ]);
    expect(doc.cover.edition).toBe('Raadsversie');
    expect(doc.blocks.some((b) => b.kind === 'table' && b.head.includes('Toelichting'))).toBe(false);
  });

  it('the full report is the council edition followed by both appendices', () => {
    const scan = councilScan({ session: true });
    const council = makeDocument(scan, 'en', 'council');
    const full = makeDocument(scan, 'en', 'full');
    expect(full.blocks.slice(0, council.blocks.length)).toEqual(council.blocks);
    expect(headings(full.blocks, 1).slice(4)).toEqual([
      'Appendix A · Findings per step',
      'Appendix B · The workshop',
    ]);
    // Every step is a level-2 heading in the appendix, every attention point a level-3 one.
    for (const s of CHECKLIST.sections) expect(headings(full.blocks, 2)).toContain(`§${s.ref} ${s.title.en}`);
    expect(headings(full.blocks, 3)).toEqual(points.map((p) => p.title.en));
    expect(full.cover.edition).toBe('Full report');
  });

  it('a step in the appendix starts a new page only when less than a third of the page is left', () => {
    const full = makeDocument(councilScan(), 'nl', 'full');
    const steps = full.blocks.filter(
      (b): b is Extract<Block, { kind: 'heading' }> =>
        b.kind === 'heading' && b.level === 2 && b.text.startsWith('§'),
    );
    expect(steps.slice(1).map((b) => b.before)).toEqual(steps.slice(1).map(() => 83));
  });

  it('prints how a level was chosen without pointing at rubric lines the report does not print', () => {
    // The screen's reading rule says where each point states its scope; the report prints no rubrics, so its
    // method section must not send a council member looking for 'Dit punt gaat over'.
    for (const locale of ['nl', 'en'] as const) {
      const text = paragraphs(makeDocument(councilScan(), locale, 'full').blocks).join(' ');
      expect(text, locale).toContain(
        locale === 'nl' ? 'Lees elk niveau op zichzelf' : 'Read each level on its own',
      );
      expect(text, locale).toContain(locale === 'nl' ? 'Toetsvraag C.' : 'Check C.');
      expect(text, locale).not.toMatch(/Dit punt gaat over|above its levels/);
    }
  });

  it('has no session appendix and no disagreement paragraph without a session', () => {
    const doc = makeDocument(councilScan(), 'nl', 'full');
    expect(headings(doc.blocks, 1)).not.toContain('Bijlage B · De werksessie');
    expect(headings(doc.blocks, 2)).not.toContain('Waar de partners verschilden');
  });
});

describe('the written summary', () => {
  function ranked() {
    const a = councilScan({ actions: 0 });
    for (const id of Object.keys(a.answers)) a.answers[id] = { level: 3, note: '' };
    const multi = points.filter((p) => p.questions.length >= 2);
    const single = points.filter((p) => !multi.includes(p));
    const [strong, strongMixed, weakMixed] = multi;
    const [strongest, weakest, weak] = [...single, ...multi.slice(3)];
    const set = (p: AttentionPoint | undefined, levels: (1 | 2 | 3 | 4 | 5)[]) =>
      p!.questions.forEach((q, i) => (a.answers[q.id] = { level: levels[i % levels.length]!, note: '' }));
    set(strongest, [5]);
    set(strongMixed, [5, 4]);
    set(strong, [4]);
    set(weakest, [1]);
    set(weakMixed, [1, 2]);
    set(weak, [2]);
    // Unequal counts of 5 and 4 would move the mean; make the mixed point exactly half and half.
    for (const p of [strongMixed, weakMixed])
      if (p!.questions.length % 2)
        a.answers[p!.questions[p!.questions.length - 1]!.id] = { level: 'na', note: '' };
    return {
      a,
      strongest: strongest!,
      strongMixed: strongMixed!,
      strong: strong!,
      weakest: weakest!,
      weakMixed: weakMixed!,
      weak: weak!,
    };
  }

  it('names the three strongest and three weakest points, in order, with their scores', () => {
    const r = ranked();
    const text = summaryOf(makeDocument(r.a, 'nl').blocks).join('\n');
    const name = (p: AttentionPoint, score: string) => `§${p.ref} ${p.title.nl} (${score})`;
    expect(text).toContain(
      `Het sterkst staat de aanpak bij ${name(r.strongest, '5,0')}, ${name(r.strongMixed, '4,5')} en ${name(r.strong, '4,0')}.`,
    );
    expect(text).toContain(
      `De meeste ruimte voor verbetering is er bij ${name(r.weakest, '1,0')}, ${name(r.weakMixed, '1,5')} en ${name(r.weak, '2,0')}.`,
    );
  });

  it('says what the plan does, by when and by whom, with counts worked out by hand', () => {
    // 20 actions: priorities cycle high, medium, low, high; statuses open, open, in progress, done;
    // owners cycle over five organisations; due dates run from January to December 2027.
    const text = summaryOf(makeDocument(councilScan(), 'nl').blocks);
    expect(text).toContain(
      'Het verbeterplan telt 20 acties: 10 met hoge, 5 met middelhoge en 5 met lage prioriteit.',
    );
    expect(text).toContain(
      'De eerste actie moet klaar zijn op 1 januari 2027, de laatste op 1 december 2027.',
    );
    expect(text).toContain(
      'De acties liggen bij Gemeente OOV (4), GGZ Centraal (4), Openbaar Ministerie (4), Politie (4) en Zorg- en Veiligheidshuis (4).',
    );
    expect(text).toContain('Stand van de acties: 5 afgerond, 5 in uitvoering, 10 nog niet begonnen.');
    const en = summaryOf(makeDocument(councilScan(), 'en').blocks);
    expect(en).toContain(
      'The improvement plan has 20 actions: 10 with high, 5 with medium and 5 with low priority.',
    );
    expect(en).toContain('The first action is due on 1 January 2027, the last on 1 December 2027.');
  });

  it('names the three questions on which the partners differed most, with the range of levels', () => {
    const scan = councilScan({ session: true });
    const top = discussionAgenda(CHECKLIST, scan).slice(0, 3);
    expect(top).toHaveLength(3);
    const text = summaryOf(makeDocument(scan, 'nl').blocks).join('\n');
    expect(text).toContain('In de werksessie met 4 organisaties liepen de oordelen het verst uiteen bij');
    for (const item of top) {
      const given = scan.workshop.sources
        .map((s) => s.answers[item.question.id])
        .filter((v) => typeof v === 'number');
      const low = Math.min(...(given as number[]));
      const high = Math.max(...(given as number[]));
      expect(text).toContain(
        `“${item.question.text.nl}” (§${item.point.ref}; van niveau ${low} tot ${high})`,
      );
    }
  });

  it('says plainly when nothing has been scored or planned yet', () => {
    const a = councilScan({ actions: 0 });
    a.answers = {};
    a.targets = {};
    const text = summaryOf(makeDocument(a, 'nl').blocks);
    expect(text).toContain(
      'Er is nog geen vraag met een niveau beantwoord, dus er is nog geen oordeel over de aanpak.',
    );
    expect(text).toContain('Er zijn nog geen acties in het verbeterplan opgenomen.');
    expect(text.join(' ')).not.toContain('sterkst');
  });
});

describe('the trend section', () => {
  it('is in the report from three scans on, with the overall score per year', () => {
    const three = yearlyScans(3);
    const doc = makeDocument(three[2]!, 'nl', 'council', three);
    expect(headings(doc.blocks, 1)).toEqual([
      'Samenvatting',
      'Scores per stap',
      'Trend over de jaren',
      'Verbeterplan',
      'Werkwijze en schaal',
    ]);
    const table = doc.blocks.find(
      (b) => b.kind === 'table' && b.caption.startsWith('Score per stap per scan'),
    );
    expect(table?.kind === 'table' && table.head).toEqual([
      'Stap',
      '15 nov 2024',
      '15 nov 2025',
      '15 nov 2026',
    ]);
    expect(headings(doc.blocks, 2)).toContain('Afstand tot de ambitie');
    const overall = table?.kind === 'table' ? table.rows[table.rows.length - 1] : [];
    // The fixture's levels cycle 2,3,4,3,2,4,3,5,1,3 over the questions (3,1 overall, as the cycle falls on
    // checklist 2024.3's questions); +1 and +2 a year, capped at 5.
    expect(overall?.[0]).toBe('Totaalscore');
    expect(overall?.[1]).toBe('3,1');
    expect(Number(String(overall?.[3]).replace(',', '.'))).toBeGreaterThan(
      Number(String(overall?.[2]).replace(',', '.')),
    );
  });

  it('names a point that had a level in the first scan and none in the last, and never as a change', () => {
    const three = yearlyScans(3);
    const last = three[2]!;
    for (const id of Object.keys(last.answers))
      if (id.startsWith('sig-structuur')) last.answers[id] = { ...last.answers[id]!, level: 'na' };
    const text = makeDocument(last, 'nl', 'council', three)
      .blocks.filter((b) => b.kind === 'paragraph')
      .map((b) => (b.kind === 'paragraph' ? b.text : ''));
    const named = text.find((t) => t.startsWith('Niet vergeleken'));
    expect(named).toMatch(/^Niet vergeleken, omdat .*: §1\.1 [^;]+\.$/);
    expect(text.filter((t) => /^Het meest (gestegen|gedaald)/.test(t)).join(' ')).not.toContain(
      named!.split(': ')[1]!.replace(/\.$/, ''),
    );
  });

  it('says per earlier scan how many actions were done, are still open and were dropped', () => {
    const three = yearlyScans(3);
    three[0]!.actions = [trendAction('a', 'open'), trendAction('b', 'open'), trendAction('c', 'open')];
    three[1]!.actions = [trendAction('a', 'done'), trendAction('b', 'in-progress')];
    three[2]!.actions = [trendAction('b', 'in-progress')];
    const table = makeDocument(three[2]!, 'nl', 'council', three).blocks.find(
      (b) => b.kind === 'table' && b.caption === 'Wat er van de acties werd',
    );
    // 2024: a done, b still open, c gone. 2025: a was done, b still open.
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['Zelfscan PGA Regio Utrecht 2026 (15 nov 2024)', '1', '1', '1'],
      ['Zelfscan PGA Regio Utrecht 2026 (15 nov 2025)', '1', '1', '0'],
    ]);
    const none = yearlyScans(3);
    expect(
      makeDocument(none[2]!, 'nl', 'council', none).blocks.some(
        (b) => b.kind === 'table' && b.caption === 'Wat er van de acties werd',
      ),
    ).toBe(false);
  });

  it('is left out with two scans: the comparison with the previous scan already says it', () => {
    const two = yearlyScans(2);
    expect(headings(makeDocument(two[1]!, 'nl', 'council', two).blocks, 1)).not.toContain(
      'Trend over de jaren',
    );
  });
});

describe('names on the cover', () => {
  it('shows organisations and roles only, unless the user asked for names', () => {
    const scan = councilScan({ session: true });
    scan.participants = scan.participants.map((p, i) => ({ ...p, name: `Persoon ${i + 1}` }));
    const cover = (names?: boolean) =>
      buildReportDocument(buildReportModel(CHECKLIST, scan), {
        t: translator('nl'),
        locale: 'nl',
        edition: 'council',
        now: new Date('2026-11-30T10:00:00Z'),
        ...(names === undefined ? {} : { names }),
      }).cover.participants;
    const text = (names?: boolean) => JSON.stringify(cover(names));
    expect(scan.participants.length).toBeGreaterThan(1);
    expect(text()).not.toContain('Persoon 1');
    expect(cover()?.head).toEqual(['Organisatie', 'Rol']);
    expect(text(true)).toContain('Persoon 1');
    expect(cover(true)?.head).toEqual(['Organisatie', 'Rol en naam']);
  });

  it('shows the role of a partner named after it, never a dash that reads as "no role"', () => {
    const scan = councilScan({ session: true });
    const rows = (names: boolean) =>
      buildReportDocument(buildReportModel(CHECKLIST, scan), {
        t: translator('nl'),
        locale: 'nl',
        edition: 'council',
        now: new Date('2026-11-30T10:00:00Z'),
        names,
      }).cover.participants?.rows;
    // The fixture's OM has no name and the organisation "Openbaar Ministerie".
    expect(rows(false)).toContainEqual(['Openbaar Ministerie', 'Openbaar Ministerie']);
    expect(rows(true)).toContainEqual(['Openbaar Ministerie', 'Openbaar Ministerie']);
    expect(rows(true)).toContainEqual(['Politie Midden-Nederland', 'Politie · J. Bakker']);
  });
});
