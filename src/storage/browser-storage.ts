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

/** The outcome of every write to browser storage; the interface reports a failure, never drops it. */
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };

/** Runs one write to storage and says whether the browser kept it. */
export function attemptWrite(write: () => void): WriteResult {
  try {
    write();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: classifyWriteError(error) };
  }
}

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
