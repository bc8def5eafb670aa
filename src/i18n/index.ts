import { createI18n } from 'vue-i18n';
import type { Locale } from '../content/types';
import nl from './locales/nl.json';
import en from './locales/en.json';

export type MessageSchema = typeof nl;

export function createAppI18n(locale: Locale) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'nl',
    messages: { nl, en },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;
