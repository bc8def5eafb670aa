// The agenda to send to the partners before the session: the questions in the order they will be discussed,
// with how far apart the partners are. No levels per partner and no names: only what the meeting is about.
import type { Checklist } from '../../content/types';
import type { Assessment } from '../../domain/types';
import { sessionAgenda } from '../../domain/agenda';
import type { AgendaItem } from '../../domain/workshop';
import { buildReportModel } from '../../domain/report-model';
import { sessionDocument } from './session-doc';
import type { Block, DocumentOptions, ReportDocument } from './document-types';
import { reportText, type Translate } from './report-text';

function gapText(item: AgendaItem, t: Translate, score: (v: number) => string): string {
  const g = item.distribution.domainGap;
  if (g === null) return t('workshop.gapNone');
  if (g === 0) return t('workshop.gapEqual');
  const by = { gap: score(Math.abs(g)) };
  return g > 0 ? t('workshop.gapSecurity', by) : t('workshop.gapSocial', by);
}

export function buildAgendaDoc(
  checklist: Checklist,
  assessment: Assessment,
  { t, locale, now }: Omit<DocumentOptions, 'edition'>,
): ReportDocument {
  const model = buildReportModel(checklist, assessment);
  const fmt = reportText(t, locale);
  const { items } = sessionAgenda(checklist, assessment);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('agenda.doc.title'), before: 'page' },
    { kind: 'paragraph', text: t('agenda.doc.intro', { n: items.length }) },
    items.length === 0
      ? { kind: 'paragraph', text: t('workshop.agendaNone') }
      : {
          kind: 'table',
          caption: t('agenda.doc.title'),
          head: ['#', t('report.question'), t('workshop.spread'), t('workshop.colDomainGap')],
          rows: items.map((item, n) => [
            String(n + 1),
            `§${item.point.ref} ${item.question.text[locale]}`,
            item.distribution.spread === null ? t('workshop.gapNone') : String(item.distribution.spread),
            gapText(item, t, (v) => fmt.score(v)),
          ]),
          widths: [10, 105, 20],
        },
    { kind: 'paragraph', text: t('agenda.doc.how') },
  ];
  // The agenda goes to every partner beforehand: organisations and roles, no personal names.
  return sessionDocument(
    model,
    { t, locale, now },
    { title: t('agenda.doc.title'), participantsTitle: t('agenda.doc.invited'), names: false, blocks },
  );
}
