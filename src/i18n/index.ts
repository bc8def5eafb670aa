import type {} from './message-schema';
import { createI18n } from 'vue-i18n';
import type { Locale } from '../content/types';
import { loadEnglishContent } from '../content/english';
import type nl from './locales/nl.json';
import type { TextPart } from './parts';
import { fillParts, messageAt, plainParts, type PlainPart } from './plain-message';

export type MessageSchema = typeof nl;

export function createAppI18n(locale: Locale, messages: Partial<Record<Locale, MessageSchema>>) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'nl',
    messages: messages as Record<Locale, MessageSchema>,
  });
}

/** The translate function as the app calls it, without vue-i18n's many overloads. */
type Translate = (...args: unknown[]) => string;

/**
 * Keeps each fixed text (a key without arguments) once it has been put together. vue-i18n builds a message
 * context on every call, and a screen of 15 partners repeats the same labels hundreds of times: 150 ms of the
 * session's first render at Lighthouse's 4× slowdown. Texts with arguments are not kept (keyed on their
 * arguments, they made the national picture of 1,000 files a third slower); where the build made a text plain
 * parts (./plain-message.ts) they are filled in here rather than by vue-i18n, which built a new message function
 * and context on each call: an eighth of the session screen's script time. The texts of a language never change
 * once loaded; a key not found (its part not loaded yet) is not kept. Reading `locale` keeps the caller reactive
 * to a change of language, as vue-i18n itself does.
 */
export function cacheTranslations(composer: {
  t: unknown;
  locale: { value: string };
  getLocaleMessage(locale: string): unknown;
}): void {
  const translate = composer.t as Translate;
  const cache = new Map<string, string>();
  const plain = new Map<string, readonly PlainPart[] | null>();
  const partsOf = (locale: string, key: string) => {
    const id = `${locale}:${key}`;
    if (plain.has(id)) return plain.get(id) ?? null;
    const message = messageAt(composer.getLocaleMessage(locale), key);
    const parts = plainParts(message);
    // A text not loaded yet is looked up again next time.
    if (message !== undefined) plain.set(id, parts);
    return parts;
  };
  const cached: Translate = (...args) => {
    const locale = composer.locale.value;
    const [key, named] = args;
    if (typeof key !== 'string') return translate(...args);
    if (args.length === 2 && typeof named === 'object' && named !== null && !Array.isArray(named)) {
      const parts = partsOf(locale, key);
      const text = parts && fillParts(parts, named as Record<string, unknown>);
      return text ?? translate(...args);
    }
    if (args.length !== 1) return translate(...args);
    const id = `${locale}:${key}`;
    const hit = cache.get(id);
    if (hit !== undefined) return hit;
    const text = translate(...args);
    if (text !== key) cache.set(id, text);
    return text;
  };
  composer.t = cached;
}

/** Each language is its own chunk, so the start page downloads only the one in use. */
export async function loadMessages(locale: Locale): Promise<MessageSchema> {
  if (locale === 'nl') return (await import('./locales/nl.json')).default;
  // The checklist's English comes in its own chunk (src/content/english.ts): loaded with the English texts.
  const [module] = await Promise.all([import('./locales/en.json'), loadEnglishContent()]);
  return module.default;
}

/**
 * Texts that only some screens use. The build leaves them out of the start page's language chunk
 * (vite.config.ts, precompiledMessages); a route names them in `meta.texts` and they load with it. Each part
 * wanted so far, with its first load, which a second caller waits for too.
 */
const wanted = new Map<TextPart, Promise<void>>();
type PartMessages = Partial<MessageSchema>;

// Literal paths, one per part and language, so the bundler can split each into its own chunk.
const PART_LOADERS: Record<TextPart, Record<Locale, () => Promise<{ default: unknown }>>> = {
  room: { nl: () => import('./locales/nl.json?room'), en: () => import('./locales/en.json?room') },
  screens: { nl: () => import('./locales/nl.json?screens'), en: () => import('./locales/en.json?screens') },
};

async function loadPart(locale: Locale, part: TextPart): Promise<PartMessages> {
  return (await PART_LOADERS[part][locale]()).default as PartMessages;
}

/** Starts downloading a part's texts without waiting for them; loadTexts later finds them loaded. */
export function preloadTexts(locale: Locale, part: TextPart): void {
  PART_LOADERS[part][locale]().catch(() => undefined);
}

/** The part of vue-i18n's global composer that switching language needs (what useI18n() returns). */
export interface LocaleSwitch {
  availableLocales: string[];
  setLocaleMessage(locale: Locale, messages: MessageSchema): void;
  getLocaleMessage(locale: Locale): MessageSchema;
  locale: { value: string };
}

/**
 * Adds a part's texts beside those loaded. A part is whole top-level groups, so the groups are put side by side;
 * vue-i18n's mergeLocaleMessage deep-copies every text first, 14 ms for the screens' texts on a laptop.
 */
function addPart(i18n: LocaleSwitch, locale: Locale, part: PartMessages): void {
  i18n.setLocaleMessage(locale, { ...i18n.getLocaleMessage(locale), ...part });
}

/** Switches language, loading its texts first if this is the first time, with the parts loaded so far. */
export async function activateLocale(i18n: LocaleSwitch, locale: Locale): Promise<void> {
  if (!i18n.availableLocales.includes(locale)) i18n.setLocaleMessage(locale, await loadMessages(locale));
  for (const part of wanted.keys()) addPart(i18n, locale, await loadPart(locale, part));
  i18n.locale.value = locale;
}

/**
 * Loads a part's texts in the language in use, and from then on in every language switched to. The part is
 * wanted before its texts arrive: a language switch still loading its own texts then loads this part too, where
 * marking it afterwards left English screens with Dutch words when a screen opened during the switch.
 */
export function loadTexts(i18n: LocaleSwitch, part: TextPart): Promise<void> {
  const known = wanted.get(part);
  if (known) return known;
  const locale: Locale = i18n.locale.value === 'en' ? 'en' : 'nl';
  const done = loadPart(locale, part).then((texts) => addPart(i18n, locale, texts));
  wanted.set(part, done);
  return done;
}
