// @vitest-environment node
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { Locale } from '../../../src/content/types';
import { createDocx } from '../../../src/report/docx/docx';
import type { Edition } from '../../../src/report/document/document-types';
import { makeDocument, makePdf, readPdf } from '../../support/pdf';
import { councilScan, yearlyScans } from '../../support/report-fixture';

const chartImage = `data:image/jpeg;base64,${readFileSync('tests/fixtures/chart.jpg').toString('base64')}`;

async function docx(edition: Edition, locale: Locale, scan = councilScan({ session: true })) {
  const document = makeDocument(scan, locale, edition);
  const bytes = await createDocx(document, { chartImage });
  const zip = await JSZip.loadAsync(bytes);
  const file = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { document, bytes, zip, file, html };
}

const texts = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('Word report', () => {
  it('has real headings in three levels, in the order of the chosen edition', async () => {
    const council = await docx('council', 'nl');
    expect(texts(council.html, 'h1')).toEqual([
      'Samenvatting',
      'Scores per stap',
      'Verbeterplan',
      'Werkwijze en schaal',
    ]);
    expect(texts(council.html, 'h2')).toEqual([
      'Waar de aanpak staat',
      'Waar de partners verschilden',
      'Wat het verbeterplan doet',
    ]);
    const full = await docx('full', 'en');
    expect(texts(full.html, 'h1').slice(4)).toEqual([
      'Appendix A · Findings per step',
      'Appendix B · The workshop',
    ]);
    expect(texts(full.html, 'h2')).toEqual(
      expect.arrayContaining(CHECKLIST.sections.map((s) => `§${s.ref} ${s.title.en}`)),
    );
    expect(texts(full.html, 'h3')).toEqual(
      CHECKLIST.sections.flatMap((s) => s.attentionPoints.map((p) => p.title.en)),
    );
    // Summary, plan and the findings start on a new page; the scores, method and workshop follow on
    // (Word moves the scores to the next page when they do not fit under the summary).
    expect((await full.file('word/document.xml')).match(/<w:pageBreakBefore\/>/g)).toHaveLength(3);
  });

  it('has the plan as a real table whose header row repeats on every page', async () => {
    const { html, file, document } = await docx('council', 'nl');
    const plan = html.slice(html.indexOf('<h1>Verbeterplan</h1>'), html.indexOf('<h1>Werkwijze'));
    const table = plan.slice(plan.indexOf('<table>'), plan.indexOf('</table>'));
    expect(texts(table, 'th').slice(0, 6)).toEqual([
      'Actie',
      'Aandachtspunt',
      'Eigenaar',
      'Gereed op',
      'Prioriteit',
      'Status',
    ]);
    // 20 rows after the header, one per action, each starting with its title.
    const rows = table.split('<tr>').slice(2);
    expect(rows).toHaveLength(20);
    const titles = document.blocks.flatMap((b) =>
      b.kind === 'table' && b.caption === 'Verbeterplan' ? b.rows.map((r) => r[0]) : [],
    );
    rows.forEach((row, i) => expect(row).toContain(`<p>${titles[i]}</p>`));
    const xml = await file('word/document.xml');
    const tables = (xml.match(/<w:tbl>/g) ?? []).length;
    // Every table but the cover's facts has a header row marked to repeat.
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(tables - 1);
  });

  it('has the chart as an image with alt text, page numbers as fields, properties and the language', async () => {
    const { file, zip, document } = await docx('council', 'nl');
    const xml = await file('word/document.xml');
    const figure = document.blocks.find((b) => b.kind === 'figure');
    expect(figure?.kind).toBe('figure');
    const alt = figure?.kind === 'figure' ? figure.alt : '';
    expect(alt).toMatch(/^Radardiagram van de score per stap.*Hoogste: §/);
    expect(xml).toContain(`descr="${alt}"`);
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /word\/footer\d\.xml/.test(n))
        .map(file),
    );
    const footer = footers.find((f) => f.includes('PAGE')) ?? '';
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(footer).toContain('pagina ');
    const styles = await file('word/styles.xml');
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
    // Outline levels on the heading styles put the headings in Word's and Writer's navigation pane.
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ] as const)
      expect(styles).toMatch(
        new RegExp(`w:styleId="${id}">(?:(?!</w:style>).)*<w:outlineLvl w:val="${level}"/>`),
      );
    const core = await file('docProps/core.xml');
    expect(core).toContain(
      '<dc:title>Verbeterplan persoonsgerichte aanpak radicalisering: Zelfscan PGA Regio Utrecht 2026</dc:title>',
    );
    expect(core).toContain('<dc:creator>Regio Utrecht</dc:creator>');
    const en = await docx('council', 'en');
    expect(await en.file('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    const enFooters = await Promise.all(
      Object.keys(en.zip.files)
        .filter((n) => /word\/footer\d\.xml/.test(n))
        .map(en.file),
    );
    expect(enFooters.join('')).toContain('>page </w:t>');
  });

  it('keeps characters as typed: ĳ, €, curly quotes, dashes and ≥', async () => {
    const scan = councilScan();
    scan.title = 'Zelfscan “IJsselland” – ĳs €5 ≥ 3';
    scan.actions[0]!.title = 'Budget ≥ €2.500 – “snel”';
    const { html, file } = await docx('council', 'nl', scan);
    expect(html).toContain('Zelfscan “IJsselland” – ĳs €5 ≥ 3');
    expect(html).toContain('Budget ≥ €2.500 – “snel”');
    expect(await file('docProps/core.xml')).toContain('Zelfscan “IJsselland” – ĳs €5 ≥ 3');
  });

  it('the full report holds every note, with line breaks kept', async () => {
    const scan = councilScan();
    const first = CHECKLIST.sections[0]!.attentionPoints[0]!.questions[0]!.id;
    scan.answers[first] = { level: 2, note: 'Eerste regel\nTweede regel' };
    const { html } = await docx('full', 'nl', scan);
    expect(html).toContain('Eerste regel<br />Tweede regel');
    for (const note of new Set(Object.values(scan.answers).map((a) => a.note.split('\n')[0]!)))
      expect(html).toContain(note);
  });
});

describe('the trend in the reports', () => {
  it('appears in the PDF and the Word file when the scan ends a series of three', async () => {
    const series = yearlyScans(3);
    const last = series[2]!;
    const document = makeDocument(last, 'en', 'council', series);
    const { value: html } = await mammoth.convertToHtml({
      buffer: Buffer.from(await createDocx(document, { chartImage })),
    });
    expect(texts(html, 'h1')).toContain('Trend over the years');
    expect(html).toContain('<th><p><strong>15 Nov 2026</strong></p></th>');
    const pdf = await readPdf(makePdf(last, 'nl', { series }));
    expect(pdf.all.replace(/\s+/g, ' ')).toContain(
      'Trend over de jaren 3 scans, van 15 nov 2024 tot 15 nov 2026',
    );
  });
});
