import { describe, expect, it } from 'vitest';
import { splitRows } from '../../../src/report/pdf/pdf-table';

// Rows of 10 mm under a header of 8 mm; a page holds 249 mm.
const rows = (n: number, h = 10) => Array.from({ length: n }, () => h);

describe('where a table breaks over pages', () => {
  it('stays where it is when it fits', () => {
    expect(splitRows(rows(9), 8, 98, 249, true)).toEqual({ newPage: false, chunks: [9] });
  });

  it('moves a table kept whole to the next page rather than split it', () => {
    expect(splitRows(rows(9), 8, 97, 249, true)).toEqual({ newPage: true, chunks: [9] });
  });

  it('starts on the next page when fewer than three rows fit here', () => {
    expect(splitRows(rows(30), 8, 37, 249, false)).toEqual({ newPage: true, chunks: [24, 6] });
    expect(splitRows(rows(30), 8, 38, 249, false).chunks).toEqual([3, 24, 3]);
  });

  it('leaves at least three rows for the last page, taking them from the page before', () => {
    // 19 rows fit on this page: 21 rows would leave two alone on the next.
    expect(splitRows(rows(21), 8, 198, 249, false)).toEqual({ newPage: false, chunks: [18, 3] });
  });

  it('moves a short table that cannot leave three rows on either page', () => {
    expect(splitRows(rows(5), 8, 38, 249, false)).toEqual({ newPage: true, chunks: [5] });
  });

  it('puts a row taller than a page on pages of its own', () => {
    expect(splitRows([10, 300, 10, 10, 10], 8, 100, 249, false).chunks).toEqual([1, 1, 3]);
  });
});
