// The session record (verslag): a short document to send to the partners after the session. It reuses the
// report's cover and blocks, so the PDF and the Word file render it as they render the report.
import type { Checklist } from '../../content/types';
import type { Assessment } from '../../domain/types';
import { allQuestions } from '../../domain/content-index';
import { buildReportModel } from '../../domain/report-model';
import { discussionAgenda } from '../../domain/workshop';
import { sessionDocument } from './session-doc';
import type { Block, DocumentOptions, ReportDocument } from './document-types';
import { reportText } from './report-text';

export function buildMinutes(
  checklist: Checklist,
  assessment: Assessment,
  { t, locale, now }: Omit<DocumentOptions, 'edition'>,
): ReportDocument {
  const model = buildReportModel(checklist, assessment);
  const fmt = reportText(t, locale);
  const agreed = allQuestions(checklist).filter(
    (r) => (assessment.answers[r.question.id]?.level ?? null) !== null,
  );
  const open = discussionAgenda(checklist, assessment).filter(
    (item) => (assessment.answers[item.question.id]?.level ?? null) === null,
  );
  const o = model.results.overall;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('sessionResult.minutes.resultTitle'), before: 'page' },
    {
      kind: 'paragraph',
      text:
        o.value === null
          ? t('report.sum.overallEmpty')
          : t('report.sum.overall', {
              score: fmt.score(o.value),
              level: fmt.level(model.results.overallLevel),
              answered: o.answered,
              total: o.total,
            }),
    },
    ...(model.results.session
      ? [
          {
            kind: 'paragraph' as const,
            text: t('sessionResult.origins', { ...model.results.session.counts }),
          },
        ]
      : []),
    { kind: 'heading', level: 2, text: t('sessionResult.minutes.agreedTitle') },
    agreed.length === 0
      ? { kind: 'paragraph', text: t('sessionResult.minutes.agreedNone') }
      : {
          kind: 'table',
          caption: t('sessionResult.minutes.agreedTitle'),
          head: [
            t('report.question'),
            t('sessionResult.minutes.level'),
            t('sessionResult.minutes.agreement'),
          ],
          rows: agreed.map((r) => {
            const answer = assessment.answers[r.question.id];
            return [
              `§${r.point.ref} ${r.question.text[locale]}`,
              fmt.answer(answer?.level ?? null),
              answer?.note || '–',
            ];
          }),
          widths: [78, 32],
          dense: true,
        },
    { kind: 'heading', level: 2, text: t('sessionResult.minutes.openTitle') },
    open.length === 0
      ? { kind: 'paragraph', text: t('sessionResult.minutes.openNone') }
      : { kind: 'paragraph', text: t('sessionResult.minutes.openIntro') },
    ...(open.length
      ? [{ kind: 'list' as const, items: open.map((i) => `§${i.point.ref} ${i.question.text[locale]}`) }]
      : []),
  ];
  // The record says who took part, with the names entered: that is what a record is for.
  return sessionDocument(
    model,
    { t, locale, now },
    {
      title: t('sessionResult.minutes.title'),
      participantsTitle: t('sessionResult.minutes.present'),
      names: true,
      blocks,
    },
  );
}
