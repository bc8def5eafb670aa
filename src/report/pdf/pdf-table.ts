import type { Table, UserOptions } from 'jspdf-autotable';
import type { Cell, TableBlock } from '../document/document-types';
import { BODY_HEIGHT, FONT, type PdfWriter } from './pdf-writer';
import { fitWords } from './pdf-word-fit';
import { KEEP_WHOLE_ROWS, MIN_ROWS } from '../document/page-rules';

/** Small tables stay whole. The appendix's many answer tables only keep three rows together, to stay short. */
const keepWhole = (block: TableBlock, rows: number, height: number) =>
  !block.dense && rows <= KEEP_WHOLE_ROWS && height <= (BODY_HEIGHT * 2) / 3;
/** The space the writer leaves after a table. */
const AFTER = 5;

const cellText = (cell: Cell) => (typeof cell === 'string' ? cell : `${cell.main}\n${cell.detail}`);

/**
 * Where a table's page breaks go: `newPage` when it must start on the next page, and how many rows go on
 * each page. Header and rows in mm; `room` is what is left of the current page, `page` a whole page.
 */
export function splitRows(
  rows: readonly number[],
  head: number,
  room: number,
  page: number,
  whole: boolean,
): { newPage: boolean; chunks: number[] } {
  const n = rows.length;
  const total = head + rows.reduce((a, b) => a + b, 0);
  if (total <= room) return { newPage: false, chunks: [n] };
  /** How many rows from `from` on fit, under the header, in `space`. */
  const fit = (from: number, space: number) => {
    let used = head;
    let k = 0;
    for (const h of rows.slice(from)) {
      if (used + h > space) break;
      used += h;
      k++;
    }
    return k;
  };
  const plan = (newPage: boolean) => {
    if (newPage && total <= page) return { newPage, chunks: [n] };
    const chunks: number[] = [];
    for (let from = 0, space = newPage ? page : room; from < n; space = page) {
      // A row taller than a page goes on its own; the table splits it over the pages.
      const k = Math.max(1, fit(from, space));
      chunks.push(k);
      from += k;
    }
    // The last page takes rows from the one before until it has three, if that one keeps three.
    const [before = 0, last = 0] = chunks.slice(-2);
    const move = chunks.length > 1 ? Math.min(MIN_ROWS - last, before - MIN_ROWS) : 0;
    if (move > 0) chunks.splice(-2, 2, before - move, last + move);
    return { newPage, chunks };
  };
  // A table kept whole, or one of which fewer than three rows fit here, begins on the next page;
  // so does one that would end with fewer than three rows on its last page.
  const least = Math.min(MIN_ROWS, n);
  if (whole || fit(0, room) < least) return plan(true);
  const here = plan(false);
  return (here.chunks.at(-1) ?? 0) < least ? plan(true) : here;
}

interface Measured {
  table: Table;
  head: number;
  rows: number[];
}

/** The report's tables: measured once, kept whole when small, split only where the rules allow. */
export class PdfTables {
  private readonly measured = new Map<TableBlock, Measured>();

  constructor(private readonly w: PdfWriter) {}

  private measure(block: TableBlock): Measured {
    const known = this.measured.get(block);
    if (known) return known;
    const { w } = this;
    const options: UserOptions = {
      head: [block.head.map((h) => w.safe(h))],
      body: block.rows.map((row) => row.map((cell) => w.safe(cellText(cell)))),
      columnStyles: Object.fromEntries(block.widths.map((width, i) => [i, { cellWidth: width }])),
      ...(block.dense ? { styles: { fontSize: 8.5, cellPadding: 1.2 } } : {}),
      didParseCell: fitWords(w.doc, FONT),
    };
    const table = w.layoutTable(options);
    const measured = {
      table,
      head: table.getHeadHeight(table.columns),
      rows: table.body.map((row) => row.height),
    };
    this.measured.set(block, measured);
    return measured;
  }

  /** The whole table's height, with the space after it. */
  height(block: TableBlock): number {
    const { head, rows } = this.measure(block);
    return head + rows.reduce((a, b) => a + b, 0) + AFTER;
  }

  /** What of the table must be on the page where it starts: all of a small table, else header and three rows. */
  lead(block: TableBlock): number {
    const { head, rows } = this.measure(block);
    const whole = this.height(block);
    if (keepWhole(block, rows.length, whole)) return whole;
    return head + rows.slice(0, MIN_ROWS).reduce((a, b) => a + b, 0);
  }

  draw(block: TableBlock): void {
    const { w } = this;
    const { table, head, rows } = this.measure(block);
    const whole = keepWhole(block, rows.length, this.height(block));
    const { newPage, chunks } = splitRows(rows, head, w.room, BODY_HEIGHT, whole);
    if (newPage) w.newPage();
    let from = 0;
    chunks.forEach((k, i) => {
      if (i > 0) w.newPage();
      w.drawRows(table, from, from + k);
      from += k;
    });
  }
}
