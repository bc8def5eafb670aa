import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { useScoreText } from '../../../src/composables/useScoreText';
import type { Score } from '../../../src/domain/scoring';
import { setupWithI18n } from '../../support/composable';

let mounted: VueWrapper | undefined;
afterEach(() => mounted?.unmount());

function words(locale: 'nl' | 'en') {
  const { result, wrapper } = setupWithI18n(() => useScoreText(), locale);
  mounted = wrapper;
  return result;
}

const score = (s: Partial<Score>): Score => ({
  value: 3,
  answered: 6,
  scored: 6,
  unknown: 0,
  na: 0,
  total: 10,
  provisional: false,
  ...s,
});

describe('useScoreText', () => {
  it('writes a score with one decimal in the language, and a dash for none', () => {
    expect(words('nl').score(3.25)).toBe('3,3');
    mounted?.unmount();
    const en = words('en');
    expect(en.score(3.25)).toBe('3.3');
    expect(en.score(null)).toBe('–');
  });

  it('writes a level with its name, and a dash for none', () => {
    const nl = words('nl');
    expect(nl.level(4)).toBe('4 Vastgelegd en toegepast');
    expect(nl.level(null)).toBe('–');
    expect(nl.level(undefined)).toBe('–');
  });

  it('writes an answer as a level or as weet niet / n.v.t.', () => {
    const nl = words('nl');
    expect(nl.answer(2)).toBe('2 Ad hoc');
    expect(nl.answer('unknown')).toBe('Weet niet');
    expect(nl.answer('na')).toBe('N.v.t.');
  });

  it('writes coverage with weet niet and n.v.t. only when there are any', () => {
    const nl = words('nl');
    expect(nl.coverage(score({}))).toBe('6 van 10 beantwoord');
    expect(nl.coverage(score({ unknown: 2, na: 1 }))).toBe('6 van 10 beantwoord (2 weet niet, 1 n.v.t.)');
  });

  it('writes a change by its direction, with the signed delta where there is one', () => {
    const nl = words('nl');
    expect(nl.change({ current: 4, previous: 3.5, delta: 0.5, direction: 'up' })).toBe('gestegen (+0,5)');
    expect(nl.change({ current: 2, previous: 3, delta: -1, direction: 'down' })).toBe('gedaald (−1,0)');
    expect(nl.change({ current: 3, previous: 3, delta: 0, direction: 'same' })).toBe('gelijk');
    expect(nl.change({ current: 3, previous: null, delta: null, direction: 'new' })).toBe('nieuw gescoord');
    expect(nl.change(undefined)).toBe('');
  });

  it('passes an empty delta to a change without one', () => {
    // 'up' shows its delta; with none, the brackets stay empty rather than reading "null".
    expect(words('en').change({ current: 4, previous: null, delta: null, direction: 'up' })).toBe('up ()');
  });

  it('writes a delta signed, in the language, and a dash for none', () => {
    const en = words('en');
    expect(en.delta(0.5)).toBe('+0.5');
    expect(en.delta(-1.25)).toBe('−1.3');
    expect(en.delta(0)).toBe('+0.0');
    expect(en.delta(null)).toBe('–');
  });
});
