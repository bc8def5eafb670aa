// Loaded only when the user asks for a PDF, so jsPDF and its font stay out of the start page.
import regularUrl from './fonts/pga-sans-regular.ttf?url';
import boldUrl from './fonts/pga-sans-bold.ttf?url';
import type { Locale } from '../content/types';
import { SCALE } from '../content/scale';
import { CHECKLIST } from '../content/pga-2024';
import type { Assessment } from '../domain/types';
import { buildReportModel } from '../domain/report-model';
import { formatScore } from '../i18n/format';
import { downloadBlob, fileName } from '../storage/files';
import { wrapLabel, type Series } from './chart-config';
import { radarImage } from './chart-image';
import { createPdf } from './pdf';
import type { Translate } from './report-text';

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function exportPdf(
  assessment: Assessment,
  t: Translate,
  locale: Locale,
  logo: string | null,
): Promise<void> {
  const [regular, bold] = await Promise.all([bytes(regularUrl), bytes(boldUrl)]);
  const model = buildReportModel(CHECKLIST, assessment);
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
  const pdf = createPdf(model, {
    t,
    locale,
    fonts: { regular, bold },
    chartImage,
    ...(logo ? { logo } : {}),
    now: new Date(),
  });
  downloadBlob(
    new Blob([pdf], { type: 'application/pdf' }),
    fileName(assessment.title, assessment.date, 'pdf'),
  );
}
