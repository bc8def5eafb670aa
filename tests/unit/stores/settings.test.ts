import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { configureStorage } from '../../../src/storage/context';
import { useSettingsStore } from '../../../src/stores/settings';
import { MemoryStorage } from '../../support/memory-storage';
import { HIDE_DISTRIBUTION_KEY, LOCALE_KEY, LOGO_KEY, ROOM_ADDRESS_KEY } from '../../support/storage-keys';

const LOGO = 'data:image/jpeg;base64,/9j/AAAA';
let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage(storage);
  setActivePinia(createPinia());
});
/** The store as a new visit finds it: a fresh Pinia over the same browser storage. */
function nextVisit() {
  setActivePinia(createPinia());
  return useSettingsStore();
}

describe('settings: a first visit', () => {
  it('starts in Dutch, without a logo, showing the spread, without a room address', () => {
    const settings = useSettingsStore();
    expect(settings.locale).toBe('nl');
    expect(settings.logo).toBeNull();
    expect(settings.hideDistribution).toBe(false);
    expect(settings.roomAddress).toBe('');
  });

  it('works the same where the browser keeps nothing', () => {
    configureStorage(null);
    const settings = nextVisit();
    expect([settings.locale, settings.logo, settings.hideDistribution, settings.roomAddress]).toEqual([
      'nl',
      null,
      false,
      '',
    ]);
    settings.setLocale('en');
    settings.setHideDistribution(true);
    settings.setRoomAddress('https://x.example/');
    expect([settings.locale, settings.hideDistribution, settings.roomAddress]).toEqual([
      'en',
      true,
      'https://x.example/',
    ]);
  });
});

describe('settings: what is kept for the next visit', () => {
  it('the language', () => {
    useSettingsStore().setLocale('en');
    expect(useSettingsStore().locale).toBe('en');
    expect(storage.getItem(LOCALE_KEY)).toBe('en');
    expect(nextVisit().locale).toBe('en');
    nextVisit().setLocale('nl');
    expect(nextVisit().locale).toBe('nl');
  });

  it('reads an unknown stored language as Dutch', () => {
    storage.setItem(LOCALE_KEY, 'de');
    expect(nextVisit().locale).toBe('nl');
  });

  it('the logo, and its removal', () => {
    expect(useSettingsStore().setLogo(LOGO)).toEqual({ ok: true });
    expect(useSettingsStore().logo).toBe(LOGO);
    expect(storage.getItem(LOGO_KEY)).toBe(LOGO);
    expect(nextVisit().logo).toBe(LOGO);
    expect(nextVisit().setLogo(null)).toEqual({ ok: true });
    expect(storage.getItem(LOGO_KEY)).toBeNull();
    expect(nextVisit().logo).toBeNull();
  });

  it('the logo stays in use for this visit when the browser will not keep it', () => {
    storage.full = true;
    const settings = useSettingsStore();
    expect(settings.setLogo(LOGO)).toEqual({ ok: false, reason: 'quota' });
    expect(settings.logo).toBe(LOGO);
    expect(nextVisit().logo).toBeNull();
  });

  it('hiding the spread, and showing it again', () => {
    useSettingsStore().setHideDistribution(true);
    expect(useSettingsStore().hideDistribution).toBe(true);
    expect(storage.getItem(HIDE_DISTRIBUTION_KEY)).toBe('true');
    expect(nextVisit().hideDistribution).toBe(true);
    nextVisit().setHideDistribution(false);
    expect(storage.getItem(HIDE_DISTRIBUTION_KEY)).toBeNull();
    expect(nextVisit().hideDistribution).toBe(false);
  });

  it("the room's address", () => {
    useSettingsStore().setRoomAddress('https://pga.example.nl/');
    expect(useSettingsStore().roomAddress).toBe('https://pga.example.nl/');
    expect(storage.getItem(ROOM_ADDRESS_KEY)).toBe('https://pga.example.nl/');
    expect(nextVisit().roomAddress).toBe('https://pga.example.nl/');
  });

  it('a full store costs only the remembering: each choice still holds for this visit', () => {
    storage.full = true;
    const settings = useSettingsStore();
    settings.setLocale('en');
    settings.setHideDistribution(true);
    settings.setRoomAddress('https://pga.example.nl/');
    expect([settings.locale, settings.hideDistribution, settings.roomAddress]).toEqual([
      'en',
      true,
      'https://pga.example.nl/',
    ]);
    const next = nextVisit();
    expect([next.locale, next.hideDistribution, next.roomAddress]).toEqual(['nl', false, '']);
  });
});
