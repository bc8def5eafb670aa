// The frame the short session documents share (the agenda before, the record after): a council-style cover
// with the session's title, region and date, and a running header naming the document.
import type { ReportModel } from '../../domain/report-model';
import { formatDate } from '../../i18n/format';
import { coverPart } from './doc-cover';
import type { Block, DocumentOptions, ReportDocument } from './document-types';

export function sessionDocument(
  model: ReportModel,
  { t, locale, now }: Omit<DocumentOptions, 'edition'>,
  doc: { title: string; participantsTitle: string; names: boolean; blocks: Block[] },
): ReportDocument {
  const { title, region, date } = model.assessment;
  const cover = coverPart({ model, t, locale }, 'council', now, doc.names);
  return {
    edition: 'council',
    locale,
    lang: locale === 'nl' ? 'nl-NL' : 'en-GB',
    properties: {
      title: `${doc.title}: ${title}`,
      subject: `${doc.title} · ${region}`,
      author: region,
      keywords: t('report.keywords'),
    },
    header: `${doc.title} · ${title} · ${formatDate(date, locale)}`,
    pageLabel: (n, total) => t('report.page', { n, total }),
    cover: {
      ...cover,
      kicker: doc.title,
      subtitle: region,
      edition: formatDate(date, locale),
      participantsTitle: doc.participantsTitle,
    },
    blocks: doc.blocks,
    replacedNote: (n) => t('report.replaced', { n }),
  };
}
