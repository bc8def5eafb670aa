import { describe, expect, it } from 'vitest';
import { formatCoefficient, formatPercent, formatScore } from '../../../src/i18n/format';

// Scores, shares and coefficients are written without Intl (format.ts says why); they must read exactly as
// Intl writes them, rounding included, in both languages.
describe.each([
  ['nl', 'nl-NL'],
  ['en', 'en-GB'],
] as const)('numbers in %s', (locale, tag) => {
  const one = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
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
});
