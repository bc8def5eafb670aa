import { describe, expect, it, vi } from 'vitest';
import { computed } from 'vue';
import { cacheTranslations, createAppI18n } from '../../../src/i18n';
import nl from '../../../src/i18n/locales/nl.json';
import en from '../../../src/i18n/locales/en.json';

function appI18n() {
  // A copy: vue-i18n merges later texts into the object it is given, and other tests import the same one.
  const i18n = createAppI18n('nl', { nl: structuredClone(nl) });
  const plain = createAppI18n('nl', { nl, en });
  cacheTranslations(i18n.global);
  return { global: i18n.global, plain: plain.global };
}

describe('cached translations', () => {
  it('give the same texts as vue-i18n, with and without arguments, twice over', () => {
    const { global, plain } = appI18n();
    for (let round = 0; round < 2; round++) {
      expect(global.t('results.title')).toBe(plain.t('results.title'));
      expect(global.t('workshop.invited', { name: 'GGZ' })).toBe(
        plain.t('workshop.invited', { name: 'GGZ' }),
      );
      expect(global.t('workshop.invited', { name: 'Politie' })).toBe(
        plain.t('workshop.invited', { name: 'Politie' }),
      );
    }
  });

  it('follow a change of language, and a screen that shows them follows too', () => {
    const { global } = appI18n();
    const title = computed(() => global.t('results.title'));
    expect(title.value).toBe(nl.results.title);
    global.setLocaleMessage('en', en);
    global.locale.value = 'en';
    expect(title.value).toBe(en.results.title);
  });

  it('do not keep a key that was missing, so texts loaded later are found', () => {
    const { global } = appI18n();
    const missing = 'later.part.title';
    // vue-i18n says so on the console, as it should for a key that is not there yet.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(global.t(missing)).toBe(missing);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(missing));
    global.mergeLocaleMessage('nl', { later: { part: { title: 'Later geladen' } } });
    expect(global.t(missing)).toBe('Later geladen');
  });
});
