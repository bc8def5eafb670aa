import type { Locale } from '../content/types';
import { SCALE } from '../content/scale';
import { CHECKLIST } from '../content/pga-2024';
import type { Assessment } from '../domain/types';
import type { Benchmark } from '../domain/benchmark';
import { buildReportModel } from '../domain/report-model';
import { formatScore } from '../i18n/format';
import { wrapLabel, type Series } from '../charts/chart-config';
import { radarImage } from '../charts/chart-image';
import { domainSeries } from './document/domain-series';
import { buildReportDocument } from './document/report-document';
import { type Edition, type ReportDocument } from './document/document-types';
import type { Translate } from './document/report-text';

/** What the user chose on the plan screen, for either download. */
export interface ExportRequest {
  t: Translate;
  locale: Locale;
  edition: Edition;
  logo: string | null;
  /** Personal names on the cover (off unless the user ticks it). */
  names?: boolean;
  /** The scan's follow-up chain, oldest first, for the trend section (three or more scans). */
  series?: readonly Assessment[];
  /** The national picture loaded in this browser, for the comparison section. */
  benchmark?: Benchmark | null;
}

/** The report document and its radar chart as an image, as both the PDF and the Word file need them. */
export function reportFor(
  assessment: Assessment,
  { t, locale, edition, names, series: chain, benchmark }: ExportRequest,
): { report: ReportDocument; chartImage: string } {
  const model = buildReportModel(CHECKLIST, assessment, chain);
  const rows = model.results.sections;
  const series: Series[] = [
    { kind: 'current', label: t('results.seriesCurrent'), values: rows.map((r) => r.score.value) },
  ];
  if (rows.some((r) => r.target !== undefined))
    series.push({
      kind: 'target',
      label: t('results.seriesTarget'),
      values: rows.map((r) => r.target ?? null),
    });
  series.push(...domainSeries(rows, t));
  if (model.results.baseline)
    series.push({
      kind: 'baseline',
      label: t('results.seriesBaseline'),
      values: rows.map((r) => r.change?.previous ?? null),
    });
  const chartImage = radarImage({
    labels: rows.map((r) => wrapLabel(`§${r.section.ref} ${r.section.title[locale]}`, 18)),
    series,
    levelNames: SCALE.map((d) => d.name[locale]),
    format: (v) => formatScore(v, locale),
  });
  return {
    report: buildReportDocument(model, {
      t,
      locale,
      edition,
      names,
      now: new Date(),
      ...(benchmark ? { benchmark } : {}),
    }),
    chartImage,
  };
}

/** The full report's file name says so; the council edition is the default and has no suffix. */
export const reportSuffix = ({ t, edition }: ExportRequest) =>
  edition === 'full' ? t('report.edition.file') : '';
