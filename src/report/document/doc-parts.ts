import { SCALE } from '../../content/scale';
import { READING_ORDER } from '../../content/reading-rule';
import { formatDateShort, formatDelta, formatScore } from '../../i18n/format';
import type { Block, TableBlock } from './document-types';
import type { PartContext } from './doc-context';
import { reportText } from './report-text';
import { domainsSummary } from './domains-summary';

/** The chart's text alternative names the highest and lowest step, as on the results screen. */
function radarAlt({ model, t, locale }: PartContext): string {
  const scored = model.results.sections
    .filter((r) => r.score.value !== null)
    .sort((a, b) => (b.score.value ?? 0) - (a.score.value ?? 0));
  const best = scored[0];
  const worst = scored[scored.length - 1];
  if (!best || !worst) return t('results.chartEmpty');
  const label = (r: typeof best) => `§${r.section.ref} ${r.section.title[locale]}`;
  const main = t('results.radarSummary', {
    best: label(best),
    bestScore: formatScore(best.score.value, locale),
    worst: label(worst),
    worstScore: formatScore(worst.score.value, locale),
  });
  const domains = domainsSummary(model.results.sections, t, locale);
  return domains ? `${main} ${domains}` : main;
}

/** The radar chart and the scores per step, with ambition and the distance to it. */
export function scoresPart(ctx: PartContext): Block[] {
  const { model, t, locale } = ctx;
  const fmt = reportText(t, locale);
  const comparison = model.results.baseline !== undefined;
  const table: TableBlock = {
    kind: 'table',
    caption: t('results.tableSections'),
    head: [
      t('results.colStep'),
      t('results.colScore'),
      t('results.colLevel'),
      t('results.colCoverage'),
      t('results.colTarget'),
      t('results.colGap'),
      ...(comparison ? [t('results.colPrevious')] : []),
    ],
    rows: model.results.sections.map((r) => [
      `§${r.section.ref} ${r.section.title[locale]}`,
      fmt.scoreWithFlag(r.score),
      fmt.level(r.level),
      fmt.coverage(r.score),
      fmt.level(r.target),
      r.gap === null ? '–' : formatDelta(r.gap, locale),
      ...(comparison ? [fmt.score(r.change?.previous ?? null)] : []),
    ]),
    widths: comparison ? [42, 15, 26, 27, 24, 18] : [46, 16, 28, 30, 26],
  };
  return [
    // The summary and the scores share a page when both fit on it.
    { kind: 'heading', level: 1, text: t('report.scoresTitle'), before: 'fit' },
    { kind: 'figure', caption: t('results.radarTitle'), alt: radarAlt(ctx), table },
  ];
}

/** One table: what will be done, for which point, by whom, by when, how urgent, and how far it is. */
export function planPart({ model, t, locale }: PartContext): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('report.planTitle'), before: 'page' }];
  const rows = model.plan.flatMap((g) => g.rows);
  if (rows.length === 0) return [...blocks, { kind: 'paragraph', text: t('report.noActions') }];
  return [
    ...blocks,
    { kind: 'paragraph', text: t('report.planIntro'), tone: 'muted' },
    {
      kind: 'table',
      caption: t('report.planTitle'),
      head: [
        t('report.actionCol'),
        t('report.pointCol'),
        t('report.ownerCol'),
        t('report.dueCol'),
        t('report.priorityCol'),
        t('report.statusCol'),
      ],
      rows: rows.map(({ action, point, section }) => [
        action.title,
        point && section ? `§${section.ref} ${point.title[locale]}` : '–',
        action.owner || '–',
        action.due ? formatDateShort(action.due, locale) : '–',
        t(`priority.${action.priority}`),
        t(`status.${action.status}`),
      ]),
      widths: [50, 38, 24, 19, 17],
    },
  ];
}

/** How the scores came about, and the source: half a page, after the plan. */
export function methodPart({ t, locale }: PartContext): Block[] {
  return [
    // Half a page: it follows the plan on the same page when there is room.
    { kind: 'heading', level: 1, text: t('report.methodTitle'), before: 110 },
    { kind: 'paragraph', text: t('report.method') },
    {
      kind: 'table',
      caption: t('report.scaleTitle'),
      head: [t('results.colLevel'), t('report.scaleMeaning')],
      rows: SCALE.map((d) => [`${d.level} ${d.name[locale]}`, d.description[locale]]),
      widths: [42],
    },
    { kind: 'paragraph', text: READING_ORDER[locale] },
    { kind: 'paragraph', text: `${t('report.sourceTitle')}: ${t('report.sourceText')}`, tone: 'muted' },
  ];
}
