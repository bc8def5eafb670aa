import type { jsPDF } from 'jspdf';
import type { CellHookData } from 'jspdf-autotable';

/** The smallest type a cell may step down to, so that its longest word fits whole. */
const MIN_SIZE = 7;

/**
 * A table cell's type size at which its longest word fits the column, so that jsPDF wraps at spaces and
 * never cuts a word ("Veilig|heidshuis"). Only a cell with such a word steps down, in half points.
 */
export function wordFitSize(
  doc: jsPDF,
  font: string,
  text: string,
  size: number,
  bold: boolean,
  inner: number,
): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return size;
  doc.setFont(font, bold ? 'bold' : 'normal');
  const widest = (at: number) =>
    Math.max(...words.map((w) => (doc.getStringUnitWidth(w) * at) / doc.internal.scaleFactor));
  let at = size;
  while (at > MIN_SIZE && widest(at) > inner) at -= 0.5;
  return at;
}

/** The autotable hook that applies wordFitSize to every cell, header and body. */
export function fitWords(doc: jsPDF, font: string) {
  return (data: CellHookData): void => {
    const { cell } = data;
    // The report's tables set every column's width; a cell of another width is left as it is.
    const width = Number(cell.styles.cellWidth);
    if (!Number.isFinite(width) || width <= 0) return;
    const padding = cell.padding('left') + cell.padding('right');
    const text = Array.isArray(cell.text) ? cell.text.join(' ') : String(cell.raw ?? '');
    const size = cell.styles.fontSize;
    const bold = cell.styles.fontStyle === 'bold';
    const fitted = wordFitSize(doc, font, text, size, bold, width - padding - 0.2);
    if (fitted < size) cell.styles.fontSize = fitted;
  };
}
