import { defineComponent, h } from 'vue';
import type { Locale } from '../../src/content/types';
import { mountInApp, mountWithI18n } from './mount';

/** A component whose setup runs `use`, as a view would, so lifecycle hooks and injections work. */
function host<T>(use: () => T, keep: (value: T) => void) {
  return defineComponent({
    setup() {
      keep(use());
      return () => h('div');
    },
  });
}

/** Runs a composable in a mounted component with the app's real i18n; unmount the wrapper to end it. */
export function setupWithI18n<T>(use: () => T, locale: Locale = 'nl') {
  const kept: T[] = [];
  const wrapper = mountWithI18n(
    host(use, (v) => kept.push(v)),
    {},
    locale,
  );
  return { result: kept[0] as T, wrapper };
}

/** Runs a composable as the app runs it: real i18n, a fresh Pinia and the app's router at `path`. */
export async function setupInApp<T>(use: () => T, path = '/', locale: Locale = 'nl') {
  const kept: T[] = [];
  const mounted = await mountInApp(
    host(use, (v) => kept.push(v)),
    path,
    {},
    locale,
  );
  return { ...mounted, result: kept[0] as T };
}
