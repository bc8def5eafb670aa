import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { CHECKLIST } from '../../src/content/pga-2024';
import type { Locale } from '../../src/content/types';
import { buildReportModel } from '../../src/domain/report-model';
import type { Assessment } from '../../src/domain/types';
import { createAppI18n } from '../../src/i18n';
import nl from '../../src/i18n/locales/nl.json';
import en from '../../src/i18n/locales/en.json';
import { createPdf } from '../../src/report/pdf';

export const fonts = {
  regular: new Uint8Array(readFileSync('src/report/fonts/pga-sans-regular.ttf')),
  bold: new Uint8Array(readFileSync('src/report/fonts/pga-sans-bold.ttf')),
};

export function makePdf(
  assessment: Assessment,
  locale: Locale = 'nl',
  extra: { chartImage?: string; logo?: string } = {},
) {
  const t = createAppI18n(locale, { nl, en }).global.t as (
    key: string,
    params?: Record<string, unknown>,
  ) => string;
  return createPdf(buildReportModel(CHECKLIST, assessment), {
    t,
    locale,
    fonts,
    now: new Date('2026-11-28T10:00:00Z'),
    ...extra,
  });
}

/** Reads a PDF back the way a viewer would: text per page, metadata, page sizes. */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: false });
  const meta = await getMeta(pdf);
  const first = await pdf.getPage(1);
  // jsPDF writes the catalog uncompressed, so the document language can be read from the raw bytes.
  const lang = /\/Lang \(([^)]*)\)/.exec(new TextDecoder('latin1').decode(bytes))?.[1];
  return {
    pages: text as string[],
    all: (text as string[]).join('\n'),
    meta,
    view: first.view,
    numPages: pdf.numPages,
    lang,
  };
}
