// A fingerprint of the report's word runs, so the "own words" test runs from a plain clone without the
// report's text: every run of RUN words, hashed (SHA-256, first 48 bits). It detects a copied run; it
// cannot give the report back.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const RUN = 10;
export const FINGERPRINT_FILE = 'tests/fixtures/report-fingerprint.txt';

export const words = (s: string): string[] =>
  s
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

const hash = (run: readonly string[]) =>
  createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 12);

/** The sorted, distinct hashes of every run of RUN words in a text. */
export function fingerprint(text: string): string[] {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) out.add(hash(w.slice(i, i + RUN)));
  return [...out].sort();
}

export function readFingerprint(path = FINGERPRINT_FILE): Set<string> {
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#')),
  );
}

/** The longest run of RUN or more words of a text that the fingerprinted source has too ('' when none). */
export function longestCopiedRun(text: string, source: ReadonlySet<string>): string {
  const w = words(text);
  let best = '';
  let start = -1;
  for (let i = 0; i + RUN <= w.length + 1; i++) {
    const hit = i + RUN <= w.length && source.has(hash(w.slice(i, i + RUN)));
    if (hit && start < 0) start = i;
    if (!hit && start >= 0) {
      // Windows start..i-1 matched: the run covers words start .. i-1+RUN-1.
      const run = w.slice(start, i - 1 + RUN).join(' ');
      if (run.length > best.length) best = run;
      start = -1;
    }
  }
  return best;
}
