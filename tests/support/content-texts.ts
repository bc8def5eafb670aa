import type { Question, Text } from '../../src/content/types';

/** Every bilingual text ({ nl, en } and nothing else) anywhere in a content structure, with a path for messages. */
export function texts(value: unknown, path = 'checklist'): [string, Text][] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('nl') && keys.includes('en')) return [[path, value as Text]];
  return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

/** Every scoring rule of a question: the ones in view, then the folded rules for special cases. */
export function scoringRules(q: Question): Text[] {
  return [...(q.rules ?? []), ...(q.doubts ?? [])];
}
