// The app's storage keys, written out here once and not imported from src: users' browsers hold their data under
// exactly these keys, so a rename in src must fail a test. In a page.evaluate closure, pass them in as its argument.
export const KEY_PREFIX = 'pga-zelfscan:';
export const ASSESSMENT_PREFIX = `${KEY_PREFIX}assessment:`;
export const UNREADABLE_PREFIX = `${KEY_PREFIX}unreadable:`;
export const TOMBSTONE_PREFIX = `${KEY_PREFIX}deleted:`;
export const LOCALE_KEY = `${KEY_PREFIX}locale`;
export const LOGO_KEY = `${KEY_PREFIX}logo`;
export const CLEARED_KEY = `${KEY_PREFIX}cleared`;
/** @public Read only by the test that holds src/storage/keys.ts to every key here. */
export const HIDE_DISTRIBUTION_KEY = `${KEY_PREFIX}hide-distribution`;
/** @public Likewise. */
export const ROOM_ADDRESS_KEY = `${KEY_PREFIX}room-address`;
/** @public Likewise. */
export const BENCHMARK_KEY = `${KEY_PREFIX}benchmark`;

/** Where a scan's text is kept, by its id. */
export const assessmentKey = (id: string): string => ASSESSMENT_PREFIX + id;
/** A deletion IndexedDB may not have committed yet, by the scan's id. */
export const tombstoneKey = (id: string): string => TOMBSTONE_PREFIX + id;
/** Where a scan's text that could not be read is set aside, by its id. */
export const unreadableKey = (id: string): string => `${UNREADABLE_PREFIX}assessment:${id}`;
