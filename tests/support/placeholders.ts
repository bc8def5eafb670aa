/** A locale text with its {name} placeholders filled, as vue-i18n does, for tests and dev tools that read the
 *  locale files directly. */
export function fillPlaceholders(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
}
