import type { Level, Text } from './types';

/** Shorthand for bilingual content: Dutch first, English second. */
export function t(nl: string, en: string): Text {
  return { nl, en };
}

/** A rubric from five [nl, en] pairs, level 1 first. */
export function rubric(...levels: [Text, Text, Text, Text, Text]): Record<Level, Text> {
  const [l1, l2, l3, l4, l5] = levels;
  return { 1: l1, 2: l2, 3: l3, 4: l4, 5: l5 };
}
