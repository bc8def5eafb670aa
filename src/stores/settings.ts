import { defineStore } from 'pinia';
import type { Locale } from '../content/types';
import { appStorage } from '../storage/context';
import {
  readHideDistribution,
  readLocale,
  readLogo,
  readRoomAddress,
  writeHideDistribution,
  writeLocale,
  writeLogo,
  writeRoomAddress,
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
    /** The hosted app's address that phones in the room open; set once, kept in this browser. */
    roomAddress: readRoomAddress(appStorage()),
  }),
  actions: {
    setHideDistribution(hide: boolean) {
      this.hideDistribution = hide;
      writeHideDistribution(appStorage(), hide);
    },
    setRoomAddress(address: string) {
      this.roomAddress = address;
      writeRoomAddress(appStorage(), address);
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
