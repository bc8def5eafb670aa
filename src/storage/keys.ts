// Every key this app keeps in browser storage, defined once: all start with the same prefix, so one
// sweep finds them all ("remove all data") and nothing else on the origin is touched.
export const KEY_PREFIX = 'pga-zelfscan:';
export const ASSESSMENT_PREFIX = `${KEY_PREFIX}assessment:`;
export const UNREADABLE_PREFIX = `${KEY_PREFIX}unreadable:`;
export const LOCALE_KEY = `${KEY_PREFIX}locale`;
export const LOGO_KEY = `${KEY_PREFIX}logo`;
/** Whether the presentation hides the distribution until the room has scored. */
export const HIDE_DISTRIBUTION_KEY = `${KEY_PREFIX}hide-distribution`;
/** Where the app is hosted for phones in the room (scoring rounds by QR code). */
export const ROOM_ADDRESS_KEY = `${KEY_PREFIX}room-address`;
/** A deletion IndexedDB may not have committed yet: applied at the next start, then removed. */
export const TOMBSTONE_PREFIX = `${KEY_PREFIX}deleted:`;
/** "Remove all data" IndexedDB may not have committed yet: the next start clears its scans first. */
export const CLEARED_KEY = `${KEY_PREFIX}cleared`;

export const assessmentKey = (id: string): string => ASSESSMENT_PREFIX + id;
export const tombstoneKey = (id: string): string => TOMBSTONE_PREFIX + id;

/** The scan id in a storage key, or null for any other key. */
export function assessmentIdFromKey(key: string): string | null {
  return key.startsWith(ASSESSMENT_PREFIX) && key.length > ASSESSMENT_PREFIX.length
    ? key.slice(ASSESSMENT_PREFIX.length)
    : null;
}
/** The benchmark (combined national picture) a region loaded to compare with: one per browser, like the logo. */
export const BENCHMARK_KEY = `${KEY_PREFIX}benchmark`;
