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

function updatedAtOf(raw: string): string | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || !('updatedAt' in value)) return null;
    return typeof value.updatedAt === 'string' ? value.updatedAt : null;
  } catch {
    return null;
  }
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
    // ISO timestamps compare as text; on a tie the localStorage text is the one written last.
    if (ours >= (updatedAtOf(kept) ?? '')) {
      result.toMove.push([id, raw]);
      result.scans.set(id, raw);
    } else result.superseded.push([id, raw]);
  }
  return result;
}
