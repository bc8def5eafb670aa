import type { Locale } from '../content/types';

/**
 * Month names as Intl writes them for nl-NL and en-GB (CLDR), for dates written without Intl: format.ts says
 * why. The unit test holds them to Intl's own output.
 */
export const MONTHS: Record<Locale, { long: readonly string[]; short: readonly string[] }> = {
  nl: {
    long: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    short: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
  en: {
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
};

/**
 * How many days ago, as Intl.RelativeTimeFormat writes it with `numeric: 'auto'` (CLDR): the named days first,
 * then a count. The count is never 1 (that day has a name), so only the plural form is needed.
 */
export const DAYS_AGO: Record<Locale, { named: readonly string[]; count: (n: string) => string }> = {
  nl: { named: ['vandaag', 'gisteren', 'eergisteren'], count: (n) => `${n} dagen geleden` },
  en: { named: ['today', 'yesterday'], count: (n) => `${n} days ago` },
};

/** The short names of sizes, the same in both languages (CLDR). */
export const BYTE_UNITS = ['byte', 'kB', 'MB', 'GB'] as const;
