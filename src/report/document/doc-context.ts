import type { Locale } from '../../content/types';
import type { ReportModel } from '../../domain/report-model';
import type { Translate } from './report-text';

/** What every part of the report document is built from. */
export interface PartContext {
  model: ReportModel;
  t: Translate;
  locale: Locale;
}
