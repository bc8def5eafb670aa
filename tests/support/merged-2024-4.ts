/**
 * Checklist 2024.4's five merges, written out by hand for the tests (not read from content-migrations.ts, which
 * they check): each 2024.3 question that asked again what a level tests, and the question it repeated, in the
 * order of the old checklist.
 */
export const MERGED_IN_2024_4: readonly (readonly [from: string, to: string])[] = [
  ['sam-werkproces-papier', 'sam-werkproces-helder'],
  ['sam-rollen-papier', 'sam-rollen'],
  ['sam-afspraken-samen', 'sam-afspraken-helder'],
  ['sam-verwachtingen', 'sam-afspraken-helder'],
  ['geg-wat-wie-wanneer', 'geg-per-fase'],
];
