import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { defineComponent, h, nextTick, ref } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import RenderErrorNotice from '../../../src/components/common/RenderErrorNotice.vue';
import { reportRenderError, useRenderError } from '../../../src/composables/renderError';
import { mountWithI18n } from '../../support/mount';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  broken.value = false;
  wrapper?.unmount();
  useRenderError().dismiss();
});

// Breaks on its next render, not on mount: test-utils rethrows errors during mount itself.
const broken = ref(false);
// eslint-disable-next-line vue/one-component-per-file -- a test harness, not app components
const Broken = defineComponent({
  setup() {
    return () => {
      if (broken.value) throw new Error('kapot');
      return h('p', 'Inhoud');
    };
  },
});

/** The app's shell in small: the notice beside a region that fails to render, with main.ts's handler. */
// eslint-disable-next-line vue/one-component-per-file -- a test harness, not app components
const Shell = defineComponent({ setup: () => () => [h(RenderErrorNotice), h(Broken)] });

describe('render errors', () => {
  it('shows a message in the user language instead of a blank region, and can be closed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pinia = createPinia();
    setActivePinia(pinia);
    wrapper = mountWithI18n(Shell, {
      global: { plugins: [pinia], config: { errorHandler: reportRenderError } },
    });
    expect(wrapper.find('[data-render-error]').exists()).toBe(false);
    broken.value = true;
    await nextTick();
    await nextTick();
    const notice = wrapper.find('[data-render-error]');
    expect(notice.attributes('role')).toBe('alert');
    expect(notice.text()).toContain('Dit scherm kon niet worden getoond');
    expect(warn).toHaveBeenCalledWith('PGA-zelfscan: a screen failed to render', expect.any(Error));
    await notice.findAll('button').at(-1)?.trigger('click');
    expect(wrapper.find('[data-render-error]').exists()).toBe(false);
  });
});
