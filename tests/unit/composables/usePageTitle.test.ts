import { afterEach, describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { VueWrapper } from '@vue/test-utils';
import { usePageTitle } from '../../../src/composables/usePageTitle';
import { setupWithI18n } from '../../support/composable';

let mounted: VueWrapper | undefined;
afterEach(() => {
  mounted?.unmount();
  document.title = '';
});

describe('usePageTitle', () => {
  it("sets the title to the view's name and the app's name", () => {
    mounted = setupWithI18n(() => usePageTitle(() => 'Resultaten')).wrapper;
    expect(document.title).toBe('Resultaten – PGA-zelfscan');
  });

  it("follows the view's title and the language", async () => {
    const name = ref('Stap 1');
    const { result, wrapper } = setupWithI18n(() => {
      usePageTitle(() => name.value);
      return useI18n();
    });
    mounted = wrapper;
    name.value = 'Stap 2';
    await nextTick();
    expect(document.title).toBe('Stap 2 – PGA-zelfscan');
    result.locale.value = 'en';
    await nextTick();
    expect(document.title).toBe('Stap 2 – PGA self-assessment');
  });
});
