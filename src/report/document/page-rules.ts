// The page rules both the PDF and the Word file follow, apart from any renderer so neither pulls in the other.
import type { Block } from './document-types';

/** No table leaves fewer rows than this alone at the top of a page, nor at the foot of one. */
export const MIN_ROWS = 3;
/** A table of up to this many rows (and, in the PDF, at most two thirds of a page) is never split. */
export const KEEP_WHOLE_ROWS = 12;

/** The rows kept with the next one: all but the last of a small table, else the first and last three together. */
export function rowsKeptWithNext(rows: number, dense: boolean): boolean[] {
  const whole = !dense && rows <= KEEP_WHOLE_ROWS;
  return Array.from({ length: rows }, (_, i) =>
    whole ? i < rows - 1 : i < MIN_ROWS - 1 || (i >= rows - MIN_ROWS && i < rows - 1),
  );
}

/**
 * Whether a paragraph stays on the page of the block after it: when it introduces a table or figure, or
 * stands between two headings (a step's score line under its title, before its first point).
 */
export function paragraphKeepsWithNext(previous: Block | undefined, next: Block | undefined): boolean {
  if (next?.kind === 'table' || next?.kind === 'figure') return true;
  return previous?.kind === 'heading' && next?.kind === 'heading';
}
