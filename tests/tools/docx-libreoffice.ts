// Dev aid, by hand (too heavy for npm test): opens the council edition's Word file in LibreOffice Writer
// (Debian's libreoffice-writer-nogui), converts it to PDF and checks that the radar chart is painted, in
// both languages. The chart lies between its caption and its text alternative; the tool renders that page
// (pdftoppm, PPM) and counts the non-white pixels and painted pixel rows between the two.
// npx tsx tests/tools/docx-libreoffice.ts   → .screenshots/lo-council-LOCALE.{docx,pdf}; exits 1 on failure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createDocx } from '../../src/report/docx/docx';
import { makeDocument, translator } from '../support/pdf';
import { councilScan } from '../support/report-fixture';

const DPI = 50;
const OUT = '.screenshots';
/** The chart is 340 px (90 mm) square in the file: 177 pixel rows at 50 dpi. Ask for most of them. */
const MIN_ROWS = 120;

const chartImage = `data:image/jpeg;base64,${readFileSync('tests/fixtures/chart.jpg').toString('base64')}`;

interface Box {
  page: number;
  yMin: number;
  yMax: number;
}

/** Where a line of text starting with `words` is, in points, from pdftotext's word boxes. */
function findLine(html: string, words: string[]): Box | undefined {
  const pages = html.split('<page ').slice(1);
  for (const [p, page] of pages.entries()) {
    const found = [
      ...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ];
    for (let i = 0; i + words.length <= found.length; i++)
      if (words.every((w, k) => found[i + k]?.[3] === w))
        return { page: p + 1, yMin: Number(found[i]?.[1]), yMax: Number(found[i]?.[2]) };
  }
  return undefined;
}

/** Non-white pixels and pixel rows with any between two heights (in points) of a rendered page. */
function painted(ppm: Buffer, fromPt: number, toPt: number): { pixels: number; rows: number } {
  const header = ppm.subarray(0, 40).toString('latin1').split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = ppm.length - width * height * 3;
  const [from, to] = [Math.round((fromPt * DPI) / 72), Math.round((toPt * DPI) / 72)];
  let pixels = 0;
  let rows = 0;
  for (let y = Math.max(0, from); y < Math.min(height, to); y++) {
    let inRow = 0;
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3;
      if ((ppm[i] ?? 255) < 235 || (ppm[i + 1] ?? 255) < 235 || (ppm[i + 2] ?? 255) < 235) inRow++;
    }
    pixels += inRow;
    if (inRow > 3) rows++;
  }
  return { pixels, rows };
}

mkdirSync(OUT, { recursive: true });
let failed = false;
for (const locale of ['nl', 'en'] as const) {
  const report = makeDocument(
    councilScan({ session: true, actions: 21, uncertain: true }),
    locale,
    'council',
  );
  const docx = `${OUT}/lo-council-${locale}.docx`;
  writeFileSync(docx, await createDocx(report, { chartImage }));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { stdio: 'ignore' });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const figure = report.blocks.find((b) => b.kind === 'figure');
  const caption = findLine(boxes, translator(locale)('results.radarTitle').split(' '));
  const alt = figure?.kind === 'figure' ? findLine(boxes, figure.alt.split(' ').slice(0, 3)) : undefined;
  if (!caption || !alt || caption.page !== alt.page) {
    console.log(`${locale}: caption or text alternative not found on one page`, { caption, alt });
    failed = true;
    continue;
  }
  const ppm = execFileSync('pdftoppm', [
    '-r',
    String(DPI),
    '-f',
    String(alt.page),
    '-l',
    String(alt.page),
    pdf,
  ]);
  const { pixels, rows } = painted(ppm, caption.yMax, alt.yMin);
  const ok = rows >= MIN_ROWS;
  failed ||= !ok;
  console.log(
    `${locale}: page ${alt.page}, chart area ${(alt.yMin - caption.yMax).toFixed(0)} pt tall: ` +
      `${pixels} non-white pixels in ${rows} pixel rows at ${DPI} dpi (need ${MIN_ROWS} rows) ${ok ? 'OK' : 'FAIL'}`,
  );
}
process.exit(failed ? 1 : 0);
