import { computed } from 'vue';
import type { Assessment } from '../domain/types';
import { useLibraryStore } from '../stores/library';

/**
 * The scans kept in this browser, newest first, as every screen gets them: storage is read the first time any
 * screen asks, and that one list is shared; the store's writes, the open scan's saves and other tabs keep it
 * current. Reading writes nothing (unreadable entries are set aside by the start page, setAsideUnreadable).
 *
 * `onDemand` leaves the read to the first `read()`, for a button on a screen that does not show the library:
 * that screen then starts without reading every scan.
 */
export function useLibrary(options: { onDemand?: boolean } = {}) {
  const store = useLibraryStore();
  if (!options.onDemand) store.load();
  return {
    scans: computed<readonly Assessment[]>(() => store.list),
    /** The scans now, read first if no screen has asked yet. */
    read: (): readonly Assessment[] => store.load(),
  };
}
