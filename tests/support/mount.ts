import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import type { Component } from 'vue';
import { createPinia, setActivePinia } from 'pinia';
import { createAppRouter } from '../../src/router';
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

/**
 * Mounts a component as the app runs it: real i18n, a fresh Pinia and the app's own router, already at `path`,
 * so components that read a store or the route can be tested (#22 §4).
 */
export async function mountInApp<C extends Component>(
  component: C,
  path: string,
  options: ComponentMountingOptions<C> = {},
  locale: Locale = 'nl',
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter();
  await router.push(path);
  await router.isReady();
  const wrapper = mountWithI18n(
    component,
    {
      ...options,
      global: { ...(options.global ?? {}), plugins: [...(options.global?.plugins ?? []), pinia, router] },
    } as ComponentMountingOptions<C>,
    locale,
  );
  return { wrapper, router, pinia };
}
