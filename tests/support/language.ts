// Countable language rules for the checklist text: word and sentence counts, as a B1 check can measure them.

/** Words as a reader counts them: runs of letters or digits, with inner hyphens, dots and apostrophes. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-’'.][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Sentences, split after . ? ! or : followed by a space and a capital, but not after common abbreviations
 * (art., o.a., bijv.) or section marks such as §1.2.
 */
export function sentences(text: string): string[] {
  return text
    .replace(/\b(art|o\.a|bijv|d\.w\.z|e\.g|i\.e|ch|nr)\.\s/gi, '$1\u2024 ')
    .split(/(?<=[.?!])\s+(?=[\p{Lu}“‘(§])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function meanSentenceLength(text: string): number {
  const list = sentences(text);
  return list.reduce((sum, s) => sum + words(s).length, 0) / list.length;
}
