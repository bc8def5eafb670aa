import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/locales/en.json';
import nl from '../../../src/i18n/locales/nl.json';

/**
 * The browser tests take interface texts from the locale files (tests/support/ui.ts), so that a wording change
 * is one edit. This finds a quoted string in tests/e2e that equals a text (or a plural form) of nl.json or
 * en.json: a copy that a wording change would leave behind.
 */
const E2E = join(__dirname, '../../e2e');

/**
 * Texts that are also words the tests use for something else: the language switch's own names (not in the
 * locale files), locale codes, a key to press and a CSS value.
 */
const NOT_INTERFACE = new Set(['English', 'Nederlands', 'en', 'nl', 'Home', 'none']);

function texts(messages: object, into = new Set<string>()): Set<string> {
  for (const value of Object.values(messages)) {
    if (typeof value === 'string') value.split(/\s*\|\s*/).forEach((form) => into.add(form));
    else texts(value as object, into);
  }
  return into;
}
const LOCALE_TEXTS = texts(en, texts(nl));

/** Each string literal (quoted, or a template without placeholders) that equals a locale text, with its line. */
function localeCopies(source: string, file = 'test.ts'): string[] {
  const found: string[] = [];
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return;
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      LOCALE_TEXTS.has(node.text) &&
      !NOT_INTERFACE.has(node.text)
    ) {
      const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${file}:${line} ${JSON.stringify(node.text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('browser tests take interface texts from the locale files', () => {
  it('finds a planted copy of a locale text', () => {
    const planted = `await page.getByRole('link', { name: '${nl.home.newScan}' }).click();\nconst t = \`${en.home.newScan}\`;`;
    expect(localeCopies(planted)).toEqual([
      `test.ts:1 ${JSON.stringify(nl.home.newScan)}`,
      `test.ts:2 ${JSON.stringify(en.home.newScan)}`,
    ]);
    expect(localeCopies(`await page.getByRole('link', { name: nl('home.newScan') }).click();`)).toEqual([]);
  });

  it('has no copy of a locale text in tests/e2e', () => {
    const files = readdirSync(E2E).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const copies = files.flatMap((f) => localeCopies(readFileSync(join(E2E, f), 'utf8'), f));
    expect(copies, 'use nl(…) or en(…) from tests/support/ui.ts').toEqual([]);
  });
});
