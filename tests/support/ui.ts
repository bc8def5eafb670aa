/**
 * Interface texts for the browser tests, read from the locale files, so that a wording change is one edit in
 * nl.json (or en.json) and no test edit. `nl('home.newScan')` is the text as the app shows it; a key that
 * does not exist is a compile error, and at run time (a key built from a string) it throws.
 */
import enMessages from '../../src/i18n/locales/en.json';
import nlMessages from '../../src/i18n/locales/nl.json';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A dotted key of a text in nl.json, e.g. 'save.saved'. */
export type UiKey = Leaves<typeof nlMessages>;
export type UiParams = Record<string, string | number>;

const LOCALES = { nl: nlMessages, en: enMessages } as const;
const PLACEHOLDER = /\{(\w+)\}/g;

/** The raw message for a dotted key; throws when the key does not lead to a text. */
export function message(locale: keyof typeof LOCALES, key: string): string {
  let node: unknown = LOCALES[locale];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`No text '${key}' in ${locale}.json`);
  return node;
}

/** vue-i18n's default choice among `a | b` (one, other) and `a | b | c` (none, one, other). */
export function pluralForm(text: string, key: string, count: number | undefined): string {
  const forms = text.split(/\s*\|\s*/);
  if (forms.length === 1) return text;
  if (count === undefined) throw new Error(`'${key}' has plural forms: give a count`);
  const n = Math.abs(count);
  const index = forms.length === 2 ? (n === 1 ? 0 : 1) : Math.min(n, 2);
  return forms[index]!;
}

function fill(locale: keyof typeof LOCALES, key: string, params: UiParams, count?: number): string {
  const choice = count ?? (params.n as number | undefined) ?? (params.count as number | undefined);
  const text = pluralForm(message(locale, key), key, choice);
  const named: UiParams = choice === undefined ? params : { n: choice, count: choice, ...params };
  return text.replace(PLACEHOLDER, (_, name: string) => {
    if (!(name in named)) throw new Error(`'${key}' needs {${name}}`);
    return String(named[name]);
  });
}

/** The Dutch text for `key`, placeholders filled from `params`; `count` chooses a plural form (default params.n). */
export function nl(key: UiKey, params: UiParams = {}, count?: number): string {
  return fill('nl', key, params, count);
}

/** The English text for `key` (en.json has the same keys as nl.json). */
export function en(key: UiKey, params: UiParams = {}, count?: number): string {
  return fill('en', key, params, count);
}

/** The text for `key` in `locale`, for a test that runs in both languages. */
export function ui(locale: keyof typeof LOCALES, key: UiKey, params: UiParams = {}, count?: number): string {
  return fill(locale, key, params, count);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** For a pattern: a placeholder's value, or a RegExp for the values it may take. */
export type UiPatternParams = Record<string, string | number | RegExp>;

function pattern(locale: keyof typeof LOCALES, key: string, params: UiPatternParams, count?: number): RegExp {
  const raw = message(locale, key);
  const choice = count ?? (typeof params.n === 'number' ? params.n : undefined);
  const forms = choice === undefined ? raw.split(/\s*\|\s*/) : [pluralForm(raw, key, choice)];
  const source = forms.map((form) =>
    form
      .split(PLACEHOLDER)
      .map((piece, i) => {
        if (i % 2 === 0) return escape(piece);
        const value = params[piece];
        if (value === undefined) return '[\\s\\S]+?';
        return value instanceof RegExp ? `(?:${value.source})` : escape(String(value));
      })
      .join(''),
  );
  return new RegExp(source.length === 1 ? source[0]! : `(?:${source.join('|')})`);
}

/**
 * A pattern that finds the text for `key` inside a longer text: placeholders given in `params` are matched
 * literally (or by the RegExp given), the others match any text; without a count, any plural form matches.
 * Its `.source` builds a larger pattern, e.g. `new RegExp(`^${nlPattern('storage.persistent').source} · `)`.
 */
export function nlPattern(key: UiKey, params: UiPatternParams = {}, count?: number): RegExp {
  return pattern('nl', key, params, count);
}

export function enPattern(key: UiKey, params: UiPatternParams = {}, count?: number): RegExp {
  return pattern('en', key, params, count);
}
