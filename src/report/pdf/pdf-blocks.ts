import type { OutlineItem } from 'jspdf';
import type { Block } from '../document/document-types';
import { BODY_HEIGHT, COLOR, CONTENT_WIDTH, PAGE, type PdfWriter } from './pdf-writer';
import { PdfTables } from './pdf-table';
import { paragraphKeepsWithNext } from '../document/page-rules';

/** The radar chart's size: full, and the least it shrinks to so that its table stays on the same page. */
const CHART_MM = 92;
const CHART_MIN_MM = 70;
/** A part that would start on a new page follows on instead when the page is less than this full. */
const THIRD = BODY_HEIGHT / 3;
const ALT = { size: 8.5, color: COLOR.muted } as const;
const LIST_ITEM = { x: PAGE.left + 3, width: CONTENT_WIDTH - 3 } as const;

const tone = (block: Extract<Block, { kind: 'paragraph' }>) => ({
  ...(block.tone === 'strong' ? { bold: true } : {}),
  ...(block.tone === 'muted' ? { color: COLOR.muted } : {}),
});

/** Lays the report's blocks out on A4 pages, with bookmarks nested by heading level. */
export function renderBlocks(w: PdfWriter, blocks: readonly Block[], chartImage: string | undefined): void {
  const tables = new PdfTables(w);
  const chart = (min: boolean) => (chartImage ? (min ? CHART_MIN_MM : CHART_MM) + 1 : 0);

  /** The height of a block laid out whole; a figure with its chart at the smallest size. */
  const height = (block: Block): number => {
    switch (block.kind) {
      case 'heading':
        return w.headingHeight(block.text, block.level);
      case 'paragraph':
        return w.paragraphHeight(block.text, { bold: block.tone === 'strong' });
      case 'list':
        return block.items.reduce((sum, item) => sum + w.paragraphHeight(`• ${item}`, LIST_ITEM), 0);
      case 'table':
        return tables.height(block);
      case 'figure':
        return chart(true) + w.paragraphHeight(block.alt, ALT) + tables.height(block.table);
    }
  };

  /**
   * What must share a page with the start of block i: a heading keeps with what follows, up to a table's
   * lead. On a page less than a third full a figure may leave its table for the next page (`loose`).
   */
  const lead = (i: number, loose = false): number => {
    const block = blocks[i];
    if (!block) return 0;
    switch (block.kind) {
      case 'heading':
        return height(block) + lead(i + 1, loose);
      case 'paragraph':
        return (
          height(block) + (paragraphKeepsWithNext(blocks[i - 1], blocks[i + 1]) ? lead(i + 1, loose) : 0)
        );
      case 'list':
        return w.paragraphHeight(`• ${block.items[0] ?? ''}`, LIST_ITEM);
      case 'table':
        return tables.lead(block);
      case 'figure':
        return chart(true) + w.paragraphHeight(block.alt, ALT) + (loose ? 0 : tables.lead(block.table));
    }
  };

  /** The height of the part that starts at heading i, up to the next heading of the same or a higher level. */
  const part = (i: number, level: number): number => {
    const rest = blocks.slice(i + 1);
    const end = rest.findIndex((b) => b.kind === 'heading' && b.level <= level);
    return [blocks[i], ...rest.slice(0, end < 0 ? undefined : end)].reduce(
      (sum, b) => sum + (b ? height(b) : 0),
      0,
    );
  };

  const parents: (OutlineItem | null)[] = [null, null, null];
  blocks.forEach((block, i) => {
    switch (block.kind) {
      case 'heading': {
        // 'page': a new page, unless this one would be left less than a third full.
        // 'fit': on this page when the whole part fits, else as 'page'.
        const fits = block.before === 'fit' && part(i, block.level) <= w.room;
        if ((block.before === 'page' || (block.before === 'fit' && !fits)) && w.used >= THIRD) w.newPage();
        else if (typeof block.before === 'number') w.ensure(block.before);
        const keep = lead(i, w.used < THIRD) - height(block);
        parents[block.level] = w.heading(block.text, block.level, parents[block.level - 1] ?? null, keep);
        break;
      }
      case 'paragraph':
        w.paragraph(block.text, tone(block));
        break;
      case 'list':
        for (const item of block.items) w.paragraph(`• ${item}`, LIST_ITEM);
        break;
      case 'table':
        tables.draw(block);
        break;
      case 'figure': {
        const alt = w.paragraphHeight(block.alt, ALT);
        if (chartImage) {
          // Chart and table share the page, the chart giving way; on a page less than a third full that
          // cannot hold both, the chart stays and the table goes on to the next page.
          const loose = w.used < THIRD && chart(true) + alt + tables.lead(block.table) > w.room;
          if (!loose) w.ensure(chart(true) + alt + tables.lead(block.table));
          const spare = w.room - alt - (loose ? 0 : tables.height(block.table)) - 1;
          const size = Math.max(CHART_MIN_MM, Math.min(CHART_MM, spare));
          w.doc.addImage(
            chartImage,
            'JPEG',
            PAGE.left + (CONTENT_WIDTH - size) / 2,
            w.y,
            size,
            size,
            undefined,
            'FAST',
          );
          w.y += size + 1;
        }
        w.paragraph(block.alt, ALT);
        tables.draw(block.table);
        break;
      }
    }
  });
}
