import type { OutlineItem } from 'jspdf';
import type { Block, Cell, TableBlock } from './report-document';
import { COLOR, CONTENT_WIDTH, PAGE, type PdfWriter } from './pdf-writer';

const CHART_MM = 92;

const cellText = (cell: Cell) => (typeof cell === 'string' ? cell : `${cell.main}\n${cell.detail}`);

function table(w: PdfWriter, block: TableBlock): void {
  w.table({
    head: [block.head.map((h) => w.safe(h))],
    body: block.rows.map((row) => row.map((cell) => w.safe(cellText(cell)))),
    columnStyles: Object.fromEntries(block.widths.map((width, i) => [i, { cellWidth: width }])),
    // A long note may continue on the next page; holding it back would strand the header.
    ...(block.splitRows ? { rowPageBreak: 'auto' as const } : {}),
    ...(block.dense ? { styles: { fontSize: 8.5, cellPadding: 1.2 } } : {}),
  });
}

/** Lays the report's blocks out on A4 pages, with bookmarks nested by heading level. */
export function renderBlocks(w: PdfWriter, blocks: readonly Block[], chartImage: string | undefined): void {
  const parents: (OutlineItem | null)[] = [null, null, null];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        if (block.before === 'page') w.newPageIfUsed();
        else if (typeof block.before === 'number') w.ensure(block.before);
        const item = w.heading(block.text, block.level, parents[block.level - 1] ?? null);
        parents[block.level] = item;
        break;
      }
      case 'paragraph':
        w.paragraph(block.text, {
          ...(block.tone === 'strong' ? { bold: true } : {}),
          ...(block.tone === 'muted' ? { color: COLOR.muted } : {}),
        });
        break;
      case 'list':
        for (const item of block.items)
          w.paragraph(`• ${item}`, { x: PAGE.left + 3, width: CONTENT_WIDTH - 3 });
        break;
      case 'table':
        table(w, block);
        break;
      case 'figure':
        if (chartImage) {
          w.ensure(CHART_MM + 8);
          w.doc.addImage(
            chartImage,
            'JPEG',
            PAGE.left + (CONTENT_WIDTH - CHART_MM) / 2,
            w.y,
            CHART_MM,
            CHART_MM,
            undefined,
            'FAST',
          );
          w.y += CHART_MM + 1;
        }
        w.paragraph(block.alt, { size: 8.5, color: COLOR.muted });
        table(w, block.table);
        break;
    }
  }
}
