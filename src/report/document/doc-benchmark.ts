import type { Benchmark } from '../../domain/benchmark';
import { compareSteps } from '../../domain/national';
import { formatDate, formatScore } from '../../i18n/format';
import type { Block } from './document-types';
import type { PartContext } from './doc-context';
import { medianText, middleText, positionText, selectionText } from './benchmark-text';

/** The region's step scores against a loaded benchmark: how many regions, when made, and where it stands. */
export function benchmarkPart({ model, t, locale }: PartContext, benchmark: Benchmark | undefined): Block[] {
  if (!benchmark) return [];
  const rows = compareSteps(model.results.sections, benchmark.steps);
  const about = [
    t('national.report.intro', {
      n: benchmark.n,
      date: formatDate(benchmark.createdAt.slice(0, 10), locale),
    }),
    selectionText(benchmark.selection, t),
  ].filter((s) => s !== '');
  return [
    { kind: 'heading', level: 1, text: t('national.report.title'), before: 'fit' },
    { kind: 'paragraph', text: about.join(' ') },
    {
      kind: 'table',
      dense: true,
      caption: t('national.report.title'),
      head: [
        t('results.colStep'),
        t('national.compare.colScore'),
        t('national.compare.colMiddle'),
        t('national.colMedian'),
        t('national.compare.colPosition'),
      ],
      rows: rows.map((row) => [
        `§${row.section.ref} ${row.section.title[locale]}`,
        formatScore(row.score, locale),
        middleText(row, t, locale),
        medianText(row, t, locale),
        positionText(row, t),
      ]),
      widths: [52, 18, 26, 20],
    },
    { kind: 'paragraph', text: t('national.report.note'), tone: 'muted' },
  ];
}
