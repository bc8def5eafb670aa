import type { Locale } from '../../content/types';
import { LEVELS } from '../../content/types';
import { NON_LEVEL_ANSWERS } from '../../content/scale';
import type { Distribution } from '../../domain/workshop';

/** A distribution in one line for a table cell: "1: 1 · 4: 2 · Weet niet: 1". */
export function distributionText(d: Distribution, locale: Locale): string {
  const parts = LEVELS.filter((l) => d.counts[l] > 0).map((l) => `${l}: ${d.counts[l]}`);
  if (d.unknown) parts.push(`${NON_LEVEL_ANSWERS.unknown[locale]}: ${d.unknown}`);
  if (d.na) parts.push(`${NON_LEVEL_ANSWERS.na[locale]}: ${d.na}`);
  return parts.join(' · ') || '–';
}
