import { CONTENT_MIGRATIONS } from '../../src/content/content-migrations';

/** Questions new since a scan of `version` was made (the second part of a split question): they start unanswered. */
export function addedSince(version: string): Set<string> {
  const first = CONTENT_MIGRATIONS.findIndex((m) => m.from === version);
  const later = first < 0 ? [] : CONTENT_MIGRATIONS.slice(first);
  return new Set(later.flatMap((m) => Object.values(m.split ?? {}).map((s) => s.added)));
}
