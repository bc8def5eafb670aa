import { roleName } from '../../content/lookup';
import { formatDate } from '../../i18n/format';
import type { Cover, Edition } from './document-types';
import type { PartContext } from './doc-context';

export function coverPart(
  { model, t, locale }: PartContext,
  edition: Edition,
  now: Date,
  names = false,
): Cover {
  const { title, region, date, participants } = model.assessment;
  return {
    kicker: t('report.docTitle'),
    title,
    subtitle: t('report.subtitle'),
    edition: t(`report.edition.${edition}`),
    facts: [
      [t('report.region'), region],
      [t('report.date'), formatDate(date, locale)],
    ],
    participantsTitle: t('report.participants'),
    participants:
      participants.length === 0
        ? null
        : {
            kind: 'table',
            caption: t('report.participants'),
            head: [t('report.orgCol'), names ? t('report.roleCol') : t('report.roleOnlyCol')],
            rows: participants.map((p) => {
              // "Openbaar Ministerie · naam" need not say the role twice; alone, the role is shown (a dash
              // there read as "no role").
              const role = p.role ? roleName(p.role, locale) : '';
              const shown = role === p.organisation ? '' : role;
              return [
                p.organisation,
                [shown, names ? p.name : ''].filter(Boolean).join(' · ') || role || '–',
              ];
            }),
            widths: [80],
          },
    noParticipants: t('report.noParticipants'),
    generated: t('report.generated', { date: formatDate(now.toISOString(), locale) }),
  };
}
