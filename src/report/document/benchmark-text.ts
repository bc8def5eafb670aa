import type { Locale } from '../../content/types';
import type { Selection, StepComparison } from '../../domain/national';
import { isShown } from '../../domain/national';
import { formatScore } from '../../i18n/format';
import type { Translate } from './report-text';

/** The middle half of a group as "2,5–3,5", or why there is none. */
export function middleText(row: StepComparison, t: Translate, locale: Locale): string {
  return isShown(row.group)
    ? `${formatScore(row.group.q1, locale)}–${formatScore(row.group.q3, locale)}`
    : t('national.tooFew');
}

export function medianText(row: StepComparison, t: Translate, locale: Locale): string {
  return isShown(row.group) ? formatScore(row.group.median, locale) : t('national.tooFew');
}

/** "boven het middelste deel van 18 regio's", or why the step is not compared. */
export function positionText(row: StepComparison, t: Translate): string {
  if (!isShown(row.group)) return t('national.tooFew');
  if (row.position === null) return t('national.compare.noScore');
  return t(`national.compare.${row.position}`, { n: row.group.n });
}

/** The year and size band a benchmark covers, when it covers only one; empty for all. */
export function selectionText(selection: Selection, t: Translate): string {
  const parts = [
    ...(selection.year === null ? [] : [String(selection.year)]),
    ...(selection.sizeBand === null ? [] : [t(`national.band.${selection.sizeBand}`)]),
  ];
  return parts.length ? t('national.compare.selection', { what: parts.join(', ') }) : '';
}
