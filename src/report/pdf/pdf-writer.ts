import type { jsPDF, OutlineItem } from 'jspdf';
import { __createTable, __drawTable, autoTable, Table, type UserOptions } from 'jspdf-autotable';
import { toPdfText } from './font-coverage';

export const FONT = 'PGASans';
export const PAGE = { width: 210, height: 297, left: 20, right: 20, top: 24, bottom: 24 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The height of a page's text area. */
export const BODY_HEIGHT = PAGE.height - PAGE.top - PAGE.bottom;
export const COLOR = {
  text: '#1b1b1b',
  muted: '#4b4b4b',
  primary: '#154273',
  rule: '#c9ced6',
  fill: '#eef2f7',
};
const SIZES = { 1: 17, 2: 13, 3: 11 } as const;
const BODY = 10;
const MM_PER_PT = 0.3528;

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Flowing layout on top of jsPDF: a cursor, page breaks, headings with bookmarks, safe text. */
export class PdfWriter {
  y: number = PAGE.top;
  /** Characters outside the font that were shown as □; reported at the end of the document. */
  replaced = 0;

  constructor(
    readonly doc: jsPDF,
    fonts: PdfFonts,
  ) {
    doc.addFileToVFS('PGASans-Regular.ttf', base64(fonts.regular));
    doc.addFileToVFS('PGASans-Bold.ttf', base64(fonts.bold));
    doc.addFont('PGASans-Regular.ttf', FONT, 'normal');
    doc.addFont('PGASans-Bold.ttf', FONT, 'bold');
    doc.setFont(FONT, 'normal');
    doc.setTextColor(COLOR.text);
  }

  /** Every string goes through here on its way into the PDF. */
  safe(text: string): string {
    const result = toPdfText(text);
    this.replaced += result.replaced;
    return result.text;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** A new page unless the cursor is still at the top of an empty one. */
  newPageIfUsed(): void {
    if (this.y > PAGE.top) this.newPage();
  }

  /** A new page when less than `height` is left, unless this page is still empty. */
  ensure(height: number): void {
    if (height > this.room && this.used > 0) this.newPage();
  }

  /** What is left of the current page's text area, in mm. */
  get room(): number {
    return PAGE.height - PAGE.bottom - this.y;
  }

  /** What is used of the current page's text area, in mm. */
  get used(): number {
    return this.y - PAGE.top;
  }

  headingHeight(text: string, level: 1 | 2 | 3): number {
    const size = SIZES[level];
    const lines = this.lines(text, size, 'bold', CONTENT_WIDTH, false);
    return this.headingSpace(level) + lines.length * size * MM_PER_PT * 1.25 + (level === 1 ? 5 : 2.5);
  }

  /** Space above a heading: a part that follows on under other text keeps some distance from it. */
  private headingSpace(level: 1 | 2 | 3): number {
    return level > 1 ? 3 : this.used > 0 ? 6 : 0;
  }

  paragraphHeight(text: string, options: { size?: number; bold?: boolean; width?: number } = {}): number {
    const size = options.size ?? BODY;
    const lines = this.lines(
      text,
      size,
      options.bold ? 'bold' : 'normal',
      options.width ?? CONTENT_WIDTH,
      false,
    );
    return lines.length * size * MM_PER_PT * 1.35 + 2;
  }

  /**
   * A heading with a bookmark; returns the bookmark so lower headings can nest under it. `keep` is the
   * height of what must follow on the same page, so a heading never ends a page on its own.
   */
  heading(text: string, level: 1 | 2 | 3, parent: OutlineItem | null, keep: number): OutlineItem {
    const size = SIZES[level];
    this.ensure(this.headingHeight(text, level) + keep);
    const lines = this.lines(text, size, 'bold', CONTENT_WIDTH);
    this.y += this.headingSpace(level);
    this.doc
      .setFont(FONT, 'bold')
      .setFontSize(size)
      .setTextColor(level === 3 ? COLOR.text : COLOR.primary);
    this.doc.text(lines, PAGE.left, this.y + size * MM_PER_PT, {
      baseline: 'alphabetic',
      lineHeightFactor: 1.25,
    });
    this.y += lines.length * size * MM_PER_PT * 1.25 + (level === 1 ? 5 : 2.5);
    this.doc.setFont(FONT, 'normal').setFontSize(BODY).setTextColor(COLOR.text);
    return this.doc.outline.add(parent, this.safe(text), { pageNumber: this.doc.getNumberOfPages() });
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; color?: string; width?: number; x?: number } = {},
  ): void {
    const size = options.size ?? BODY;
    const lines = this.lines(text, size, options.bold ? 'bold' : 'normal', options.width ?? CONTENT_WIDTH);
    const lineHeight = size * MM_PER_PT * 1.35;
    for (const line of lines) {
      this.ensure(lineHeight);
      this.doc
        .setFont(FONT, options.bold ? 'bold' : 'normal')
        .setFontSize(size)
        .setTextColor(options.color ?? COLOR.text);
      this.doc.text(line, options.x ?? PAGE.left, this.y + size * MM_PER_PT);
      this.y += lineHeight;
    }
    this.y += 2;
    this.doc.setFont(FONT, 'normal').setFontSize(BODY).setTextColor(COLOR.text);
  }

  /** The lines a text wraps into; measuring (count false) leaves the count of replaced characters alone. */
  private lines(text: string, size: number, style: 'normal' | 'bold', width: number, count = true): string[] {
    this.doc.setFont(FONT, style).setFontSize(size);
    const shown = count ? this.safe(text) : toPdfText(text).text;
    const lines = this.doc.splitTextToSize(shown, width) as string[];
    if (!count) this.doc.setFont(FONT, 'normal').setFontSize(BODY);
    return lines;
  }

  private tableOptions(options: UserOptions): UserOptions {
    const { styles, ...rest } = options;
    return {
      startY: this.y,
      margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
      rowPageBreak: 'avoid',
      showHead: 'everyPage',
      theme: 'grid',
      headStyles: { font: FONT, fontStyle: 'bold', fillColor: COLOR.primary, textColor: '#ffffff' },
      ...rest,
      styles: {
        font: FONT,
        fontSize: 9,
        cellPadding: 1.8,
        textColor: COLOR.text,
        lineColor: COLOR.rule,
        lineWidth: 0.2,
        overflow: 'linebreak',
        ...styles,
      },
    };
  }

  /** A table laid out but not drawn: its header's and rows' heights decide where it breaks. */
  layoutTable(options: UserOptions): Table {
    const table = __createTable(this.doc, this.tableOptions(options));
    this.doc.setFont(FONT, 'normal').setFontSize(BODY).setTextColor(COLOR.text);
    return table;
  }

  /** Draws rows `from` to `to` of a laid-out table at the cursor, under its header, without laying them out again. */
  drawRows(table: Table, from: number, to: number): void {
    const part = new Table(
      {
        id: table.id,
        settings: { ...table.settings, startY: this.y },
        styles: table.styles,
        hooks: table.hooks,
        content: { head: [], body: [], foot: [], columns: [] },
      },
      { head: table.head, body: table.body.slice(from, to), foot: table.foot, columns: table.columns },
    );
    __drawTable(this.doc, part);
    this.y = (part.finalY ?? this.y) + 5;
    this.doc.setFont(FONT, 'normal').setFontSize(BODY).setTextColor(COLOR.text);
  }

  /** A table that repeats its header on every page and never cuts a row in half. */
  table(options: UserOptions): void {
    const { didDrawPage } = options;
    let end = this.y;
    autoTable(this.doc, {
      ...this.tableOptions(options),
      // The cursor after the table's last page is where the text goes on.
      didDrawPage: (data) => {
        didDrawPage?.(data);
        end = data.cursor?.y ?? end;
      },
    });
    this.y = end + 5;
    this.doc.setFont(FONT, 'normal').setFontSize(BODY).setTextColor(COLOR.text);
  }

  /** Header and footer on every page, drawn last so "page X of Y" knows Y. */
  decorate(header: string, right: string, footer: (page: number, total: number) => string): void {
    const total = this.doc.getNumberOfPages();
    for (let page = 1; page <= total; page++) {
      this.doc.setPage(page);
      this.doc.setFont(FONT, 'normal').setFontSize(8.5).setTextColor(COLOR.muted);
      const title = this.doc.splitTextToSize(this.safe(header), CONTENT_WIDTH - 45) as string[];
      this.doc.text(title[0] ?? '', PAGE.left, 13);
      this.doc.text(this.safe(right), PAGE.width - PAGE.right, 13, { align: 'right' });
      this.doc
        .setDrawColor(COLOR.rule)
        .setLineWidth(0.3)
        .line(PAGE.left, 15.5, PAGE.width - PAGE.right, 15.5);
      this.doc.line(PAGE.left, PAGE.height - 15.5, PAGE.width - PAGE.right, PAGE.height - 15.5);
      this.doc.text(this.safe(footer(page, total)), PAGE.width - PAGE.right, PAGE.height - 10.5, {
        align: 'right',
      });
    }
  }
}
