import type { Locale } from '../../content/types';
import type { Translate } from './report-text';
import type { Benchmark } from '../../domain/benchmark';

// The report document's shape, apart from the code that builds it, so the parts can use it without a cycle.
/** Raadsversie: what a council reads in ten minutes. Volledig rapport: the same, plus every answer. */
export type Edition = 'council' | 'full';
export const EDITIONS: readonly Edition[] = ['council', 'full'];

/** A table cell: plain text, or a line in bold with a line of detail under it. */
export type Cell = string | { main: string; detail: string };

export interface TableBlock {
  kind: 'table';
  caption: string;
  head: string[];
  rows: Cell[][];
  /** Column widths in mm of the 170 mm text width; the last column takes what is left. */
  widths: number[];
  /** Appendix tables: a smaller type, so every answer fits in a few pages. */
  dense?: boolean;
}

export type Block =
  | {
      kind: 'heading';
      level: 1 | 2 | 3;
      text: string;
      /**
       * 'page' starts a new page, unless that would leave the page before less than a third full;
       * 'fit' starts one only when the part (up to the next heading of its level) does not fit on this page;
       * a number starts one when less than that many mm are left.
       */
      before?: 'page' | 'fit' | number;
    }
  | { kind: 'paragraph'; text: string; tone?: 'strong' | 'muted' }
  | { kind: 'list'; items: string[] }
  | TableBlock
  | { kind: 'figure'; caption: string; alt: string; table: TableBlock };

export interface Cover {
  kicker: string;
  title: string;
  subtitle: string;
  edition: string;
  facts: [string, string][];
  participantsTitle: string;
  participants: TableBlock | null;
  noParticipants: string;
  generated: string;
}

/** One report, independent of the format: the PDF, the Word file and the web page all render this. */
export interface ReportDocument {
  edition: Edition;
  locale: Locale;
  /** BCP 47 tag for the document's language, so spelling checks and screen readers pick the right one. */
  lang: 'nl-NL' | 'en-GB';
  properties: { title: string; subject: string; author: string; keywords: string };
  /** Running header on every page after the cover. */
  header: string;
  pageLabel: (n: number | string, total: number | string) => string;
  cover: Cover;
  blocks: Block[];
  /** The note at the end when characters fell outside the PDF font; filled in by the PDF writer. */
  replacedNote: (n: number) => string;
}

export interface DocumentOptions {
  t: Translate;
  locale: Locale;
  edition: Edition;
  now: Date;
  /** Personal names on the cover: only when the user chose so; organisations and roles are always there. */
  names?: boolean;
  /** A national picture the region loaded: the report then compares its step scores with it. */
  benchmark?: Benchmark;
}
