import type { Locale } from '../../content/types';
import type { SectionResult } from '../../domain/results';
import { formatScore } from '../../i18n/format';
import type { Translate } from './report-text';

const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : null);

/** For the radar's text alternative: each domain's mean over the steps it scored, or '' outside a session. */
export function domainsSummary(sections: readonly SectionResult[], t: Translate, locale: Locale): string {
  if (!sections.some((s) => s.domains)) return '';
  const avg = (d: 'veiligheid' | 'sociaal') =>
    formatScore(mean(sections.flatMap((s) => (s.domains?.[d] == null ? [] : [s.domains[d]]))), locale);
  return t('sessionResult.domainsSummary', { security: avg('veiligheid'), social: avg('sociaal') });
}
