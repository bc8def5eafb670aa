import type { ReportModel } from '../../domain/report-model';
import type { Block, DocumentOptions, ReportDocument } from './document-types';
import { coverPart } from './doc-cover';
import { summaryPart } from './doc-summary';
import { methodPart, planPart, scoresPart } from './doc-parts';
import { trendPart } from './doc-trend';
import { benchmarkPart } from './doc-benchmark';
import { findingsPart, sessionPart } from './doc-appendix';
import { evidencePart } from './doc-evidence';

export function buildReportDocument(model: ReportModel, options: DocumentOptions): ReportDocument {
  const { t, locale, edition } = options;
  const parts = { model, t, locale };
  const blocks: Block[] = [
    ...summaryPart(parts),
    ...scoresPart(parts),
    ...benchmarkPart(parts, options.benchmark),
    ...trendPart(parts),
    ...planPart(parts),
    ...methodPart(parts),
    ...(edition === 'full' ? [...findingsPart(parts), ...sessionPart(parts), ...evidencePart(parts)] : []),
  ];
  const { title, region } = model.assessment;
  return {
    edition,
    locale,
    lang: locale === 'nl' ? 'nl-NL' : 'en-GB',
    properties: {
      title: `${t('report.docTitle')}: ${title}`,
      subject: `${t('report.subtitle')} · ${region}`,
      author: region,
      keywords: t('report.keywords'),
    },
    header: `${title} · ${region}`,
    pageLabel: (n, total) => t('report.page', { n, total }),
    cover: coverPart(parts, edition, options.now, options.names),
    blocks,
    replacedNote: (n) => t('report.replaced', { n }),
  };
}
