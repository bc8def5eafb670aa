// The build moves the English of the checklist's texts into a chunk of its own (src/content/english.ts says why).
// Every literal text of the listed content files, written as t('…', '…') or { nl: '…', en: '…' }, becomes
// tl('…', key): the Dutch stays where it was and the English is looked up by its key once it has been loaded.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { normalizePath, parseAst, type Plugin } from 'vite';

const VIRTUAL = 'virtual:content-english';
/** Room for this many texts per file: a file's texts get keys from its place in the list times this. */
const PER_FILE = 1000;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
interface Found {
  start: number;
  end: number;
  nl: string;
  en: string;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && 'type' in v && 'start' in v;
const stringOf = (n: unknown): string | null =>
  isNode(n) && n.type === 'Literal' && typeof n.value === 'string' ? n.value : null;

/** A bilingual literal: t('nl', 'en') or { nl: 'nl', en: 'en' } with nothing else in it. */
function bilingual(n: Node): Found | null {
  if (n.type === 'CallExpression') {
    const callee = n.callee as Node;
    const args = n.arguments as unknown[];
    if (callee.type !== 'Identifier' || callee.name !== 't' || args.length !== 2) return null;
    const [nl, en] = [stringOf(args[0]), stringOf(args[1])];
    return nl !== null && en !== null ? { start: n.start, end: n.end, nl, en } : null;
  }
  if (n.type === 'ObjectExpression') {
    const props = n.properties as Node[];
    if (props.length !== 2) return null;
    const byKey = new Map<string, string | null>();
    for (const p of props) {
      const key = p.key as Node | undefined;
      if (p.type !== 'Property' || p.computed || !key || key.type !== 'Identifier') return null;
      byKey.set(String(key.name), stringOf(p.value));
    }
    const [nl, en] = [byKey.get('nl'), byKey.get('en')];
    return typeof nl === 'string' && typeof en === 'string' ? { start: n.start, end: n.end, nl, en } : null;
  }
  return null;
}

/** The file's bilingual literals in source order; one found is not searched further. */
function findAll(node: unknown, out: Found[]): Found[] {
  if (Array.isArray(node)) {
    for (const child of node) findAll(child, out);
    return out;
  }
  if (!isNode(node)) return out;
  const found = bilingual(node);
  if (found) {
    out.push(found);
    return out;
  }
  for (const [key, value] of Object.entries(node))
    if (key !== 'type' && typeof value === 'object') findAll(value, out);
  return out;
}

/**
 * A content file with its English taken out: the code that keeps only the Dutch, and the English by key. The keys
 * are the file's place in the list times PER_FILE plus the text's place in the file, so the chunk and the code
 * agree without either having to be built first.
 */
export function splitEnglish(
  source: string,
  fileIndex: number,
): { code: string; english: [number, string][] } {
  const found = findAll(parseAst(source, { lang: 'ts' }), []);
  if (found.length >= PER_FILE) throw new Error(`More than ${PER_FILE} texts in one content file`);
  const keyed = found.map((f, i) => ({ ...f, key: fileIndex * PER_FILE + i }));
  let code = source;
  for (const f of [...keyed].reverse())
    code = `${code.slice(0, f.start)}__tl(${JSON.stringify(f.nl)}, ${f.key})${code.slice(f.end)}`;
  return { code, english: keyed.map((f) => [f.key, f.en]) };
}

/** The content files whose English moves: the points, the steps and the scale, in a fixed order. */
export function englishContentFiles(root: string): string[] {
  const content = resolve(root, 'src/content');
  const dir = (name: string) =>
    readdirSync(join(content, name))
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => join(content, name, f));
  return [
    ...dir('points'),
    ...dir('sections'),
    join(content, 'scale.ts'),
    join(content, 'reading-rule.ts'),
    join(content, 'reading-cases.ts'),
    join(content, 'reading-cases-practice.ts'),
  ].map(normalizePath);
}

/** The Vite plugin: the English chunk always resolves; `split` says whether the content files lose their English. */
export function englishContent(root: string, split: boolean): Plugin {
  const files = englishContentFiles(root);
  const tl = normalizePath(resolve(root, 'src/content/english.ts'));
  return {
    name: 'pga-english-content',
    enforce: 'pre',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const all = files.flatMap((file, i) => splitEnglish(readFileSync(file, 'utf8'), i).english);
      for (const file of files) this.addWatchFile(file);
      return `export default ${JSON.stringify(Object.fromEntries(all))};`;
    },
    transform(code, id) {
      const index = files.indexOf(normalizePath(id.split('?')[0] ?? id));
      if (!split || index < 0) return null;
      const { code: out } = splitEnglish(code, index);
      const from = normalizePath(relative(dirname(id), tl))
        .replace(/^(?!\.)/, './')
        .replace(/\.ts$/, '');
      return { code: `import { tl as __tl } from '${from}';\n${out}`, map: null };
    },
  };
}
