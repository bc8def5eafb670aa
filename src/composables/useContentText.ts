import type { Text } from '../content/types';
import { useLocale } from './useLocale';

/** Picks the current language from bilingual content data. */
export function useContentText() {
  const locale = useLocale();
  const tx = (text: Text): string => text[locale.value];
  // A long summary is written as paragraphs, separated by a blank line (reading 83: 322 words in one block).
  const paragraphs = (text: Text): string[] => tx(text).split('\n\n');
  return { tx, paragraphs, locale };
}
