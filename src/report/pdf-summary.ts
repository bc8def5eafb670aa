import { formatDate, formatDelta } from '../i18n/format';
import { COLOR, CONTENT_WIDTH, PAGE } from './pdf-writer';
import type { SectionContext } from './pdf-context';
import { reportText } from './report-text';

const CHART_MM = 92;

export function summary({ w, model, t, locale }: SectionContext, chartImage: string | undefined): void {
  const fmt = reportText(t, locale);
  const { results } = model;
  w.heading(t('report.summaryTitle'), 1);
  w.paragraph(
    t('report.overall', {
      score: fmt.score(results.overall.value),
      level: fmt.level(results.overallLevel),
      answered: results.overall.answered,
      total: results.overall.total,
    }),
    { size: 11, bold: true },
  );
  if (results.overall.provisional) w.paragraph(t('report.provisional'), { color: COLOR.muted });
  if (results.baseline) {
    const { title, date, overall } = results.baseline;
    w.paragraph(t('report.previous', { title, date: formatDate(date, locale), score: fmt.score(overall) }));
  }
  // The chart first, so it shares the page with the overall score instead of being pushed over.
  if (chartImage) {
    w.ensure(CHART_MM + 8);
    w.doc.addImage(
      chartImage,
      'JPEG',
      PAGE.left + (CONTENT_WIDTH - CHART_MM) / 2,
      w.y,
      CHART_MM,
      CHART_MM,
      undefined,
      'FAST',
    );
    w.y += CHART_MM + 1;
    w.paragraph(t('report.radarAlt'), { size: 8.5, color: COLOR.muted });
  }
  const comparison = results.baseline !== undefined;
  const head = [
    t('results.colStep'),
    t('results.colScore'),
    t('results.colLevel'),
    t('results.colCoverage'),
    t('results.colTarget'),
    t('results.colGap'),
    ...(comparison ? [t('results.colPrevious')] : []),
  ];
  w.table({
    head: [head.map((h) => w.safe(h))],
    body: results.sections.map((r) =>
      [
        `§${r.section.ref} ${r.section.title[locale]}`,
        fmt.scoreWithFlag(r.score),
        fmt.level(r.level),
        fmt.coverage(r.score),
        fmt.level(r.target),
        r.gap === null ? '–' : formatDelta(r.gap, locale),
        ...(comparison ? [fmt.score(r.change?.previous ?? null)] : []),
      ].map((c) => w.safe(c)),
    ),
    columnStyles: { 0: { cellWidth: 46 }, 1: { cellWidth: 18 } },
  });
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    w.ensure(24);
    w.paragraph(title, { bold: true });
    for (const item of items) w.paragraph(`• ${item}`, { x: PAGE.left + 3, width: CONTENT_WIDTH - 3 });
  };
  const point = (r: (typeof results.strongest)[number]) =>
    `§${r.point.ref} ${r.point.title[locale]}: ${fmt.score(r.score.value)}`;
  list(t('results.strongest'), results.strongest.map(point));
  list(t('results.weakest'), results.weakest.map(point));
  list(
    t('results.gaps'),
    results.gaps.map(
      (g) =>
        `§${g.section.ref} ${g.section.title[locale]}: ${fmt.score(g.value)} → ${g.target} (${formatDelta(g.gap, locale)})`,
    ),
  );
}
