import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { LOCALES, type Locale } from '../content/types';

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** The interface language as the app's own type; vue-i18n itself only knows it as a string. */
export function useLocale(): ComputedRef<Locale> {
  const { locale } = useI18n();
  return computed(() => (isLocale(locale.value) ? locale.value : 'nl'));
}
