import { defineStore } from 'pinia';
import type { Locale } from '../content/types';
import { appStorage } from '../storage/context';
import { readLocale, writeLocale } from '../storage/settings';

export const useSettingsStore = defineStore('settings', {
  state: () => ({ locale: readLocale(appStorage()) ?? ('nl' as Locale) }),
  actions: {
    setLocale(locale: Locale) {
      this.locale = locale;
      writeLocale(appStorage(), locale);
    },
  },
});
