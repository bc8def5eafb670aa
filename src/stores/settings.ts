import { defineStore } from 'pinia';
import type { Locale } from '../content/types';
import { appStorage } from '../storage/context';
import {
  readHideDistribution,
  readLocale,
  readLogo,
  writeHideDistribution,
  writeLocale,
  writeLogo,
} from '../storage/settings';
import type { WriteResult } from '../storage/browser-storage';

const DEFAULT_LOCALE: Locale = 'nl';

export const useSettingsStore = defineStore('settings', {
  state: () => ({
    locale: readLocale(appStorage()) ?? DEFAULT_LOCALE,
    /** The municipality's logo for the PDF cover, kept in this browser for every scan. */
    logo: readLogo(appStorage()),
    /** The presentation hides the partners' distribution until the room has scored; kept over a reload. */
    hideDistribution: readHideDistribution(appStorage()),
  }),
  actions: {
    setHideDistribution(hide: boolean) {
      this.hideDistribution = hide;
      writeHideDistribution(appStorage(), hide);
    },
    setLocale(locale: Locale) {
      this.locale = locale;
      writeLocale(appStorage(), locale);
    },
    /** The logo stays in use for this session either way; the result says whether it was kept. */
    setLogo(dataUrl: string | null): WriteResult {
      this.logo = dataUrl;
      return writeLogo(appStorage(), dataUrl);
    },
  },
});
