import { jsPDF } from 'jspdf';
import type { Locale } from '../content/types';
import type { ReportModel } from '../domain/report-model';
import { formatDate } from '../i18n/format';
import { PdfWriter, COLOR, type PdfFonts } from './pdf-writer';
import type { SectionContext } from './pdf-context';
import { cover } from './pdf-cover';
import { summary } from './pdf-summary';
import { findings, plan } from './pdf-findings';
import { method } from './pdf-method';
import { session } from './pdf-session';
import type { Translate } from './report-text';

export interface PdfOptions {
  t: Translate;
  locale: Locale;
  fonts: PdfFonts;
  /** JPEG data URL of the radar chart, rendered at print resolution. */
  chartImage?: string;
  /** JPEG data URL of the user's logo for the cover. */
  logo?: string;
  now: Date;
}

/** The improvement plan as an A4 PDF; returns the file's bytes. */
export function createPdf(model: ReportModel, options: PdfOptions): Uint8Array<ArrayBuffer> {
  const { t, locale } = options;
  const doc = new jsPDF({ format: 'a4', unit: 'mm', compress: true });
  const w = new PdfWriter(doc, options.fonts);
  const ctx: SectionContext = { w, model, t, locale };
  const generatedOn = formatDate(options.now.toISOString(), locale);

  cover(ctx, options.logo, generatedOn);
  summary(ctx, options.chartImage);
  session(ctx);
  findings(ctx);
  plan(ctx);
  method(ctx);
  if (w.replaced > 0) w.paragraph(t('report.replaced', { n: w.replaced }), { size: 9, color: COLOR.muted });

  w.decorate(`${model.assessment.title} · ${model.assessment.region}`, 'PGA-zelfscan', (n, total) =>
    t('report.page', { n, total }),
  );
  doc.setProperties({
    title: w.safe(`${t('report.docTitle')}: ${model.assessment.title}`),
    subject: w.safe(`${t('report.subtitle')} · ${model.assessment.region}`),
    author: w.safe(model.assessment.region),
    creator: 'PGA-zelfscan',
    keywords: 'PGA, radicalisering, zelfscan, verbeterplan',
  });
  doc.setLanguage(locale === 'nl' ? 'nl' : 'en-GB');
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  return new Uint8Array(doc.output('arraybuffer'));
}
