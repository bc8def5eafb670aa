import type { Assessment } from './types';

/** Lower case without accents, so "Zeeland" finds "zeeland" and "e" finds "ë". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');

/** True when every word of the query occurs in the scan's title, region or date (so a year works too). */
export function matchesQuery(scan: Pick<Assessment, 'title' | 'region' | 'date'>, query: string): boolean {
  const haystack = fold(`${scan.title} ${scan.region} ${scan.date}`);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
