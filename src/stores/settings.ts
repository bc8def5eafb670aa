import { defineStore } from 'pinia';
import type { Locale } from '../content/types';
import { appStorage } from '../storage/context';
import { readLocale, readLogo, writeLocale, writeLogo } from '../storage/settings';

export const useSettingsStore = defineStore('settings', {
  state: () => ({
    locale: readLocale(appStorage()) ?? ('nl' as Locale),
    /** The municipality's logo for the PDF cover, kept in this browser for every scan. */
    logo: readLogo(appStorage()),
  }),
  actions: {
    setLocale(locale: Locale) {
      this.locale = locale;
      writeLocale(appStorage(), locale);
    },
    setLogo(dataUrl: string | null) {
      this.logo = dataUrl;
      writeLogo(appStorage(), dataUrl);
    },
  },
});
