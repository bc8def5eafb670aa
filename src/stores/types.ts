import type { Assessment } from '../domain/types';
import type { WriteFailure } from '../storage/browser-storage';

/** Where the open scan's last change stands: shown by the save status, returned by every store edit. */
/**
 * 'writing': in the journal, not yet in IndexedDB. Chromium commits localStorage to disk seconds later, so a
 * browser killed meanwhile can lose the journal copy (the 500-kill run found one such loss); only IndexedDB's
 * committed write counts as saved.
 */
export type SaveState = 'idle' | 'pending' | 'writing' | 'saved' | 'conflict' | WriteFailure;

/** One change to the open scan: a pure function of the scan and the time. */
export type Edit = (assessment: Assessment, now: Date) => Assessment;
/** 'now' for a click or a choice, 'typing' for text that is still being typed. */
export type Commit = (edit: Edit, when: 'now' | 'typing') => SaveState;
