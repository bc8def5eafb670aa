import type { WriteFailure } from '../storage/browser-storage';

/** Where the open scan's last change stands: shown by the save status, returned by every store edit. */
/**
 * 'writing': in the journal, not yet in IndexedDB. Chromium commits localStorage to disk seconds later, so a
 * browser killed meanwhile can lose the journal copy (the 500-kill run found one such loss); only IndexedDB's
 * committed write counts as saved.
 */
export type SaveState = 'idle' | 'pending' | 'writing' | 'saved' | 'conflict' | WriteFailure;
