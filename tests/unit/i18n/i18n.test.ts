import { describe, expect, it } from 'vitest';
import nl from '../../../src/i18n/locales/nl.json';
import en from '../../../src/i18n/locales/en.json';

function leaves(obj: unknown, prefix = ''): Record<string, string> {
  if (typeof obj === 'string') return { [prefix]: obj };
  return Object.entries(obj as Record<string, unknown>).reduce<Record<string, string>>(
    (acc, [k, v]) => ({ ...acc, ...leaves(v, prefix ? `${prefix}.${k}` : k) }),
    {},
  );
}

describe('locale files', () => {
  const nlLeaves = leaves(nl);
  const enLeaves = leaves(en);

  it('have the same keys', () => {
    expect(Object.keys(enLeaves).sort()).toEqual(Object.keys(nlLeaves).sort());
  });

  it('have no empty texts', () => {
    for (const [key, value] of Object.entries({ ...nlLeaves, ...enLeaves }))
      expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nlLeaves))
      expect(names(enLeaves[key] ?? ''), key).toEqual(names(nlLeaves[key] ?? ''));
  });
});
