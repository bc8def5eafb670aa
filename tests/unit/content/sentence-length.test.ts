import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { GLOSSARY } from '../../../src/content/glossary';
import { READING_STEPS, READING_TERMS, STEP_RULES } from '../../../src/content/reading-rule';
import { READING_CASES } from '../../../src/content/reading-cases';
import { NON_LEVEL_DESCRIPTIONS, SCALE } from '../../../src/content/scale';
import { LOCALES, type Text } from '../../../src/content/types';
import { sentences, words } from '../../support/language';

/** Every text in both languages found anywhere in a content structure. */
function textsIn(value: unknown, out: Text[] = []): Text[] {
  if (Array.isArray(value)) for (const v of value) textsIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.nl === 'string' && typeof o.en === 'string') out.push({ nl: o.nl, en: o.en });
    else for (const v of Object.values(o)) textsIn(v, out);
  }
  return out;
}

describe('sentence length in the checklist content', () => {
  it('has no sentence over 25 words in either language (readings 96 and 97 counted long sentences against B1)', () => {
    // The questions have their own, stricter limit; this holds every other text, from summaries to the glossary.
    const all = textsIn([
      CHECKLIST,
      GLOSSARY,
      READING_STEPS,
      READING_TERMS,
      READING_CASES,
      STEP_RULES,
      SCALE,
      NON_LEVEL_DESCRIPTIONS,
    ]);
    expect(all.length).toBeGreaterThan(1000);
    const long = LOCALES.flatMap((l) =>
      all.flatMap((t) => sentences(t[l]).filter((s) => words(s).length > 25)),
    );
    expect(long).toEqual([]);
  });
});
