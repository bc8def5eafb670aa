import { jsPDF } from 'jspdf';
import type { ReportDocument } from '../document/document-types';
import { PdfWriter, COLOR, type PdfFonts } from './pdf-writer';
import { cover } from './pdf-cover';
import { renderBlocks } from './pdf-blocks';

export interface PdfOptions {
  fonts: PdfFonts;
  /** JPEG data URL of the radar chart, rendered at print resolution. */
  chartImage?: string;
  /** JPEG data URL of the user's logo for the cover. */
  logo?: string;
}

/** The report as an A4 PDF; returns the file's bytes. */
export function createPdf(report: ReportDocument, options: PdfOptions): Uint8Array<ArrayBuffer> {
  const doc = new jsPDF({ format: 'a4', unit: 'mm', compress: true });
  const w = new PdfWriter(doc, options.fonts);
  cover(w, report.cover, options.logo);
  renderBlocks(w, report.blocks, options.chartImage);
  if (w.replaced > 0) w.paragraph(report.replacedNote(w.replaced), { size: 9, color: COLOR.muted });

  w.decorate(report.header, 'PGA-zelfscan', report.pageLabel);
  const { title, subject, author, keywords } = report.properties;
  doc.setProperties({
    title: w.safe(title),
    subject: w.safe(subject),
    author: w.safe(author),
    creator: 'PGA-zelfscan',
    keywords: w.safe(keywords),
  });
  doc.setLanguage(report.lang === 'nl-NL' ? 'nl' : 'en-GB');
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  return new Uint8Array(doc.output('arraybuffer'));
}
