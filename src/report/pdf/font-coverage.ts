// The code points in the PDF font subset (tests/tools/make-pdf-fonts.sh makes it with these same ranges).
// Text outside them would come out garbled or vanish, so it is replaced by a visible □ instead,
// and the report says how many characters were replaced.
export const PDF_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x192, 0x192],
  [0x218, 0x21b],
  [0x2c6, 0x2c7],
  [0x2d8, 0x2dd],
  [0x2010, 0x2027],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2190, 0x2195],
  [0x2212, 0x2212],
  [0x2264, 0x2265],
  [0x25a1, 0x25a1],
  [0x25b2, 0x25b2],
  [0x25bc, 0x25bc],
];

export const REPLACEMENT = '\u25a1';

export function inPdfFont(codePoint: number): boolean {
  return PDF_FONT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Text made safe for the PDF font; `replaced` counts the characters that had to become □. */
export function toPdfText(input: string): { text: string; replaced: number } {
  let replaced = 0;
  let text = '';
  // NFC first, so a decomposed e + ◌́ becomes the é the font has.
  for (const char of input.normalize('NFC').replace(/\t/g, ' ').replace(/\r\n?/g, '\n')) {
    const cp = char.codePointAt(0) ?? 0;
    if (char === '\n' || inPdfFont(cp)) text += char;
    else {
      text += REPLACEMENT;
      replaced++;
    }
  }
  return { text, replaced };
}
