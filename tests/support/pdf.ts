import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { CHECKLIST } from '../../src/content/pga-2024';
import type { Locale } from '../../src/content/types';
import { buildReportModel } from '../../src/domain/report-model';
import type { Assessment } from '../../src/domain/types';
import { createAppI18n } from '../../src/i18n';
import nl from '../../src/i18n/locales/nl.json';
import en from '../../src/i18n/locales/en.json';
import { createPdf } from '../../src/report/pdf/pdf';
import { buildReportDocument } from '../../src/report/document/report-document';
import { type Edition } from '../../src/report/document/document-types';

export const fonts = {
  regular: new Uint8Array(readFileSync('src/report/pdf/fonts/pga-sans-regular.ttf')),
  bold: new Uint8Array(readFileSync('src/report/pdf/fonts/pga-sans-bold.ttf')),
};

export function translator(locale: Locale) {
  return createAppI18n(locale, { nl, en }).global.t as (
    key: string,
    params?: Record<string, unknown>,
  ) => string;
}

/** The report document as the app builds it, at a fixed moment so the cover's date is known. */
export function makeDocument(
  assessment: Assessment,
  locale: Locale = 'nl',
  edition: Edition = 'council',
  series: Assessment[] = [],
) {
  return buildReportDocument(buildReportModel(CHECKLIST, assessment, series), {
    t: translator(locale),
    locale,
    edition,
    now: new Date('2026-11-28T10:00:00Z'),
  });
}

export function makePdf(
  assessment: Assessment,
  locale: Locale = 'nl',
  extra: { chartImage?: string; logo?: string; edition?: Edition; series?: Assessment[] } = {},
) {
  const { edition, series, ...images } = extra;
  return createPdf(makeDocument(assessment, locale, edition, series), { fonts, ...images });
}

/** What readPdf gives: written out, since unpdf's own metadata types cannot be named from here. */
export interface PdfReadBack {
  pages: string[];
  all: string;
  meta: { info: Record<string, unknown> };
  view: number[];
  numPages: number;
  lang: string | undefined;
}

/** Reads a PDF back the way a viewer would: text per page, metadata, page sizes. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: false });
  const meta = await getMeta(pdf);
  const first = await pdf.getPage(1);
  // jsPDF writes the catalog uncompressed, so the document language can be read from the raw bytes.
  const lang = /\/Lang \(([^)]*)\)/.exec(new TextDecoder('latin1').decode(bytes))?.[1];
  return {
    pages: text as string[],
    all: (text as string[]).join('\n'),
    meta: { info: meta.info },
    view: first.view,
    numPages: pdf.numPages,
    lang,
  };
}
