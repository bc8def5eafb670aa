// The Verantwoording page's words on the measured fit, for the content dump (content-dump.ts): what a partner reads
// there, so a reviewer judges the rubrics' reliability on the same figures. Each sentence is the page's own locale
// text, chosen as the page chooses it (standingSentence), filled with ui() (plural forms and all placeholders).
import { CHECKLIST } from '../../src/content/pga-2024';
import type { Locale } from '../../src/content/types';
import { VALIDATION_GOALS, VALIDATION_ROUNDS } from '../../src/content/validation';
import {
  goalSentence,
  previousStanding,
  standingSentence,
  validationSpread,
  validationStanding,
} from '../../src/domain/validation-standing';
import { formatCoefficient, formatCount, formatPercent, formatShareAgainstGoal } from '../../src/i18n/format';
import { ui } from '../support/ui';

const fitShare = (share: number, locale: Locale) =>
  formatShareAgainstGoal(share, VALIDATION_GOALS.fitRate, locale);

/** The page's sentence on where raters chose levels two or more apart. */
function spreadLines(locale: Locale): string[] {
  const s = validationSpread(CHECKLIST);
  if (!s) return [];
  const alpha = formatCoefficient(s.alpha, locale);
  const units = formatCount(s.units, locale);
  if (s.wideUnits === 0) return ['', ui(locale, 'justification.spreadNone', { alpha, units })];
  const points = s.points.map((p) =>
    ui(locale, 'justification.spreadPoint', {
      title: p.title[locale],
      wide: p.wideUnits,
      units: formatCount(p.units, locale),
      share: formatPercent(p.share, locale),
    }),
  );
  const figures = {
    rounds: s.rounds,
    alpha,
    wide: formatCount(s.wideUnits, locale),
    units,
    share: formatPercent(s.share, locale),
    points: points.join('; '),
  };
  return ['', ui(locale, 'justification.spread', figures, s.rounds)];
}

/** The page's sentences on how the version stands, and, when it has more rounds, on the latest. */
function standingLines(locale: Locale): string[] {
  const s = validationStanding(CHECKLIST.version);
  const figures = {
    version: CHECKLIST.version,
    rounds: s.rounds,
    ratings: formatCount(s.ratings, locale),
    fit: fitShare(s.fitRate, locale),
    goal: ui(locale, `justification.${goalSentence(s)}`, { met: s.met }, s.met),
  };
  const sentence = standingSentence(s);
  if (sentence !== 'pooled') return [ui(locale, `justification.${sentence}`, figures)];
  const latest = s.latest ? { latest: fitShare(s.latest.fitRate, locale) } : undefined;
  return [
    ui(locale, 'justification.standing', figures),
    ...(latest && s.latest
      ? ['', ui(locale, s.latest.met ? 'justification.latestMet' : 'justification.latestNotMet', latest)]
      : []),
  ];
}

/** The page's sentence on how the version before stood, after the spread. */
function previousLines(locale: Locale): string[] {
  const p = previousStanding(CHECKLIST.version);
  if (!p) return [];
  const previous = {
    version: p.version,
    rounds: p.standing.rounds,
    ratings: formatCount(p.standing.ratings, locale),
    fit: fitShare(p.standing.fitRate, locale),
    goal: ui(locale, `justification.${goalSentence(p.standing)}`, { met: p.standing.met }, p.standing.met),
  };
  return ['', ui(locale, 'justification.previous', previous)];
}

/** What the Verantwoording page says about the measured fit (not the readings' grades, which would anchor a new
 *  reader), so a reader can judge the rubrics' reliability on the figures a partner sees too. */
export function validation(locale: Locale, latestLabel: string): string {
  const own = VALIDATION_ROUNDS.filter((r) => r.checklistVersion === CHECKLIST.version).slice(-8);
  const round = (r: (typeof own)[number]) =>
    `- ${r.id.split('-')[0]}: ${ui(locale, 'justification.set', { vignettes: r.vignettes, raters: r.raters, ratings: r.ratings })} ${ui(locale, 'justification.colFit')}: ${fitShare(r.fitRate, locale)}. ${ui(locale, 'justification.colAlpha')}: ${formatCoefficient(r.alpha, locale)}. ${ui(locale, 'justification.colUnanimous')}: ${formatPercent(r.unanimous, locale)}.${r.rubricText ? ` ${ui(locale, 'justification.partnerRound')}` : ''}`;
  return [
    `## ${ui(locale, 'justification.validationTitle')}`,
    '',
    ui(locale, 'justification.method'),
    '',
    ui(locale, 'justification.goals', {
      fit: formatPercent(VALIDATION_GOALS.fitRate, locale),
      alpha: formatCoefficient(VALIDATION_GOALS.alpha, locale),
    }),
    '',
    ...standingLines(locale),
    ...spreadLines(locale),
    ...previousLines(locale),
    ...(own.length ? ['', latestLabel.replace('{version}', CHECKLIST.version), ''] : []),
    ...own.map(round),
  ].join('\n');
}
