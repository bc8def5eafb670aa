import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishContentFiles, splitEnglish } from '../../../build/english-content';

describe('the build moves the checklist’s English into a chunk of its own', () => {
  it('replaces each literal bilingual text by its Dutch and a key, and keeps the English by that key', () => {
    const source = [
      "const a: Text = t('één', 'one');",
      "const b = { nl: 'twee', en: 'two' } as const satisfies Text;",
      "const c = t(`drie ${x}`, 'three');",
      "const d = { nl: 'vier', en: 'four', id: 4 };",
      "const e = [t('vijf', 'five'), { title: t('zes', 'six') }];",
    ].join('\n');
    const { code, english } = splitEnglish(source, 3);
    expect(english).toEqual([
      [3000, 'one'],
      [3001, 'two'],
      [3002, 'five'],
      [3003, 'six'],
    ]);
    expect(code).toContain('const a: Text = __tl("één", 3000);');
    expect(code).toContain('const b = __tl("twee", 3001) as const satisfies Text;');
    // Not literal on both sides, or more than a text: left as written.
    expect(code).toContain("const c = t(`drie ${x}`, 'three');");
    expect(code).toContain("const d = { nl: 'vier', en: 'four', id: 4 };");
    expect(code).toContain('const e = [__tl("vijf", 3002), { title: __tl("zes", 3003) }];');
    expect(code).not.toMatch(/'one'|'two'|'five'|'six'/);
  });

  it('finds every English text of the real content files, each under a key of its own', () => {
    const files = englishContentFiles(process.cwd());
    expect(files.some((f) => f.endsWith('/points/sig-online.ts'))).toBe(true);
    const keys = new Set<number>();
    let texts = 0;
    files.forEach((file, i) => {
      const source = readFileSync(file, 'utf8');
      const { code, english } = splitEnglish(source, i);
      expect(english.length, file).toBeGreaterThan(0);
      for (const [key, en] of english) {
        keys.add(key);
        expect(en.trim(), file).not.toBe('');
      }
      texts += english.length;
      // What is left of the file holds no literal English text beside its Dutch.
      expect(code, file).not.toMatch(/\bt\(\s*'(?:[^'\\]|\\.)*',\s*'/);
    });
    expect(keys.size).toBe(texts);
    expect(texts).toBeGreaterThan(400);
  });
});
