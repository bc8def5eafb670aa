import type { WriteFailure } from '../storage/browser-storage';

/** Where the open scan's last change stands: shown by the save status, returned by every store edit. */
export type SaveState = 'idle' | 'pending' | 'saved' | 'conflict' | WriteFailure;
