// @vitest-environment node
// The Word file's share of the page rules (Word and Writer paginate themselves, so the file carries the
// instructions), and the line spacing that lets LibreOffice Writer paint the chart
// (tests/tools/docx-libreoffice.ts checks the painted pixels by hand).
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/content/types';
import { createDocx } from '../../../src/report/docx/docx';
import type { Edition } from '../../../src/report/document/document-types';
import { makeDocument } from '../../support/pdf';
import { councilScan } from '../../support/report-fixture';

const chartImage = `data:image/jpeg;base64,${readFileSync('tests/fixtures/chart.jpg').toString('base64')}`;

async function parts(locale: Locale, edition: Edition = 'council') {
  const scan = councilScan({ session: true, actions: 21, uncertain: true });
  const zip = await JSZip.loadAsync(await createDocx(makeDocument(scan, locale, edition), { chartImage }));
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml') };
}

/** The rows of each table with a header row (all but the cover's facts), as XML; the first is the header. */
const tables = (xml: string) =>
  [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)]
    .map((t) => [...(t[1] ?? '').matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((r) => r[0]))
    .filter((rows) => rows[0]?.includes('<w:tblHeader/>'));

describe.each(['nl', 'en'] as const)('the Word file (%s)', (locale) => {
  it('gives every line height a line rule, and the chart its own line, so Writer paints it whole', async () => {
    const { document, styles } = await parts(locale);
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="276"[^>]*w:lineRule="auto"/);
    const spacings = [...`${styles}${document}`.matchAll(/<w:spacing [^>]*\/>/g)].map((m) => m[0]);
    const withLine = spacings.filter((s) => s.includes('w:line='));
    expect(withLine.length).toBeGreaterThan(100);
    for (const s of withLine) expect(s).toMatch(/w:lineRule="(auto|atLeast)"/);
    const image = /<w:p>(?:(?!<\/w:p>).)*<w:drawing>/s.exec(document)?.[0] ?? '';
    expect(image).toMatch(/<w:spacing [^>]*w:line="240" w:lineRule="auto"/);
  });

  it('keeps headings, intros and the chart with what follows, and rows whole', async () => {
    const { document } = await parts(locale);
    for (const heading of document.match(
      /<w:p>(?:(?!<\/w:p>).)*<w:pStyle w:val="Heading\d"\/>.*?<\/w:p>/gs,
    ) ?? [])
      expect(heading).toContain('<w:keepNext/>');
    const image = /<w:p>(?:(?!<\/w:p>).)*<w:drawing>/s.exec(document)?.[0] ?? '';
    expect(image).toContain('<w:keepNext/>');
    for (const rows of tables(document))
      for (const row of rows.slice(1)) expect(row).toContain('<w:cantSplit/>');
  });

  it("keeps a step's title and score line with its first point in the appendix", async () => {
    const { document } = await parts(locale, 'full');
    const paragraphs = document.match(/<w:p>.*?<\/w:p>/gs) ?? [];
    // A step's heading, its score line, its first point's heading: nine steps.
    const steps = paragraphs.flatMap((p, i) =>
      p.includes('<w:pStyle w:val="Heading2"/>') &&
      paragraphs[i + 2]?.includes('<w:pStyle w:val="Heading3"/>')
        ? [paragraphs[i + 1] ?? '']
        : [],
    );
    expect(steps).toHaveLength(9);
    for (const scoreLine of steps) expect(scoreLine).toContain('<w:keepNext/>');
  });

  it('keeps the 9-row scores table on one page, and three plan rows together at either end', async () => {
    // The cover's participants, the scores, the plan, the scale.
    const [, scores, plan] = tables((await parts(locale)).document);
    const kept = (rows: string[] = []) => rows.slice(1).map((r) => r.includes('<w:keepNext/>'));
    expect(kept(scores)).toEqual([...Array(8).fill(true), false]);
    // 21 rows: the first and the last three stay together; between them Word may break.
    expect(kept(plan)).toEqual([true, true, ...Array(16).fill(false), true, true, false]);
  });
});
