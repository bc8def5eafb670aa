import type { Locale } from '../content/types';
import type { ReportModel } from '../domain/report-model';
import type { Translate } from './report-text';
import { coverPart } from './doc-cover';
import { summaryPart } from './doc-summary';
import { methodPart, planPart, scoresPart } from './doc-parts';
import { trendPart } from './doc-trend';
import { findingsPart, sessionPart } from './doc-appendix';

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
}

export function buildReportDocument(model: ReportModel, options: DocumentOptions): ReportDocument {
  const { t, locale, edition } = options;
  const parts = { model, t, locale };
  const blocks: Block[] = [
    ...summaryPart(parts),
    ...scoresPart(parts),
    ...trendPart(parts),
    ...planPart(parts),
    ...methodPart(parts),
    ...(edition === 'full' ? [...findingsPart(parts), ...sessionPart(parts)] : []),
  ];
  const { title, region } = model.assessment;
  return {
    edition,
    locale,
    lang: locale === 'nl' ? 'nl-NL' : 'en-GB',
    properties: {
      title: `${t('report.docTitle')}: ${title}`,
      subject: `${t('report.subtitle')} · ${region}`,
      author: region,
      keywords: t('report.keywords'),
    },
    header: `${title} · ${region}`,
    pageLabel: (n, total) => t('report.page', { n, total }),
    cover: coverPart(parts, edition, options.now),
    blocks,
    replacedNote: (n) => t('report.replaced', { n }),
  };
}
