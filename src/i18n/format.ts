import type { Locale } from '../content/types';
import { BYTE_UNITS, DAYS_AGO, MONTHS } from './calendar';

const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

// Building an Intl formatter costs far more than using one, and a screen formats hundreds of numbers: each kind
// is built once per language.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(tag(locale), options)));
  return format;
}

/**
 * Dates and times are written from a table of month names, not with Intl.DateTimeFormat: building the first one
 * loads the language's calendar data, about 30 ms on a laptop (130 ms at Lighthouse's 4× slowdown), in the task
 * that shows the start page's list. Intl is still used where a table cannot say the same (the day a date falls
 * on, relative days). The unit test holds these to Intl's own output.
 */
const two = (n: number) => String(n).padStart(2, '0');
const dayMonthYear = (date: Date, months: readonly string[]) =>
  `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`;
const clock = (date: Date) => `${two(date.getHours())}:${two(date.getMinutes())}`;

export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dayMonthYear(date, MONTHS[locale].long);
}

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${dayMonthYear(date, MONTHS[locale].short)}, ${clock(date)}`;
}

/** "09:05": both languages write the time the same way. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : clock(date);
}

/** "12 dagen geleden", "gisteren", "vandaag" (and "12 days ago" …): how long ago, in whole days. */
export function formatDaysAgo(days: number, locale: Locale): string {
  const words = DAYS_AGO[locale];
  const count = fixed(days, 0, locale);
  if (!Number.isInteger(days) || days < 0 || count === null)
    return new Intl.RelativeTimeFormat(tag(locale), { numeric: 'auto' }).format(-days, 'day');
  return words.named[days] ?? words.count(count);
}

/** A size in bytes as kB, MB or GB with at most one decimal, in the locale's notation. */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  // At most one decimal: "1 kB", not "1,0 kB".
  const written = fixed(value, unit === 0 ? 0 : 1, locale)?.replace(/[.,]0$/, '');
  if (written === undefined)
    return new Intl.NumberFormat(tag(locale), {
      style: 'unit',
      unit: (['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const)[unit],
      unitDisplay: 'short',
      maximumFractionDigits: unit === 0 ? 0 : 1,
    }).format(value);
  return `${written} ${BYTE_UNITS[unit]}`;
}

/**
 * A number below a thousand with a fixed number of decimals, without Intl. Building a page's first
 * Intl.NumberFormat loads the language's number data, about 25 ms on a laptop and four times that with
 * Lighthouse's CPU slowdown, inside the task that shows the results; scores, shares and coefficients need only the
 * decimal sign. Rounds as Intl does, half away from zero on the decimal written form (2,45 → 2,5).
 */
function fixed(value: number, digits: number, locale: Locale): string | null {
  if (!Number.isFinite(value) || Math.abs(value) >= 1000) return null;
  const scaled = Math.round(Number((Math.abs(value) * 10 ** digits).toPrecision(15)));
  const whole = Math.floor(scaled / 10 ** digits);
  if (whole >= 1000) return null;
  const fraction =
    digits > 0 ? `${locale === 'nl' ? ',' : '.'}${String(scaled % 10 ** digits).padStart(digits, '0')}` : '';
  return `${value < 0 ? '-' : ''}${whole}${fraction}`;
}

/** A 1–5 mean with one decimal, in the locale's notation (2,5 in Dutch). */
export function formatScore(value: number | null, locale: Locale): string {
  if (value === null) return '–';
  return (
    fixed(value, 1, locale) ??
    numberFormat(locale, 'score', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)
  );
}

/** A signed difference with one decimal: +0,5 / −1,0. */
export function formatDelta(value: number, locale: Locale): string {
  const abs = formatScore(Math.abs(value), locale);
  return `${value < 0 ? '−' : '+'}${abs}`;
}

/** A compact date for table cells: "1 mrt 2027". */
export function formatDateShort(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dayMonthYear(date, MONTHS[locale].short);
}

/** A share as a percentage with `digits` decimals: `fixed` where it can, Intl only outside its range. */
function percentWith(share: number, digits: number, locale: Locale): string {
  const percent = fixed(share * 100, digits, locale);
  return percent === null
    ? numberFormat(locale, `percent${digits}`, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(share)
    : `${percent}%`;
}

/** A share as a whole percentage: 0.934 → "93%" ("93 %" where the locale spaces it). */
export function formatPercent(share: number, locale: Locale): string {
  return percentWith(share, 0, locale);
}

/**
 * A share beside the goal it is measured against: one decimal, or two where one decimal would round a missed goal up
 * to the goal itself (0.8998 against 0.9 is "89,98%", not "90,0%" beside "het doel is niet gehaald").
 */
export function formatShareAgainstGoal(share: number, goal: number, locale: Locale): string {
  const roundsUpToGoal = share < goal && Math.round(share * 1000) >= Math.round(goal * 1000);
  return percentWith(share, roundsUpToGoal ? 2 : 1, locale);
}

/** A coefficient such as Krippendorff's alpha, with two decimals: 0,83. */
export function formatCoefficient(value: number, locale: Locale): string {
  return (
    fixed(value, 2, locale) ??
    numberFormat(locale, 'coefficient', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
  );
}

/** A whole count with the locale's thousands separator, without Intl (see fixed): 10260 → "10.260" / "10,260". */
export function formatCount(value: number, locale: Locale): string {
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'nl' ? '.' : ',');
  return value < 0 ? `-${grouped}` : grouped;
}
