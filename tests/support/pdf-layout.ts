// Reads a report PDF back as positioned lines of text, and checks the page rules of the council report:
// how full each page is, and how a table's rows fall over the pages. Positions come from pdf.js, not from
// the writer, so the checks see what a reader sees.
import { extractTextItems, getDocumentProxy } from 'unpdf';
import type { Block, Cell, ReportDocument, TableBlock } from '../../src/report/document/document-types';

const MM_PER_PT = 25.4 / 72;
/** A4 and the report's margins, in mm: the running header sits above 16 mm, the footer below 281 mm. */
const PAGE_HEIGHT = 297;
const BODY_TOP = 24;
const BODY_BOTTOM = 273;
const HEADER_LIMIT = 16;
const FOOTER_LIMIT = 281;
/** A table's first column: its text starts a cell padding (1.2–1.8 mm) right of the 20 mm margin. */
const FIRST_COLUMN = { from: 20.6, to: 22.5 };

export interface Line {
  /** 1-based page number. */
  page: number;
  /** Left edge and baseline, in mm from the page's top left corner. */
  x: number;
  y: number;
  text: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every line of text below the running header and above the footer, page by page, top to bottom. */
export async function readLines(bytes: Uint8Array): Promise<Line[][]> {
  const pdf = await getDocumentProxy(bytes.slice());
  const { items } = await extractTextItems(pdf);
  return items.map((page, i) =>
    page
      .map((item) => ({
        page: i + 1,
        x: item.x * MM_PER_PT,
        y: PAGE_HEIGHT - item.y * MM_PER_PT,
        text: squash(item.str),
      }))
      .filter((l) => l.text && l.y > HEADER_LIMIT && l.y < FOOTER_LIMIT)
      .sort((a, b) => a.y - b.y || a.x - b.x),
  );
}

/** How much of each page's text area is used: from its top to the lowest line of text, 0 to 1. */
export function pageFill(pages: Line[][]): number[] {
  return pages.map((lines) => {
    const lowest = Math.max(BODY_TOP, ...lines.map((l) => l.y));
    return (lowest - BODY_TOP) / (BODY_BOTTOM - BODY_TOP);
  });
}

/** Every table of the report in reading order, the figure's table included. */
export function tablesOf(report: ReportDocument): TableBlock[] {
  return report.blocks.flatMap((b: Block) =>
    b.kind === 'table' ? [b] : b.kind === 'figure' ? [b.table] : [],
  );
}

const firstText = (cell: Cell | undefined) =>
  squash(typeof cell === 'string' ? (cell ?? '') : (cell?.main ?? ''));

export interface TablePlacement {
  caption: string;
  rows: number;
  /** The pages the table's rows are on, with the number of rows that start on each. */
  pages: { page: number; rows: number }[];
}

/**
 * Finds each table's rows in the PDF by the first line of their first cell, in reading order, and says on
 * which page each row starts. The cover is skipped: its tables are not part of the report's blocks.
 */
export function placeTables(pages: Line[][], report: ReportDocument): TablePlacement[] {
  const lines = pages
    .slice(1)
    .flat()
    .filter((l) => l.x > FIRST_COLUMN.from && l.x < FIRST_COLUMN.to);
  let at = 0;
  return tablesOf(report).map((table) => {
    const perPage = new Map<number, number>();
    table.rows.forEach((row, r) => {
      const text = firstText(row[0]);
      const found = lines.findIndex((l, i) => i >= at && text.startsWith(l.text) && l.text.length >= 2);
      if (found < 0) throw new Error(`row ${r + 1} of table "${table.caption}" not found: ${text}`);
      const page = lines[found]!.page;
      perPage.set(page, (perPage.get(page) ?? 0) + 1);
      at = found + 1;
    });
    return {
      caption: table.caption,
      rows: table.rows.length,
      pages: [...perPage].map(([page, rows]) => ({ page, rows })),
    };
  });
}

/** A page other than the last must be at least this full. */
export const MIN_FILL = 1 / 3;
/** No table leaves fewer rows than this alone at the top or the foot of a page. */
export const MIN_ROWS = 3;

/** Every breach of the page rules, in words; empty when the report keeps them all. */
export function pageRuleBreaches(pages: Line[][], report: ReportDocument): string[] {
  const breaches: string[] = [];
  pageFill(pages).forEach((fill, i) => {
    if (i < pages.length - 1 && fill < MIN_FILL)
      breaches.push(`page ${i + 1} is ${Math.round(fill * 100)}% full`);
  });
  for (const t of placeTables(pages, report)) {
    if (t.pages.length < 2) continue;
    for (const p of t.pages)
      if (p.rows < Math.min(MIN_ROWS, t.rows))
        breaches.push(`"${t.caption}" has ${p.rows} of ${t.rows} rows on page ${p.page}`);
  }
  return breaches;
}
