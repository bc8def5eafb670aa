import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../../src/browser/files';

const BOM = '\uFEFF';
// Texts that would show a slicing or decoding slip: multi-byte characters at the edges, a byte-order mark,
// an empty file and a broken UTF-8 sequence.
const files = [
  new File(['{"a":1}'], 'a.json'),
  new File([`${BOM}{"b":"é"}`], 'bom.json'),
  new File([''], 'empty.json'),
  new File(['€'.repeat(50)], 'euro.json'),
  new File([new Uint8Array([0x7b, 0xc3, 0x7d])], 'broken.json'),
  new File(['x'.repeat(300)], 'big.json'),
  new File(['"ü"'], 'last.json'),
];

// What Blob.text() gives each of them in a browser: UTF-8, without the byte-order mark (the File API's
// "UTF-8 decode"; Chromium and Node follow it, happy-dom's File keeps the mark, so it is not the reference).
const alone = [
  { text: '{"a":1}', bytes: 7 },
  { text: '{"b":"é"}', bytes: 13 },
  { text: '', bytes: 0 },
  { text: '€'.repeat(50), bytes: 150 },
  { text: '{\uFFFD}', bytes: 3 },
  { text: 'x'.repeat(300), bytes: 300 },
  { text: '"ü"', bytes: 4 },
];

describe('reading many chosen files at once', () => {
  it('gives each file its own text and size', async () => {
    expect(await readImportFiles(files)).toEqual(alone);
  });

  it('keeps files apart across batches, whatever the batch size', async () => {
    for (const batch of [1, 10, 150, 400, 10_000])
      expect(await readImportFiles(files, 10_000, batch)).toEqual(alone);
  });

  it('does not read a file over the limit, and reads the others', async () => {
    const read = await readImportFiles(files, 200);
    expect(read[5]).toEqual({ text: '', bytes: 300 });
    expect(read.map((r) => r.text.length)).toEqual([7, 9, 0, 50, 3, 0, 3]);
  });

  it('reads nothing when nothing is chosen', async () => {
    expect(await readImportFiles([])).toEqual([]);
  });
});
