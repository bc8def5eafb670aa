import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Locale, Text } from '../content/types';

/** Picks the current language from bilingual content data. */
export function useContentText() {
  const { locale } = useI18n();
  const current = computed(() => locale.value as Locale);
  return { tx: (text: Text): string => text[current.value], locale: current };
}

export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(date);
}

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeStyle: 'short' }).format(
    new Date(iso),
  );
}
