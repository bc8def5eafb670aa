// The Verantwoording page's words on the measured fit, for the content dump (content-dump.ts): what a partner reads
// there, so a reviewer judges the rubrics' reliability on the same figures.
import { CHECKLIST } from '../../src/content/pga-2024';
import type { Locale } from '../../src/content/types';
import { fillPlaceholders as fill } from '../support/placeholders';
import { VALIDATION_GOALS, VALIDATION_ROUNDS } from '../../src/content/validation';
import { previousStanding, validationSpread, validationStanding } from '../../src/domain/validation-standing';
import { formatCoefficient, formatCount, formatPercent } from '../../src/i18n/format';
import nl from '../../src/i18n/locales/nl.json';
import en from '../../src/i18n/locales/en.json';

/** The page's sentence on where raters chose levels two or more apart, as the page words it. */
function spreadLines(locale: Locale): string[] {
  const j = (locale === 'nl' ? nl : en).justification;
  const s = validationSpread(CHECKLIST);
  if (!s) return [];
  if (s.wideUnits === 0)
    return [
      '',
      fill((locale === 'nl' ? nl : en).justification.spreadNone, {
        alpha: formatCoefficient(s.alpha, locale),
        units: formatCount(s.units, locale),
      }),
    ];
  const points = s.points.map((p) =>
    fill(j.spreadPoint, {
      title: p.title[locale],
      wide: p.wideUnits,
      units: formatCount(p.units, locale),
      share: formatPercent(p.share, locale),
    }),
  );
  return [
    '',
    fill(j.spread.split(' | ')[s.rounds === 1 ? 0 : 1] ?? j.spread, {
      rounds: s.rounds,
      alpha: formatCoefficient(s.alpha, locale),
      wide: formatCount(s.wideUnits, locale),
      units: formatCount(s.units, locale),
      share: formatPercent(s.share, locale),
      points: points.join('; '),
    }),
  ];
}

/** The page's sentence on how the version stands: one round on its own, or all rounds (the latest follows). */
function standingLine(locale: Locale): string {
  const j = (locale === 'nl' ? nl : en).justification;
  const s = validationStanding(CHECKLIST.version);
  const figures = {
    version: CHECKLIST.version,
    rounds: s.rounds,
    ratings: formatCount(s.ratings, locale),
    fit: formatPercent(s.fitRate, locale),
    met: s.met,
  };
  if (s.rounds === 0) return fill(j.untested, figures);
  return s.rounds === 1
    ? fill(s.latest?.met ? j.firstMet : j.firstNotMet, figures)
    : fill(j.standing, figures);
}

/** The page's sentence on how the version before stood, after the spread. */
function previousLines(locale: Locale): string[] {
  const p = previousStanding(CHECKLIST.version);
  if (!p) return [];
  return [
    '',
    fill((locale === 'nl' ? nl : en).justification.previous, {
      version: p.version,
      rounds: p.standing.rounds,
      ratings: formatCount(p.standing.ratings, locale),
      fit: formatPercent(p.standing.fitRate, locale),
      met: p.standing.met,
    }),
  ];
}

/** What the Verantwoording page says about the measured fit (not the readings' grades, which would anchor a new
 *  reader), so a reader can judge the rubrics' reliability on the figures a partner sees too. */
export function validation(locale: Locale, latestLabel: string): string {
  const j = (locale === 'nl' ? nl : en).justification;
  const s = validationStanding(CHECKLIST.version);
  const own = VALIDATION_ROUNDS.filter((r) => r.checklistVersion === CHECKLIST.version).slice(-8);
  return [
    `## ${j.validationTitle}`,
    '',
    j.method,
    '',
    fill(j.goals, {
      fit: formatPercent(VALIDATION_GOALS.fitRate, locale),
      alpha: formatCoefficient(VALIDATION_GOALS.alpha, locale),
    }),
    '',
    standingLine(locale),
    ...(s.latest && s.rounds > 1
      ? [
          '',
          fill(s.latest.met ? j.latestMet : j.latestNotMet, {
            latest: formatPercent(s.latest.fitRate, locale),
          }),
        ]
      : []),
    ...spreadLines(locale),
    ...previousLines(locale),
    ...(own.length ? ['', fill(latestLabel, { version: CHECKLIST.version }), ''] : []),
    ...own.map(
      (r) =>
        `- ${r.id.split('-')[0]}: ${fill(j.set, { vignettes: r.vignettes, raters: r.raters, ratings: r.ratings })} ${j.colFit}: ${formatPercent(r.fitRate, locale)}. ${j.colAlpha}: ${formatCoefficient(r.alpha, locale)}. ${j.colUnanimous}: ${formatPercent(r.unanimous, locale)}.`,
    ),
  ].join('\n');
}
