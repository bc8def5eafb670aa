// The report's blocks and cover as Word paragraphs and tables; docx.ts puts them into a document.
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Cell, Cover, TableBlock } from '../document/document-types';
import { paragraphKeepsWithNext, rowsKeptWithNext } from '../document/page-rules';

// A4 with 2 cm margins, in twentieths of a point, as Word counts.
export const TWIPS_PER_MM = 56.69;
const TEXT_WIDTH_MM = 170;
export const PRIMARY = '154273';
export const MUTED = '4B4B4B';
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export interface DocxOptions {
  /** The radar chart as a JPEG data URL. */
  chartImage?: string;
  /** The user's logo as a JPEG data URL, for the cover. */
  logo?: { dataUrl: string; width: number; height: number };
}

function bytesOf(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Line breaks inside a text become real breaks, so a note keeps its paragraphs. */
export function runs(text: string, style: { bold?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return text
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }));
}

/**
 * Line spacing as a multiple of the font's line (lineRule auto). Without a lineRule LibreOffice reads the
 * height as exact, and clips an inline image to one line of text.
 */
export const LINE = { line: 276, lineRule: LineRuleType.AUTO } as const;
// Cells are tight; the space between paragraphs in running text would make every row tall.
const TIGHT = { spacing: { after: 0, line: 252, lineRule: LineRuleType.AUTO } } as const;

/** Table text in 9 pt (8.5 pt in the appendix), as in the PDF, so the columns hold the same words. */
function cellParagraphs(cell: Cell, header: boolean, size: number): Paragraph[] {
  if (header)
    return [
      new Paragraph({ ...TIGHT, children: runs(cell as string, { bold: true, color: 'FFFFFF', size }) }),
    ];
  if (typeof cell === 'string') return [new Paragraph({ ...TIGHT, children: runs(cell, { size }) })];
  return [
    new Paragraph({ ...TIGHT, children: runs(cell.main, { bold: true, size }) }),
    new Paragraph({ ...TIGHT, children: runs(cell.detail, { size }) }),
  ];
}

function widthsTwips(widths: readonly number[], columns: number): number[] {
  const given = widths.slice(0, columns - 1);
  const rest = Math.max(15, TEXT_WIDTH_MM - given.reduce((a, b) => a + b, 0));
  const all = columns === 1 ? [TEXT_WIDTH_MM] : [...given, rest];
  return all.map((mm) => Math.round(mm * TWIPS_PER_MM));
}

/**
 * A real Word table: a header row that repeats on every page, rows never cut in half, a small table kept
 * on one page and a long one breaking only where three rows stay together on either side.
 */
function table(block: TableBlock): Table {
  const columnWidths = widthsTwips(block.widths, block.head.length);
  const kept = rowsKeptWithNext(block.rows.length, block.dense ?? false);
  const row = (cells: Cell[], header: boolean, keepNext: boolean) =>
    new TableRow({
      // Only the header row carries the mark: some readers take any tblHeader element as a header row.
      ...(header ? { tableHeader: true } : {}),
      ...(keepNext ? { keepNext } : {}),
      cantSplit: true,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            children: cellParagraphs(cell, header, block.dense ? 17 : 18),
            width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
            ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: PRIMARY } } : {}),
          }),
      ),
    });
  return new Table({
    width: { size: Math.round(TEXT_WIDTH_MM * TWIPS_PER_MM), type: WidthType.DXA },
    columnWidths,
    margins: { top: 40, bottom: 40, left: 90, right: 90 },
    rows: [row(block.head, true, true), ...block.rows.map((r, i) => row(r, false, kept[i] ?? false))],
  });
}

/** `previous` and `next` are the blocks around this one: some paragraphs keep with what follows. */
export function blockElements(
  block: Block,
  chartImage: string | undefined,
  { previous, next }: { previous?: Block | undefined; next?: Block | undefined } = {},
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          children: runs(block.text),
          keepNext: true,
          ...(block.before === 'page' ? { pageBreakBefore: true } : {}),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          ...(paragraphKeepsWithNext(previous, next) ? { keepNext: true } : {}),
          children: runs(block.text, {
            ...(block.tone === 'strong' ? { bold: true } : {}),
            ...(block.tone === 'muted' ? { color: MUTED } : {}),
          }),
        }),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return [table(block), new Paragraph({})];
    case 'figure': {
      const out: (Paragraph | Table)[] = [
        new Paragraph({ style: 'Caption', keepNext: true, children: runs(block.caption) }),
      ];
      if (chartImage)
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            // The image sets the line's height, whatever the document's default line spacing.
            spacing: { before: 0, after: 120, line: 240, lineRule: LineRuleType.AUTO },
            children: [
              new ImageRun({
                type: 'jpg',
                data: bytesOf(chartImage),
                transformation: { width: 340, height: 340 },
                altText: { name: block.caption, title: block.caption, description: block.alt },
              }),
            ],
          }),
        );
      out.push(
        new Paragraph({ keepNext: true, children: runs(block.alt, { color: MUTED, size: 18 }) }),
        table(block.table),
        new Paragraph({}),
      );
      return out;
    }
  }
}

export function coverElements(c: Cover, logo: DocxOptions['logo']): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (logo) {
    const height = Math.min(80, (170 * logo.height) / logo.width);
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new ImageRun({
            type: 'jpg',
            data: bytesOf(logo.dataUrl),
            transformation: {
              width: Math.round((height * logo.width) / logo.height),
              height: Math.round(height),
            },
            altText: { name: 'Logo', title: 'Logo', description: 'Logo' },
          }),
        ],
      }),
    );
  }
  out.push(
    new Paragraph({
      spacing: { before: 2400 },
      children: runs(c.kicker, { bold: true, color: PRIMARY, size: 26 }),
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(c.title) }),
    new Paragraph({ children: runs(c.subtitle, { color: MUTED, size: 22 }) }),
    new Paragraph({
      spacing: { after: 480 },
      children: runs(c.edition, { bold: true, color: PRIMARY, size: 22 }),
    }),
    new Table({
      width: { size: Math.round(TEXT_WIDTH_MM * TWIPS_PER_MM), type: WidthType.DXA },
      columnWidths: widthsTwips([48], 2),
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      },
      rows: c.facts.map(
        ([label, value]) =>
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph({ children: runs(label, { bold: true }) })] }),
              new TableCell({ children: [new Paragraph({ children: runs(value) })] }),
            ],
          }),
      ),
    }),
    new Paragraph({ spacing: { before: 240 }, children: runs(c.participantsTitle, { bold: true }) }),
  );
  if (c.participants) out.push(table(c.participants));
  else out.push(new Paragraph({ children: runs(c.noParticipants, { color: MUTED }) }));
  out.push(
    new Paragraph({ spacing: { before: 480 }, children: runs(c.generated, { color: MUTED, size: 18 }) }),
  );
  return out;
}
