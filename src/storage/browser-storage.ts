/**
 * The browser's localStorage, or null where it is missing or refuses access
 * (private mode, disabled by policy, sandboxed file://).
 */
export function getBrowserStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    const probe = '__pga_zelfscan_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

export type WriteFailure = 'quota' | 'unavailable';

export function classifyWriteError(error: unknown): WriteFailure {
  if (error instanceof DOMException) {
    // Chromium and Firefox use different names and codes for a full store.
    if (
      error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22
    ) {
      return 'quota';
    }
  }
  return 'unavailable';
}
