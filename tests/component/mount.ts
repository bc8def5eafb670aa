import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import type { Component } from 'vue';
import { createAppI18n } from '../../src/i18n';
import nl from '../../src/i18n/locales/nl.json';
import en from '../../src/i18n/locales/en.json';
import type { Locale } from '../../src/content/types';

/** Mounts a component with the app's real i18n, attached to the document so focus can be checked. */
export function mountWithI18n<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {},
  locale: Locale = 'nl',
) {
  return mount(component, {
    ...options,
    attachTo: document.body,
    global: {
      ...(options.global ?? {}),
      plugins: [...(options.global?.plugins ?? []), createAppI18n(locale, { nl, en })],
    },
  } as ComponentMountingOptions<C>);
}
