// The File System Access API, where the browser has it (Chromium, Edge): a file the user picks once, which
// the app then keeps up to date. Not in lib.dom yet, so the few members used are declared here.
type Permission = 'granted' | 'denied' | 'prompt';

interface PermissionAware {
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<Permission>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<Permission>;
}

interface SavePickerWindow {
  showSaveFilePicker?(options: {
    suggestedName: string;
    types: Array<{ description: string; accept: Record<string, string[]> }>;
  }): Promise<FileSystemFileHandle>;
}

/**
 * Whether a scan can be linked to a file here. Firefox, Safari and the single HTML file opened from disk
 * lack the picker (or a secure context); they get the export and a word on why.
 */
export function fileAccessSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    typeof (window as SavePickerWindow).showSaveFilePicker === 'function' &&
    typeof FileSystemFileHandle === 'function' &&
    'createWritable' in FileSystemFileHandle.prototype
  );
}

/** Lets the user choose where the scan is kept; null when they cancel the picker. */
export async function pickFile(
  suggestedName: string,
  description: string,
): Promise<FileSystemFileHandle | null> {
  const picker = (window as SavePickerWindow).showSaveFilePicker;
  if (!picker) return null;
  try {
    return await picker.call(window, {
      suggestedName,
      types: [{ description, accept: { 'application/json': ['.json'] } }],
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/** Whether the app may write the file now; after a browser restart Chromium asks again ('prompt'). */
export async function permissionOf(handle: FileSystemFileHandle): Promise<Permission> {
  const aware = handle as FileSystemFileHandle & PermissionAware;
  return aware.queryPermission ? aware.queryPermission({ mode: 'readwrite' }) : 'granted';
}

/** Asks the user again; the browser allows this only in answer to a click. */
export async function askPermission(handle: FileSystemFileHandle): Promise<Permission> {
  const aware = handle as FileSystemFileHandle & PermissionAware;
  try {
    return aware.requestPermission ? await aware.requestPermission({ mode: 'readwrite' }) : 'granted';
  } catch {
    return 'prompt';
  }
}

/**
 * Replaces the file's content as one step: the writable stream writes to a copy the browser swaps in on
 * close(), so a crash or a failed write leaves the previous file whole.
 */
export async function writeWhole(handle: FileSystemFileHandle, text: string): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

/** A write refused for want of permission, as opposed to a full disk or a vanished share. */
export const isPermissionError = (error: unknown): boolean =>
  error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError');
