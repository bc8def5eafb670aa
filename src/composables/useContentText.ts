import type { Text } from '../content/types';
import { useLocale } from './useLocale';

/** Picks the current language from bilingual content data. */
export function useContentText() {
  const locale = useLocale();
  return { tx: (text: Text): string => text[locale.value], locale };
}
