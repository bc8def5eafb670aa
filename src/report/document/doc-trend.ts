import type { Locale } from '../../content/types';
import { distanceLeft, stepGaps, type StepGap } from '../../domain/trend-gap';
import { formatDateShort, formatDelta, formatScore } from '../../i18n/format';
import type { Block } from './document-types';
import type { PartContext } from './doc-context';
import type { Translate } from './report-text';

/** Whether each step closes the gap to its ambition: the table the trend screen shows too. */
function gapPart(gaps: StepGap[], t: Translate, locale: Locale): Block[] {
  const distance = (gap: number | null) => (gap === null ? '–' : formatScore(distanceLeft(gap), locale));
  return [
    { kind: 'heading', level: 2, text: t('trend.gapTitle') },
    { kind: 'paragraph', text: t('trend.gapIntro'), tone: 'muted' },
    {
      kind: 'table',
      dense: true,
      caption: t('trend.gapTitle'),
      head: [
        t('results.colStep'),
        t('trend.colTarget'),
        t('trend.colFirstGap'),
        t('trend.colLastGap'),
        t('trend.colDirection'),
      ],
      rows: gaps.map((g) => [
        `§${g.section.ref} ${g.section.title[locale]}`,
        g.target === null ? '–' : String(g.target),
        distance(g.first),
        distance(g.last),
        t(`trend.direction.${g.direction}`),
      ]),
      widths: [62, 22, 22, 22],
    },
  ];
}

/** The region's trend over its scans: the score per step and scan, and the biggest risers and fallers. */
export function trendPart({ model, t, locale }: PartContext): Block[] {
  const { trend } = model;
  if (!trend) return [];
  const dates = trend.scans.map((s) => formatDateShort(s.date, locale));
  const score = (v: number | null) => formatScore(v, locale);
  const first = trend.overall[0]?.value ?? null;
  const last = trend.overall[trend.overall.length - 1]?.value ?? null;
  const blocks: Block[] = [
    // A page of its own: the table and its sentences take most of one, and must not leave a line behind.
    { kind: 'heading', level: 1, text: t('trend.title'), before: 'page' },
    {
      kind: 'paragraph',
      text: t('trend.summary', {
        n: trend.scans.length,
        first: dates[0],
        last: dates[dates.length - 1],
        from: score(first),
        to: score(last),
      }),
    },
    {
      kind: 'table',
      dense: true,
      caption: t('trend.tableCaption'),
      head: [t('results.colStep'), ...dates],
      rows: [
        ...trend.steps.map((step) => [
          `§${step.section.ref} ${step.section.title[locale]}`,
          ...step.scores.map((s) => score(s.value)),
        ]),
        [t('results.overall'), ...trend.overall.map((s) => score(s.value))],
      ],
      widths: [62, ...dates.slice(0, -1).map(() => (170 - 62) / dates.length)],
    },
    ...gapPart(stepGaps(trend), t, locale),
  ];
  const name = (c: { point: { ref: string; title: Record<typeof locale, string> }; delta: number | null }) =>
    `§${c.point.ref} ${c.point.title[locale]} (${formatDelta(c.delta ?? 0, locale)})`;
  const changes = trend.firstToLast;
  if (changes?.improved.length)
    blocks.push({
      kind: 'paragraph',
      text: `${t('trend.improved')}: ${changes.improved.slice(0, 3).map(name).join('; ')}.`,
    });
  if (changes?.declined.length)
    blocks.push({
      kind: 'paragraph',
      text: `${t('trend.declined')}: ${changes.declined.slice(0, 3).map(name).join('; ')}.`,
    });
  // Named, never counted as a change: a provisional or missing score on either side.
  const left = (changes?.uncertain ?? []).map((c) => `§${c.point.ref} ${c.point.title[locale]}`);
  if (left.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: `${t('trend.notComparedLead')}: ${left.join('; ')}.`,
      tone: 'muted',
    });
  // Left out when no earlier scan had any action: a table of noughts tells a council nothing.
  if (trend.actions.some((o) => o.done + o.carried.length + o.dropped > 0))
    blocks.push(
      { kind: 'heading', level: 2, text: t('trend.actionsTitle') },
      { kind: 'paragraph', text: t('trend.actionsIntro'), tone: 'muted' },
      {
        kind: 'table',
        dense: true,
        caption: t('trend.actionsTitle'),
        head: [t('trend.colScan'), t('trend.colDone'), t('trend.colOpen'), t('trend.colDropped')],
        rows: trend.actions.map((o) => [
          `${o.scan.title} (${formatDateShort(o.scan.date, locale)})`,
          String(o.done),
          String(o.carried.length),
          String(o.dropped),
        ]),
        widths: [92, 26, 26],
      },
    );
  return blocks;
}
