/**
 * The SHA-256 fingerprint of a file the user picked, as 64 lower-case hex digits, computed in the browser.
 * The file's bytes are read here and dropped: nothing of the file is kept or sent. Null where the browser
 * has no Web Crypto (a page served over plain http), or the file cannot be read.
 */
export async function sha256Hex(file: Blob): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return null;
  try {
    const digest = await subtle.digest('SHA-256', await file.arrayBuffer());
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/** A fingerprint short enough to read: its first and last eight digits. */
export const shortHash = (hash: string) => `${hash.slice(0, 8)}…${hash.slice(-8)}`;
