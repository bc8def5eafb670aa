import type { Locale } from '../content/types';
import type { ReportModel } from '../domain/report-model';
import type { PdfWriter } from './pdf-writer';
import type { Translate } from './report-text';

export interface SectionContext {
  w: PdfWriter;
  model: ReportModel;
  t: Translate;
  locale: Locale;
}
