import { useI18n } from 'vue-i18n';
import { useLocale } from './useLocale';
import type { Level } from '../content/types';
import type { AnswerValue } from '../domain/types';
import type { Change } from '../domain/comparison';
import type { Score } from '../domain/scoring';
import { formatDelta } from '../i18n/format';
import { reportText } from '../report/document/report-text';

/** How scores, levels, coverage and change read in the interface: the report's wording, in the current language. */
export function useScoreText() {
  const { t } = useI18n();
  const locale = useLocale();
  const loc = () => locale.value;
  const words = () => reportText((key, params) => t(key, params ?? {}), loc());
  return {
    score: (value: number | null) => words().score(value),
    level: (level: Level | null | undefined) => words().level(level),
    coverage: (s: Score) => words().coverage(s),
    /** A chosen answer as words: a level with its name, or weet niet / n.v.t. */
    answer: (value: Exclude<AnswerValue, null>) => words().answer(value),
    change: (c: Change | undefined) =>
      c
        ? t(`results.change.${c.direction}`, { delta: c.delta === null ? '' : formatDelta(c.delta, loc()) })
        : '',
    delta: (value: number | null) => (value === null ? '–' : formatDelta(value, loc())),
  };
}
