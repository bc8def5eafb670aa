// @vitest-environment node
// The PDF's table cells wrap at spaces and never cut a word: the facilitator's report showed
// "Zorg- en Veilig | heidshuis" and "parket Oost-N | ederland" in narrow columns.
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { FONT, PdfWriter } from '../../../src/report/pdf/pdf-writer';
import { wordFitSize } from '../../../src/report/pdf/pdf-word-fit';
import { fonts, makePdf } from '../../support/pdf';
import { readLines, type Line } from '../../support/pdf-layout';
import { councilScan } from '../../support/report-fixture';

const LONG = [
  'Politie Oost-Nederland',
  'Openbaar Ministerie parket Oost-Nederland',
  'Zorg- en Veiligheidshuis Gelderland-Zuid',
  'GGZ Pro Persona',
];
const WORDS = [...new Set(LONG.flatMap((name) => name.split(' ')).filter((w) => w.length >= 8))];

/**
 * Lines where one of the long words was cut: a line ends in its first part, and the next line in the same
 * column (same x, lower) begins with the rest.
 */
function cuts(lines: Line[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = line.text.split(' ').at(-1) ?? '';
    const below = lines
      .filter((l) => l.page === line.page && Math.abs(l.x - line.x) < 1 && l.y > line.y)
      .sort((a, b) => a.y - b.y)[0];
    if (!below) continue;
    for (const w of WORDS)
      if (last.length < w.length && w.startsWith(last) && below.text.startsWith(w.slice(last.length)))
        out.push(`${line.text} | ${below.text}`);
  }
  return out;
}

describe('words in table cells', () => {
  const writer = new PdfWriter(new jsPDF({ unit: 'mm', format: 'a4' }), fonts);

  it('steps a cell down only as far as its longest word needs, and keeps one that fits', () => {
    const { doc } = writer;
    expect(wordFitSize(doc, FONT, 'Gemeente OOV', 9, false, 20)).toBe(9);
    const size = wordFitSize(doc, FONT, 'Zorg- en Veiligheidshuis', 9, false, 20);
    expect(size).toBeLessThan(9);
    expect(size).toBeGreaterThanOrEqual(7);
    doc.setFont(FONT, 'normal');
    const width = (at: number) => (doc.getStringUnitWidth('Veiligheidshuis') * at) / doc.internal.scaleFactor;
    expect(width(size)).toBeLessThanOrEqual(20);
    expect(width(size + 0.5)).toBeGreaterThan(20);
  });

  it.each(['nl', 'en'] as const)(
    'cuts no word of a long organisation name in either edition (%s)',
    async (locale) => {
      const scan = councilScan({ session: true, actions: 8, uncertain: true });
      scan.participants = scan.participants.map((p, i) => ({
        ...p,
        organisation: LONG[i] ?? p.organisation,
      }));
      scan.actions = scan.actions.map((a, i) => ({ ...a, owner: LONG[i % LONG.length]! }));
      for (const edition of ['council', 'full'] as const) {
        const pages = await readLines(makePdf(scan, locale, { edition }));
        const lines = pages.flat();
        // The names are there, whole, in the plan's owner column and the list of participants.
        expect(
          lines.some((l) => l.text.includes('Veiligheidshuis')),
          edition,
        ).toBe(true);
        expect(cuts(lines), edition).toEqual([]);
      }
    },
  );
});
