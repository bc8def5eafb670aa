// @vitest-environment node
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { allQuestions } from '../../../src/domain/content-index';
import type { Assessment } from '../../../src/domain/types';
import { createDocx } from '../../../src/report/docx/docx';
import type { Edition } from '../../../src/report/document/document-types';
import { makeDocument, makePdf, readPdf } from '../../support/pdf';
import { councilScan } from '../../support/report-fixture';

const squash = (s: string) => s.replace(/\s+/g, ' ');
const HASH = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const [p1, p2] = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
const questions = allQuestions(CHECKLIST).map((r) => r.question);

/** A full session scan with documents on two points and three questions marked. */
function evidenceScan(): Assessment {
  const a = councilScan({ session: true });
  a.evidence = {
    [p1!.id]: [
      {
        id: 'e1',
        title: 'Convenant Zorg- en Veiligheidshuis',
        version: 'v3',
        owner: 'Zorg- en Veiligheidshuis',
        location: 'https://intranet.example/zvh/convenant.pdf',
        sha256: HASH,
        effective: '2025-01-01',
        reviewBy: '2027-01-01',
      },
      {
        id: 'e2',
        title: 'Werkinstructie meldroute',
        version: '2025-03',
        owner: 'Gemeente OOV',
        location: 'G:\\OOV\\PGA\\meldroute.docx',
        effective: '',
        reviewBy: '',
      },
    ],
    [p2!.id]: [
      {
        id: 'e3',
        title: 'Jaarplan training signalering',
        version: '',
        owner: '',
        location: '',
        effective: '2026-01-01',
        reviewBy: '2026-12-31',
      },
    ],
  };
  a.marks = {
    [questions[0]!.id]: { reason: 'unsure', text: 'Niveau 3 of 4?' },
    [questions[5]!.id]: { reason: 'disagree', text: '' },
    [questions[9]!.id]: { reason: 'evidence', text: 'Verslag ontbreekt' },
  };
  return a;
}

async function docxText(scan: Assessment, edition: Edition, locale: 'nl' | 'en') {
  const bytes = await createDocx(makeDocument(scan, locale, edition), {});
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { html: value, text: squash(value.replace(/<[^>]+>/g, ' ')) };
}

describe('evidence and marks in the report', () => {
  it('the full PDF has the appendix Onderbouwing with every reference, and the count of marked questions', async () => {
    const pdf = await readPdf(makePdf(evidenceScan(), 'nl', { edition: 'full' }));
    const text = squash(pdf.all);
    const at = text.indexOf('Bijlage C · Onderbouwing');
    expect(at).toBeGreaterThan(text.indexOf('Bijlage B · De werksessie'));
    const appendix = text.slice(at);
    expect(appendix).toContain(
      'Bij 2 van de 20 aandachtspunten is een document vastgelegd waarop het niveau rust.',
    );
    for (const title of [
      'Convenant Zorg- en Veiligheidshuis',
      'Werkinstructie meldroute',
      'Jaarplan training signalering',
    ])
      expect(appendix).toContain(title);
    expect(appendix).toContain(`§${p1!.ref} ${p1!.title.nl}`);
    // The link and the drive path as text, the whole fingerprint (it may wrap, so spaces are taken out).
    expect(appendix).toContain('intranet.example/zvh/convenant.pdf');
    expect(appendix).toContain('G:\\OOV\\PGA\\meldroute.docx');
    expect(appendix.replace(/\s/g, '')).toContain(`SHA-256:${HASH}`);
    expect(appendix).toContain('1 januari 2025 · 1 januari 2027');
    expect(appendix).toContain('Er zijn 3 vragen gemarkeerd om te bespreken.');
    expect(appendix).toContain('Partners zijn het oneens');
    expect(appendix).toContain('Verslag ontbreekt');
  });

  it('the council edition says in one line how many points rest on a document, and lists none', async () => {
    for (const locale of ['nl', 'en'] as const) {
      const text = squash((await readPdf(makePdf(evidenceScan(), locale, { edition: 'council' }))).all);
      expect(text).toContain(
        locale === 'nl'
          ? 'Bij 2 van de 20 aandachtspunten is een document vastgelegd waarop het niveau rust.'
          : '2 of the 20 attention points have a document recorded that their level rests on.',
      );
      expect(text).not.toContain('Convenant Zorg- en Veiligheidshuis');
      expect(text).not.toContain(locale === 'nl' ? 'Onderbouwing' : 'Appendix C');
    }
    const none = squash((await readPdf(makePdf(councilScan(), 'nl', { edition: 'council' }))).all);
    expect(none).toContain('Bij geen van de 20 aandachtspunten is een document vastgelegd');
  });

  it('Word carries the same appendix and line, in both languages', async () => {
    const full = await docxText(evidenceScan(), 'full', 'en');
    expect(full.html).toContain('<h1>Appendix C · Evidence</h1>');
    expect(full.html).toContain(`<h3>§${p2!.ref} ${p2!.title.en}</h3>`);
    expect(full.text).toContain('Jaarplan training signalering');
    expect(full.text).toContain(`SHA-256: ${HASH}`);
    expect(full.text).toContain('3 questions are marked to discuss.');
    const council = await docxText(evidenceScan(), 'council', 'nl');
    expect(council.text).toContain('Bij 2 van de 20 aandachtspunten is een document vastgelegd');
    expect(council.text).not.toContain('Werkinstructie meldroute');
    // Without a session the appendix is B.
    const alone = await docxText({ ...evidenceScan(), workshop: councilScan().workshop }, 'full', 'nl');
    expect(alone.html).toContain('<h1>Bijlage B · Onderbouwing</h1>');
  });
});

describe('a report without evidence or marks', () => {
  it('has no appendix Onderbouwing, only the line in the summary', async () => {
    const text = squash(
      (await readPdf(makePdf(councilScan({ session: true }), 'nl', { edition: 'full' }))).all,
    );
    expect(text).not.toContain('Bijlage C');
    expect(text).toContain('Bij geen van de 20 aandachtspunten is een document vastgelegd');
  });

  it('the full report with evidence stays within the page budget plus one page', async () => {
    const pdf = await readPdf(makePdf(evidenceScan(), 'en', { edition: 'full' }));
    expect(pdf.numPages).toBeLessThanOrEqual(17);
  });
});
