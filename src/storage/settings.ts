import type { Locale } from '../content/types';

const LOCALE_KEY = 'pga-zelfscan:locale';

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
