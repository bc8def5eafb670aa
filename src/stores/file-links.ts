import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import type { Assessment } from '../domain/types';
import { exportFile, FILE_EXTENSION } from '../domain/file-format';
import { markBackedUp } from '../domain/backup';
import { appRepository } from '../storage/context';
import { openLinkedFiles, type LinkedFiles } from '../storage/file-links';
import {
  askPermission,
  fileAccessSupported,
  isPermissionError,
  permissionOf,
  pickFile,
  writeWhole,
} from '../browser/file-access';
import { fileName } from '../browser/files';

/** Where a linked file stands after the last save: it is what the save status says next to "saved". */
export type FileState = 'writing' | 'written' | 'needs-permission' | 'failed';

export interface LinkStatus {
  name: string;
  state: FileState;
}

/** Called with the time written into the file, which the scan keeps as its last backup. */
export type OnWritten = (id: string, backedUpAt: string) => void;

/**
 * Scans linked to a file of the user's choosing ("Bewaar ook in een bestand"): every save of such a scan is
 * also written there. Writes run one at a time per scan and only the newest waiting version is written, so
 * a burst of saves while typing costs one or two writes. Typing never waits for the file.
 */
export const useFileLinksStore = defineStore('file-links', () => {
  const supported = ref(false);
  const status = reactive(new Map<string, LinkStatus>());
  // Handles stay out of reactive state: their methods need the real object, not a proxy.
  const handles = new Map<string, FileSystemFileHandle>();
  const latest = new Map<string, Assessment>();
  const running = new Map<string, Promise<void>>();
  let files: LinkedFiles | null = null;
  let onWritten: OnWritten = () => undefined;

  /** Reads the links kept from earlier visits; permission is asked again only when a save needs it. */
  async function load(written: OnWritten): Promise<void> {
    onWritten = written;
    supported.value = fileAccessSupported() && appRepository().kind === 'indexeddb';
    if (!supported.value) return;
    try {
      files = await openLinkedFiles(indexedDB);
      for (const [id, handle] of await files.all()) {
        // A link of a scan deleted since is dropped with it.
        if (!appRepository().load(id).ok) {
          void files.remove(id).catch(() => undefined);
          continue;
        }
        handles.set(id, handle);
        const granted = (await permissionOf(handle)) === 'granted';
        // A save made during that wait has already said how its write went; that outcome stands.
        if (!status.has(id))
          status.set(id, { name: handle.name, state: granted ? 'written' : 'needs-permission' });
      }
    } catch {
      // No link store (IndexedDB refused): scans are still saved in the browser, only not mirrored.
      supported.value = false;
    }
  }

  async function writeLatest(id: string): Promise<void> {
    const handle = handles.get(id);
    const scan = latest.get(id);
    if (!handle || !scan) return;
    latest.delete(id);
    const now = new Date();
    status.set(id, { name: handle.name, state: 'writing' });
    try {
      if ((await permissionOf(handle)) !== 'granted') throw new DOMException('lapsed', 'NotAllowedError');
      await writeWhole(handle, exportFile(markBackedUp(scan, now), now));
      if (!handles.has(id)) return;
      // A newer version may have arrived meanwhile; it is written next, and keeps the state at 'writing'.
      status.set(id, { name: handle.name, state: latest.has(id) ? 'writing' : 'written' });
      onWritten(id, now.toISOString());
    } catch (error) {
      // Kept, so that the version that could not be written is the one written once the user acts.
      if (!latest.has(id)) latest.set(id, scan);
      if (handles.has(id))
        status.set(id, {
          name: handle.name,
          state: isPermissionError(error) ? 'needs-permission' : 'failed',
        });
      return;
    }
    if (latest.has(id)) await writeLatest(id);
  }

  /** Writes this version of a linked scan to its file, after any write already under way. */
  function mirror(scan: Assessment): void {
    if (!handles.has(scan.id)) return;
    latest.set(scan.id, scan);
    const state = status.get(scan.id)?.state;
    if (state === 'needs-permission' || state === 'failed' || running.has(scan.id)) return;
    const run = writeLatest(scan.id).finally(() => running.delete(scan.id));
    running.set(scan.id, run);
  }

  return {
    supported,
    status,
    load,
    mirror,
    /** Lets the user pick the file (a click), remembers it, and writes the scan there at once. */
    async link(scan: Assessment, description: string): Promise<'linked' | 'cancelled' | 'failed'> {
      let handle: FileSystemFileHandle | null;
      try {
        handle = await pickFile(fileName(scan.title, scan.date, FILE_EXTENSION), description);
      } catch {
        return 'failed';
      }
      if (!handle || !files) return handle ? 'failed' : 'cancelled';
      try {
        await files.put(scan.id, handle);
      } catch {
        return 'failed';
      }
      handles.set(scan.id, handle);
      status.set(scan.id, { name: handle.name, state: 'writing' });
      mirror(scan);
      await running.get(scan.id);
      return 'linked';
    },
    /** Asks for access again (in answer to the user's click) or retries a failed write, with this version. */
    async retry(scan: Assessment): Promise<void> {
      const handle = handles.get(scan.id);
      if (!handle) return;
      if ((await permissionOf(handle)) !== 'granted' && (await askPermission(handle)) !== 'granted') {
        status.set(scan.id, { name: handle.name, state: 'needs-permission' });
        return;
      }
      status.set(scan.id, { name: handle.name, state: 'writing' });
      mirror(scan);
      await running.get(scan.id);
    },
    /** The file stays as it is; the scan is no longer written there. */
    async unlink(id: string): Promise<void> {
      handles.delete(id);
      latest.delete(id);
      status.delete(id);
      await files?.remove(id).catch(() => undefined);
    },
    /** All data was removed: IndexedDB's links went with the scans. */
    forgetAll() {
      handles.clear();
      latest.clear();
      status.clear();
    },
    /** Resolves once every write started so far is done (tests). */
    async settled() {
      while (running.size > 0) await Promise.all([...running.values()]);
    },
  };
});
