import type {} from './message-schema';
import { createI18n } from 'vue-i18n';
import type { Locale } from '../content/types';
import type nl from './locales/nl.json';

export type MessageSchema = typeof nl;

export function createAppI18n(locale: Locale, messages: Partial<Record<Locale, MessageSchema>>) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'nl',
    messages: messages as Record<Locale, MessageSchema>,
  });
}

/** Each language is its own chunk, so the start page downloads only the one in use. */
export async function loadMessages(locale: Locale): Promise<MessageSchema> {
  const module = locale === 'en' ? await import('./locales/en.json') : await import('./locales/nl.json');
  return module.default;
}

/** The part of vue-i18n's global composer that switching language needs (what useI18n() returns). */
export interface LocaleSwitch {
  availableLocales: string[];
  setLocaleMessage(locale: Locale, messages: MessageSchema): void;
  locale: { value: string };
}

/** Switches language, loading its texts first if this is the first time. */
export async function activateLocale(i18n: LocaleSwitch, locale: Locale): Promise<void> {
  if (!i18n.availableLocales.includes(locale)) i18n.setLocaleMessage(locale, await loadMessages(locale));
  i18n.locale.value = locale;
}
