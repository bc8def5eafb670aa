import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { useI18n } from 'vue-i18n';
import type { VueWrapper } from '@vue/test-utils';
import { useLocale } from '../../../src/composables/useLocale';
import { setupWithI18n } from '../../support/composable';

let mounted: VueWrapper | undefined;
afterEach(() => mounted?.unmount());

function run(locale: 'nl' | 'en' = 'nl') {
  const { result, wrapper } = setupWithI18n(() => ({ locale: useLocale(), i18n: useI18n() }), locale);
  mounted = wrapper;
  return result;
}

describe('useLocale', () => {
  it('is the interface language, nl or en', () => {
    expect(run('nl').locale.value).toBe('nl');
    mounted?.unmount();
    expect(run('en').locale.value).toBe('en');
  });

  it('follows a switch of language', async () => {
    const { locale, i18n } = run('nl');
    i18n.locale.value = 'en';
    await nextTick();
    expect(locale.value).toBe('en');
    i18n.locale.value = 'nl';
    await nextTick();
    expect(locale.value).toBe('nl');
  });

  it('reads a language the app does not have as nl', async () => {
    const { locale, i18n } = run('en');
    i18n.locale.value = 'de';
    await nextTick();
    expect(locale.value).toBe('nl');
  });
});
