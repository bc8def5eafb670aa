import type { SectionResult } from '../../domain/results';
import { RESULT_DOMAINS } from '../../domain/session-domains';
import type { Series } from '../../charts/chart-config';
import type { Translate } from './report-text';

/** A session's radar gets a line per domain: the steps as that domain's partners scored them. */
export function domainSeries(sections: readonly SectionResult[], t: Translate): Series[] {
  if (!sections.some((s) => s.domains)) return [];
  return RESULT_DOMAINS.map((domain) => ({
    kind: domain,
    label: t('sessionResult.domainSeries', { domain: t(`workshop.domains.${domain}`) }),
    values: sections.map((s) => s.domains?.[domain] ?? null),
  }));
}
