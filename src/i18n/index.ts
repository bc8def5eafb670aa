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

/**
 * Texts that only some screens use. The build leaves them out of the start page's language chunk
 * (vite.config.ts, precompiledMessages); a route names them in `meta.texts` and they load with it.
 */
export type TextPart = 'room';
const wanted = new Set<TextPart>();

async function loadPart(locale: Locale): Promise<Pick<MessageSchema, TextPart>> {
  const module =
    locale === 'en' ? await import('./locales/en.json?room') : await import('./locales/nl.json?room');
  return module.default;
}

/** The part of vue-i18n's global composer that switching language needs (what useI18n() returns). */
export interface LocaleSwitch {
  availableLocales: string[];
  setLocaleMessage(locale: Locale, messages: MessageSchema): void;
  mergeLocaleMessage(locale: Locale, messages: Pick<MessageSchema, TextPart>): void;
  locale: { value: string };
}

/** Switches language, loading its texts first if this is the first time, with the parts loaded so far. */
export async function activateLocale(i18n: LocaleSwitch, locale: Locale): Promise<void> {
  if (!i18n.availableLocales.includes(locale)) i18n.setLocaleMessage(locale, await loadMessages(locale));
  if (wanted.size > 0) i18n.mergeLocaleMessage(locale, await loadPart(locale));
  i18n.locale.value = locale;
}

/** Loads a part's texts in the language in use, and from then on in every language switched to. */
export async function loadTexts(i18n: LocaleSwitch, part: TextPart): Promise<void> {
  if (wanted.has(part)) return;
  const locale: Locale = i18n.locale.value === 'en' ? 'en' : 'nl';
  i18n.mergeLocaleMessage(locale, await loadPart(locale));
  wanted.add(part);
}
