/** YYYY-MM-DD in the user's own time zone (toISOString would give yesterday's date just after midnight). */
export function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
