import { levelDefinition } from '../../content/lookup';
import type { Level, Locale } from '../../content/types';

import { NON_LEVEL_ANSWERS } from '../../content/scale';
import type { Score } from '../../domain/scoring';
import type { AnswerValue } from '../../domain/types';
import { formatScore } from '../../i18n/format';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Wording shared by the PDF and the printable page, so both say the same thing. */
export function reportText(t: Translate, locale: Locale) {
  const level = (l: Level | null | undefined) => (l ? `${l} ${levelDefinition(l).name[locale]}` : '–');
  return {
    score: (v: number | null) => formatScore(v, locale),
    level,
    answer: (value: AnswerValue) =>
      value === null
        ? t('report.unanswered')
        : typeof value === 'number'
          ? level(value)
          : NON_LEVEL_ANSWERS[value][locale],
    coverage: (s: Score) => {
      const main = t('results.coverage', { answered: s.answered, total: s.total });
      const parts = [
        s.unknown > 0 ? t('results.coverageUnknown', { n: s.unknown }) : '',
        s.na > 0 ? t('results.coverageNa', { n: s.na }) : '',
      ].filter(Boolean);
      return parts.length ? `${main} (${parts.join(', ')})` : main;
    },
    scoreWithFlag: (s: Score) =>
      `${formatScore(s.value, locale)}${s.provisional ? ` (${t('results.provisional')})` : ''}`,
  };
}
