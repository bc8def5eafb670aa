import { defineStore } from 'pinia';
import { ref } from 'vue';
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

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(readLocale(appStorage()) ?? DEFAULT_LOCALE);
  /** The municipality's logo for the PDF cover, kept in this browser for every scan. */
  const logo = ref<string | null>(readLogo(appStorage()));
  /** The presentation hides the partners' distribution until the room has scored; kept over a reload. */
  const hideDistribution = ref(readHideDistribution(appStorage()));
  /** The hosted app's address that phones in the room open; set once, kept in this browser. */
  const roomAddress = ref(readRoomAddress(appStorage()));

  return {
    locale,
    logo,
    hideDistribution,
    roomAddress,
    setHideDistribution(hide: boolean) {
      hideDistribution.value = hide;
      writeHideDistribution(appStorage(), hide);
    },
    setRoomAddress(address: string) {
      roomAddress.value = address;
      writeRoomAddress(appStorage(), address);
    },
    setLocale(next: Locale) {
      locale.value = next;
      writeLocale(appStorage(), next);
    },
    /** The logo stays in use for this session either way; the result says whether it was kept. */
    setLogo(dataUrl: string | null): WriteResult {
      logo.value = dataUrl;
      return writeLogo(appStorage(), dataUrl);
    },
  };
});
