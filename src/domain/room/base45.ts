// Base45 (RFC 9285): bytes as text in the QR alphanumeric alphabet, because browsers hand QR content back as
// text, and alphanumeric mode packs it denser than bytes would. Written here rather than taken from the
// `base45` package, which needs Node's Buffer and decodes any text without saying it is not Base45.
const ALPHABET = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'];
const char = (n: number) => ALPHABET[n] ?? '';
const VALUE = new Map(ALPHABET.map((c, i) => [c, i]));

export function encodeBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const n = (bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0);
    out += char(n % 45) + char(Math.floor(n / 45) % 45) + char(Math.floor(n / 2025));
  }
  if (bytes.length % 2) {
    const n = bytes[bytes.length - 1] ?? 0;
    out += char(n % 45) + char(Math.floor(n / 45));
  }
  return out;
}

/** The bytes, or null for text that is not valid Base45 (a foreign code, or a misread one). */
export function decodeBase45(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null;
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    const group = text.slice(i, i + 3);
    let n = 0;
    for (let k = group.length - 1; k >= 0; k--) {
      const v = VALUE.get(group[k] ?? '');
      if (v === undefined) return null;
      n = n * 45 + v;
    }
    if (group.length === 3) {
      if (n > 0xffff) return null;
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      if (n > 0xff) return null;
      out[o++] = n;
    }
  }
  return out;
}
