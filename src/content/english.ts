import type { Text } from './types';

/**
 * The English of the checklist's texts comes in a chunk of its own: the build (build/english-content.ts) moves every
 * literal English text of the points, the steps and the scale there, a quarter of what every scan screen would
 * otherwise download, so a visit in Dutch does not load it. The app loads it before it shows anything in English
 * (src/i18n, loadMessages); until then a text reads as its Dutch. Tests and the dev server keep the texts as written.
 */
let english: Readonly<Record<string, string>> | null = null;

/**
 * A text whose English the build moved out (see above). Only the code the build writes calls it.
 * @public
 */
export function tl(nl: string, key: number): Text {
  return {
    nl,
    get en() {
      return english?.[key] ?? nl;
    },
  };
}

/** A text put together from others: its English is put together when read, after the English has loaded. */
export function composed(nl: string, en: () => string): Text {
  return {
    nl,
    get en() {
      return en();
    },
  };
}

export async function loadEnglishContent(): Promise<void> {
  english ??= (await import('virtual:content-english')).default;
}
