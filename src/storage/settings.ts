import type { Locale } from '../content/types';
import { attemptWrite, type WriteResult } from './browser-storage';
import { HIDE_DISTRIBUTION_KEY, LOCALE_KEY, LOGO_KEY, ROOM_ADDRESS_KEY } from './keys';

export function readLocale(storage: Storage | null): Locale | null {
  const value = storage?.getItem(LOCALE_KEY);
  return value === 'nl' || value === 'en' ? value : null;
}

export function writeLocale(storage: Storage | null, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_KEY, locale);
  } catch {
    // A full or blocked store only costs the remembered language, not any work.
  }
}

export function readLogo(storage: Storage | null): string | null {
  const value = storage?.getItem(LOGO_KEY) ?? null;
  return value?.startsWith('data:image/jpeg;base64,') ? value : null;
}

/** Says whether the browser kept it: a full or blocked store is a failure the interface reports. */
export function writeLogo(storage: Storage | null, dataUrl: string | null): WriteResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  return attemptWrite(() =>
    dataUrl === null ? storage.removeItem(LOGO_KEY) : storage.setItem(LOGO_KEY, dataUrl),
  );
}

export function readHideDistribution(storage: Storage | null): boolean {
  return storage?.getItem(HIDE_DISTRIBUTION_KEY) === 'true';
}

export function writeHideDistribution(storage: Storage | null, hide: boolean): void {
  try {
    if (hide) storage?.setItem(HIDE_DISTRIBUTION_KEY, 'true');
    else storage?.removeItem(HIDE_DISTRIBUTION_KEY);
  } catch {
    // A full or blocked store only costs the remembered choice.
  }
}

export function readRoomAddress(storage: Storage | null): string {
  return storage?.getItem(ROOM_ADDRESS_KEY) ?? '';
}

export function writeRoomAddress(storage: Storage | null, address: string): void {
  try {
    storage?.setItem(ROOM_ADDRESS_KEY, address);
  } catch {
    // A full or blocked store only costs typing the address again next time.
  }
}
