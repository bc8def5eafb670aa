// At start, the scans in IndexedDB meet the scans in localStorage: those an older version of the app kept
// there, and those whose IndexedDB write had not finished when a tab closed. The newer text of each wins.

export interface Reconciled {
  /** Every scan's text by id, as the app will show it. */
  scans: Map<string, string>;
  /** localStorage texts IndexedDB does not have yet: to write there, then to remove from localStorage. */
  toMove: Array<[string, string]>;
  /** localStorage texts IndexedDB already has, or holds in a later version: safe to remove. */
  superseded: Array<[string, string]>;
  /** localStorage texts that cannot be read while IndexedDB has a readable scan with that id: set aside. */
  unreadable: Array<[string, string]>;
}

function fieldOf(raw: string, field: 'updatedAt' | 'contentVersion'): string | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || !(field in value)) return null;
    const found: unknown = (value as Record<string, unknown>)[field];
    return typeof found === 'string' ? found : null;
  } catch {
    return null;
  }
}
const updatedAtOf = (raw: string) => fieldOf(raw, 'updatedAt');

/** Checklist versions ("2024.2") by number, part by part. */
function contentOrder(a: string | null, b: string | null): number {
  const parts = (v: string | null) => (v ?? '').split('.').map((p) => Number(p) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * Whether the localStorage text is the later one. ISO timestamps compare as text; on a tie the localStorage
 * text is the one written last, unless IndexedDB's is of a later checklist: the content upgrade on open keeps
 * the time of the last edit, and a browser killed within seconds of it may bring back a localStorage copy
 * from before (Chromium writes localStorage to disk a few seconds late; IndexedDB at once).
 */
function journalIsLater(ours: string, raw: string, kept: string): boolean {
  const theirs = updatedAtOf(kept) ?? '';
  if (ours !== theirs) return ours > theirs;
  return contentOrder(fieldOf(raw, 'contentVersion'), fieldOf(kept, 'contentVersion')) >= 0;
}

export function reconcile(stored: Map<string, string>, journal: Map<string, string>): Reconciled {
  const result: Reconciled = { scans: new Map(stored), toMove: [], superseded: [], unreadable: [] };
  for (const [id, raw] of journal) {
    const kept = stored.get(id);
    if (kept === undefined) {
      // Even text that cannot be read moves: the library sets it aside for download, as it always has.
      result.toMove.push([id, raw]);
      result.scans.set(id, raw);
      continue;
    }
    if (kept === raw) {
      result.superseded.push([id, raw]);
      continue;
    }
    const ours = updatedAtOf(raw);
    if (ours === null) {
      result.unreadable.push([id, raw]);
      continue;
    }
    if (journalIsLater(ours, raw, kept)) {
      result.toMove.push([id, raw]);
      result.scans.set(id, raw);
    } else result.superseded.push([id, raw]);
  }
  return result;
}
