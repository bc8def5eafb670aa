import { describe, expect, it } from 'vitest';
import { cacheTranslations, createAppI18n, type MessageSchema } from '../../../src/i18n';
import { fillParts, messageAt, plainParts } from '../../../src/i18n/plain-message';
import { compileMessages } from '../../../build/compile-messages';
import nl from '../../../src/i18n/locales/nl.json';
import en from '../../../src/i18n/locales/en.json';

/** Every key of a language file with its source text. */
function texts(messages: unknown, prefix = ''): [string, string][] {
  if (typeof messages === 'string') return [[prefix, messages]];
  return Object.entries(messages as Record<string, unknown>).flatMap(([k, v]) =>
    texts(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** Arguments for every placeholder a text names, so that each is filled in. */
function argumentsFor(source: string): Record<string, string | number> {
  const names = [...source.matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g)].map((m) => m[1]!);
  return Object.fromEntries(names.map((name, i) => [name, i % 2 ? i * 7 : `«${name}»`]));
}

/** The app's composer with the texts as the build ships them, and vue-i18n's own with the same texts. */
function composers() {
  const built = { nl: compileMessages(nl), en: compileMessages(en) } as Record<'nl' | 'en', MessageSchema>;
  const app = createAppI18n('nl', built).global;
  cacheTranslations(app);
  return { app, plain: createAppI18n('nl', built).global };
}

describe('texts with arguments, filled in without vue-i18n', () => {
  it('give exactly what vue-i18n gives, for every text of both languages', () => {
    const { app, plain } = composers();
    let filled = 0;
    for (const locale of ['nl', 'en'] as const) {
      app.locale.value = locale;
      plain.locale.value = locale;
      for (const [key, source] of texts(locale === 'nl' ? nl : en)) {
        const args = argumentsFor(source);
        expect(app.t(key, args), `${locale} ${key}`).toBe(plain.t(key, args));
        if (plainParts(messageAt(app.getLocaleMessage(locale), key))) filled++;
      }
    }
    // Nearly every text takes the fast path; a wrong parser would send them all to vue-i18n instead.
    expect(filled).toBeGreaterThan(0.95 * (texts(nl).length + texts(en).length));
  });

  it('leave plurals, lists and other values to vue-i18n', () => {
    const plural = compileMessages('geen | één | {n} stuks');
    expect(plainParts(plural)).toBeNull();
    expect(plainParts(compileMessages('@:app.name'))).toBeNull();
    expect(plainParts(compileMessages('{0} en {1}'))).toBeNull();
    expect(plainParts('source text, as in the dev server')).toBeNull();
    const parts = plainParts(compileMessages('{shown} van {total}'))!;
    expect(fillParts(parts, { shown: 3, total: '9' })).toBe('3 van 9');
    expect(fillParts(parts, { shown: 3 })).toBeNull();
    expect(fillParts(parts, { shown: 3, total: { n: 9 } })).toBeNull();
  });

  it('find a text loaded later, and follow a change of language', () => {
    const { app } = composers();
    const later = 'later.part.title';
    app.mergeLocaleMessage('nl', { later: { part: { title: compileMessages('Later: {name}') } } });
    expect(app.t(later, { name: 'GGZ' })).toBe('Later: GGZ');
    const dutch = app.t('workshop.invited', { name: 'GGZ' });
    app.locale.value = 'en';
    const english = app.t('workshop.invited', { name: 'GGZ' });
    expect(english).toContain('GGZ');
    expect(english).not.toBe(dutch);
  });
});
