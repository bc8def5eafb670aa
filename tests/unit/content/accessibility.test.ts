import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WCAG_CRITERIA } from '../../../src/content/accessibility';
import { accessibilityDoc } from '../../support/accessibility-doc';

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const tokens = Object.fromEntries(
  [...readFileSync('src/styles/tokens.css', 'utf8').matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map(
    (m) => [m[1]!, m[2]!],
  ),
);
const chart = readFileSync('src/charts/chart-config.ts', 'utf8');
const chartColour = (kind: string) =>
  chart.match(new RegExp(`${kind}: \\{ color: '(#[0-9A-Fa-f]{6})'`))?.[1] ?? '';

describe('the accessibility statement', () => {
  it('covers all 50 success criteria of WCAG 2.1 A and AA, once each, with how and how checked', () => {
    expect(WCAG_CRITERIA).toHaveLength(50);
    expect(new Set(WCAG_CRITERIA.map((c) => c.id)).size).toBe(50);
    expect(WCAG_CRITERIA.filter((c) => c.level === 'A')).toHaveLength(30);
    for (const c of WCAG_CRITERIA)
      for (const text of [c.how, c.check]) expect(text.nl && text.en, c.id).toBeTruthy();
  });

  it('is the same in docs/accessibility.md as in the app', () => {
    expect(readFileSync('docs/accessibility.md', 'utf8')).toBe(accessibilityDoc());
  });
});

describe('colour contrast, computed (WCAG 1.4.3 and 1.4.11)', () => {
  it('computes the textbook ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('gives text at least 4.5:1 on white and on the light surfaces', () => {
    for (const text of ['color-text', 'color-muted', 'color-primary', 'color-error', 'color-success'])
      for (const bg of ['color-bg', 'color-surface', 'color-primary-tint'])
        expect(contrast(tokens[text]!, tokens[bg]!), `${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tokens['color-text']!, tokens['color-warning-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tokens['color-text']!, tokens['color-error-bg']!)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives borders, the focus outline and chart lines at least 3:1 against white', () => {
    for (const c of ['color-border', 'color-focus', 'color-warning-border', 'color-primary'])
      expect(contrast(tokens[c]!, '#ffffff'), c).toBeGreaterThanOrEqual(3);
    expect(contrast(tokens['color-focus-on-dark']!, tokens['color-primary']!)).toBeGreaterThanOrEqual(3);
    for (const kind of ['current', 'target', 'baseline'])
      expect(contrast(chartColour(kind), '#ffffff'), kind).toBeGreaterThanOrEqual(3);
  });
});
