import { formatDate } from '../../i18n/format';
import type { Block } from './document-types';
import type { PartContext } from './doc-context';
import { reportText } from './report-text';

function markedCount({ model, t }: PartContext): string {
  const n = model.marked.length;
  if (n === 0) return t('report.evidence.markedNone');
  return n === 1 ? t('report.evidence.markedOne') : t('report.evidence.markedCount', { n });
}

/** The one line every edition carries: how many points rest on a document. */
export function evidenceLine({ model, t }: PartContext): string {
  const { backed, total } = model.evidence;
  return backed === 0
    ? t('report.evidence.lineNone', { total })
    : t('report.evidence.line', { backed, total });
}

/**
 * Appendix (full report): per point, the documents its level rests on, and the questions marked for
 * discussion, when there are any. Links are printed as text, as the app shows them.
 */
export function evidencePart(ctx: PartContext): Block[] {
  const { model, t, locale } = ctx;
  // Nothing recorded: the summary's line already says so, and the report stays as long as it was.
  if (model.evidence.points.length === 0 && model.marked.length === 0) return [];
  const fmt = reportText(t, locale);
  const date = (iso: string) => (iso ? formatDate(iso, locale) : '–');
  const letter = model.session ? 'C' : 'B';
  const title = t('report.evidence.title', { letter });
  const blocks: Block[] = [
    // It follows the appendix before it as the steps follow one another, so no page is left half empty.
    { kind: 'heading', level: 1, text: title, before: 83 },
    { kind: 'paragraph', text: evidenceLine(ctx) },
  ];
  for (const p of model.evidence.points) {
    const level = model.results.points.find((r) => r.point.id === p.point.id)?.level ?? null;
    const heading = `§${p.point.ref} ${p.point.title[locale]}`;
    blocks.push(
      { kind: 'heading', level: 3, text: heading, before: 40 },
      { kind: 'paragraph', text: t('report.evidence.level', { level: fmt.level(level) }) },
      {
        kind: 'table',
        caption: heading,
        head: [t('report.evidence.document'), t('report.evidence.where'), t('report.evidence.dates')],
        rows: p.refs.map((r) => [
          {
            main: r.title,
            detail: [r.version, r.owner].filter((x) => x !== '').join(' · ') || '–',
          },
          r.sha256 ? { main: r.location || '–', detail: `SHA-256: ${r.sha256}` } : r.location || '–',
          t('report.evidence.dateCell', { effective: date(r.effective), reviewBy: date(r.reviewBy) }),
        ]),
        widths: [55, 75],
        dense: true,
      },
    );
  }
  const marked = t('report.evidence.markedTitle');
  blocks.push(
    { kind: 'heading', level: 2, text: marked, before: 'fit' },
    {
      kind: 'paragraph',
      text: markedCount(ctx),
    },
  );
  if (model.marked.length > 0)
    blocks.push({
      kind: 'table',
      caption: marked,
      head: [t('report.question'), t('report.evidence.reason'), t('report.note')],
      rows: model.marked.map((m) => [
        `§${m.point.ref} ${m.question.text[locale]}`,
        t(`marks.reason.${m.mark.reason}`),
        m.mark.text || '–',
      ]),
      widths: [80, 40],
      dense: true,
    });
  return blocks;
}
