import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { useI18n } from 'vue-i18n';
import type { VueWrapper } from '@vue/test-utils';
import { useContentText } from '../../../src/composables/useContentText';
import { setupWithI18n } from '../../support/composable';

let mounted: VueWrapper | undefined;
afterEach(() => mounted?.unmount());

const TEXT = { nl: 'Aandachtspunt', en: 'Attention point' };

describe('useContentText', () => {
  it('picks the text of the interface language, and follows a switch', async () => {
    const { result, wrapper } = setupWithI18n(() => ({ ...useContentText(), i18n: useI18n() }), 'nl');
    mounted = wrapper;
    expect(result.tx(TEXT)).toBe('Aandachtspunt');
    expect(result.locale.value).toBe('nl');
    result.i18n.locale.value = 'en';
    await nextTick();
    expect(result.tx(TEXT)).toBe('Attention point');
    expect(result.locale.value).toBe('en');
  });
});
