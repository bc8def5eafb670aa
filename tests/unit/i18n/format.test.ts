import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCoefficient,
  formatCount,
  formatDate,
  formatDateShort,
  formatDateTime,
  formatDaysAgo,
  formatPercent,
  formatShareAgainstGoal,
  formatScore,
  formatTime,
} from '../../../src/i18n/format';

// Scores, shares and coefficients are written without Intl (format.ts says why); they must read exactly as
// Intl writes them, rounding included, in both languages.
describe.each([
  ['nl', 'nl-NL'],
  ['en', 'en-GB'],
] as const)('numbers in %s', (locale, tag) => {
  const one = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const tenth = new Intl.NumberFormat(tag, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  // Every step of 0.0025 between −5 and 5, and values that sit on a rounding edge in binary.
  const values = [
    ...Array.from({ length: 4001 }, (_, i) => (i - 2000) / 400),
    1.005,
    2.45,
    0.15,
    4.35,
    4.55,
    0.125,
    0.005,
    1 / 3,
    2 / 3,
    7 / 3,
    0.935,
    -0.04,
  ];

  it('writes a score as Intl does', () => {
    for (const v of values) expect(formatScore(v, locale)).toBe(one.format(v));
    expect(formatScore(null, locale)).toBe('–');
  });

  it('writes a coefficient as Intl does', () => {
    for (const v of values) expect(formatCoefficient(v, locale)).toBe(two.format(v));
  });

  it('writes a share as Intl does, also above a thousand per cent', () => {
    for (const v of [...values, 12.5, 99.99]) expect(formatPercent(v, locale)).toBe(percent.format(v));
  });

  it('writes a measured share with one decimal as Intl does, so 89.8% never reads as the 90% goal', () => {
    // A goal of 0 is never missed, so every share keeps one decimal.
    for (const v of [...values, 12.5, 99.99])
      expect(formatShareAgainstGoal(v, 0, locale)).toBe(tenth.format(v));
    expect(formatShareAgainstGoal(493 / 549, 0.9, locale)).toBe(locale === 'nl' ? '89,8%' : '89.8%');
  });

  it('keeps two decimals where one would show a missed goal as met (round 204: 494 of 549)', () => {
    expect(formatShareAgainstGoal(494 / 549, 0.9, locale)).toBe(locale === 'nl' ? '89,98%' : '89.98%');
    expect(formatShareAgainstGoal(493 / 549, 0.9, locale)).toBe(locale === 'nl' ? '89,8%' : '89.8%');
    expect(formatShareAgainstGoal(0.9, 0.9, locale)).toBe(locale === 'nl' ? '90,0%' : '90.0%');
    expect(formatShareAgainstGoal(0.9123, 0.9, locale)).toBe(locale === 'nl' ? '91,2%' : '91.2%');
  });
});

describe.each([
  ['nl', 'nl-NL'],
  ['en', 'en-GB'],
] as const)('dates in %s', (locale, tag) => {
  const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options);
  // Every day of two years at a time that varies, including a leap day and both changes of summer time.
  const days = Array.from({ length: 731 }, (_, i) => new Date(2027, 0, 1 + i, (i * 7) % 24, (i * 13) % 60));

  it('writes dates and times as Intl does', () => {
    for (const d of days) {
      const iso = d.toISOString();
      expect(formatDate(iso, locale)).toBe(intl({ dateStyle: 'long' }).format(d));
      expect(formatDateShort(iso, locale)).toBe(intl({ dateStyle: 'medium' }).format(d));
      expect(formatDateTime(iso, locale)).toBe(intl({ dateStyle: 'medium', timeStyle: 'short' }).format(d));
      expect(formatTime(iso)).toBe(intl({ timeStyle: 'short' }).format(d));
    }
  });

  it('gives back what is not a date unchanged', () => {
    for (const f of [formatDate, formatDateShort, formatDateTime])
      expect(f('gisteren', locale)).toBe('gisteren');
    expect(formatTime('straks')).toBe('straks');
  });
});

describe.each([
  ['nl', 'nl-NL'],
  ['en', 'en-GB'],
] as const)('days ago and sizes in %s', (locale, tag) => {
  it('says how many days ago as Intl does', () => {
    const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
    for (const days of [...Array.from({ length: 1200 }, (_, i) => i), -1, 2.5])
      expect(formatDaysAgo(days, locale)).toBe(relative.format(-days, 'day'));
  });

  it('writes a size as Intl does', () => {
    const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
    const sizes = [0, 1, 999, 1000, 1049, 1050, 12_345, 999_949, 999_950, 1_000_000, 2.5e9, 7.3e12];
    for (const bytes of [...sizes, ...Array.from({ length: 500 }, (_, i) => i * 7919 + i ** 3)]) {
      let value = bytes;
      let unit = 0;
      while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit += 1;
      }
      const intl = new Intl.NumberFormat(tag, {
        style: 'unit',
        unit: units[unit],
        unitDisplay: 'short',
        maximumFractionDigits: unit === 0 ? 0 : 1,
      });
      expect(formatBytes(bytes, locale)).toBe(intl.format(value));
    }
  });

  it('writes a count with the thousands separator of each language', () => {
    expect(formatCount(10260, 'nl')).toBe('10.260');
    expect(formatCount(10260, 'en')).toBe('10,260');
    expect(formatCount(540, 'nl')).toBe('540');
    for (const [locale, tag] of [
      ['nl', 'nl-NL'],
      ['en', 'en-GB'],
    ] as const) {
      const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
      for (const n of [0, 7, 999, 1000, 1260, 11880, 123456, 1234567])
        expect(formatCount(n, locale)).toBe(intl.format(n));
    }
  });
});
