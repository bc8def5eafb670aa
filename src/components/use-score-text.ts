import { useI18n } from 'vue-i18n';
import type { Level, Locale } from '../content/types';
import { levelDefinition, NON_LEVEL_ANSWERS } from '../content/scale';
import type { AnswerValue } from '../domain/types';
import type { Change } from '../domain/comparison';
import type { Score } from '../domain/scoring';
import { formatDelta, formatScore } from '../i18n/format';

/** How scores, levels, coverage and change read in the interface. */
export function useScoreText() {
  const { t, locale } = useI18n();
  const loc = () => locale.value as Locale;
  return {
    score: (value: number | null) => formatScore(value, loc()),
    level: (level: Level | null | undefined) =>
      level ? `${level} ${levelDefinition(level).name[loc()]}` : '–',
    coverage: (s: Score) => {
      const main = t('results.coverage', { answered: s.answered, total: s.total });
      const parts = [
        s.unknown > 0 ? t('results.coverageUnknown', { n: s.unknown }) : '',
        s.na > 0 ? t('results.coverageNa', { n: s.na }) : '',
      ].filter(Boolean);
      return parts.length ? `${main} (${parts.join(', ')})` : main;
    },
    change: (c: Change | undefined) =>
      c
        ? t(`results.change.${c.direction}`, { delta: c.delta === null ? '' : formatDelta(c.delta, loc()) })
        : '',
    delta: (value: number | null) => (value === null ? '–' : formatDelta(value, loc())),
    /** A chosen answer as words: a level with its name, or weet niet / n.v.t. */
    answer: (value: Exclude<AnswerValue, null>) =>
      typeof value === 'number'
        ? `${value} ${levelDefinition(value).name[loc()]}`
        : NON_LEVEL_ANSWERS[value][loc()],
  };
}
