import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Locale, Text } from '../content/types';

/** Picks the current language from bilingual content data. */
export function useContentText() {
  const { locale } = useI18n();
  const current = computed(() => locale.value as Locale);
  return { tx: (text: Text): string => text[current.value], locale: current };
}
