import { getBrowserStorage } from './browser-storage';
import { createLocalRepository } from './local-repository';
import type { AssessmentRepository } from './repository';
import { openIndexedRepository } from './open-indexed';

// One storage and repository for the whole app; tests swap them with configureStorage.
let storage: Storage | null | undefined;
let repository: AssessmentRepository | undefined;

/** Long enough for a large library on a slow disk; a browser that never answers gets localStorage instead. */
const OPEN_TIMEOUT_MS = 5000;

export function configureStorage(next: Storage | null, nextRepository?: AssessmentRepository): void {
  storage = next;
  repository = nextRepository ?? createLocalRepository(next);
}

/**
 * Opens IndexedDB for the scans, before the app mounts. Where it cannot be opened (an old or locked-down
 * browser) the scans stay in localStorage, under the same keys, so a later start can still move them in.
 */
export async function initStorage(): Promise<void> {
  const browser = getBrowserStorage();
  configureStorage(browser);
  if (!browser || typeof indexedDB === 'undefined') return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), OPEN_TIMEOUT_MS);
  });
  try {
    const indexed = await Promise.race([openIndexedRepository(browser, indexedDB), timeout]);
    if (indexed) configureStorage(browser, indexed);
  } catch {
    // IndexedDB refused (private mode in some browsers, policy): localStorage serves, as before.
  } finally {
    clearTimeout(timer);
  }
}

export function appStorage(): Storage | null {
  if (storage === undefined) configureStorage(getBrowserStorage());
  return storage ?? null;
}

export function appRepository(): AssessmentRepository {
  if (!repository) configureStorage(getBrowserStorage());
  return repository as AssessmentRepository;
}
