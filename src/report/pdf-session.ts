import { roleName } from '../content/lookup';
import { formatScore } from '../i18n/format';
import type { SectionContext } from './pdf-context';
import { distributionText } from './distribution-text';
import { reportText } from './report-text';

/** The workshop: who took part, and where views differed most and what was agreed. */
export function session({ w, model, t, locale }: SectionContext): void {
  if (!model.session) return;
  const fmt = reportText(t, locale);
  const part = w.heading(t('workshop.sessionTitle'), 1);
  w.heading(t('workshop.sessionParticipants'), 2, part);
  w.table({
    head: [
      [t('workshop.organisation'), t('workshop.role'), t('workshop.domain'), t('workshop.name')].map((h) =>
        w.safe(h),
      ),
    ],
    body: model.session.organisations.flatMap((o) =>
      o.participants.map((p) =>
        [o.organisation, roleName(p.role, locale), t(`workshop.domains.${p.domain}`), p.name || '–'].map(
          (c) => w.safe(c),
        ),
      ),
    ),
  });
  w.heading(t('workshop.sessionDiffer'), 2, part);
  if (model.session.differences.length === 0) {
    w.paragraph(t('workshop.agendaNone'));
    return;
  }
  w.table({
    head: [
      [
        t('report.question'),
        t('workshop.distribution'),
        `${t('workshop.median')} · ${t('workshop.spread')}`,
        t('workshop.sessionAgreed'),
      ].map((h) => w.safe(h)),
    ],
    body: model.session.differences.map(({ item, agreed }) =>
      [
        `§${item.point.ref} ${item.question.text[locale]}`,
        distributionText(item.distribution, locale),
        `${formatScore(item.distribution.median, locale)} · ${item.distribution.spread ?? '–'}`,
        `${fmt.answer(agreed.level)}${agreed.note ? `\n${agreed.note}` : ''}`,
      ].map((c) => w.safe(c)),
    ),
    columnStyles: { 0: { cellWidth: 66 }, 1: { cellWidth: 34 }, 2: { cellWidth: 22 } },
  });
}
