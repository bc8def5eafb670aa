// Persistent storage (navigator.storage): a browser evicts "best-effort" data under disk pressure, but not
// data it has agreed to keep. Where the API is missing the answer is simply unknown.

export interface StorageFacts {
  /** true: kept until the user clears it; false: may be evicted; null: this browser does not say. */
  persisted: boolean | null;
  /** Bytes this origin uses, as the browser estimates it. */
  usage: number | null;
  quota: number | null;
}

const manager = (): StorageManager | null =>
  typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;

export async function readStorageFacts(): Promise<StorageFacts> {
  const storage = manager();
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : null,
    storage?.estimate ? storage.estimate().catch(() => null) : null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks to keep this origin's data; Firefox asks the user, Chromium decides from how the site is used. */
export async function askPersistence(): Promise<boolean | null> {
  const storage = manager();
  if (!storage?.persist) return null;
  try {
    return await storage.persist();
  } catch {
    return null;
  }
}
