// A fast path for texts with arguments (cacheTranslations in ./index.ts says why). The build ships every text as
// vue-i18n's message tree (vite.config.ts, precompiledMessages); a tree made only of text and named placeholders
// is turned once into parts and filled in here. Anything else (plurals, links, list arguments, values that are
// not text or numbers, texts still in source form as in the dev server and the tests) goes to vue-i18n.

/** Text, or the name of an argument to put in its place. */
export type PlainPart = string | { readonly named: string };

// vue-i18n's node types (@intlify/message-compiler): a resource holds a message of text, literal and named items.
const RESOURCE = 0;
const MESSAGE = 2;
const TEXT = 3;
const NAMED = 4;
const LITERAL = 9;

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;
// A tree's keys come long or short (`type` or `t`), as vue-i18n itself reads them.
const prop = (node: Tree, long: string, short: string): unknown => node[long] ?? node[short];

/** The parts of a message tree made only of text and named placeholders; null for any other message. */
export function plainParts(message: unknown): readonly PlainPart[] | null {
  if (!isTree(message) || prop(message, 'type', 't') !== RESOURCE) return null;
  const body = prop(message, 'body', 'b');
  if (!isTree(body) || prop(body, 'type', 't') !== MESSAGE) return null;
  const fixed = prop(body, 'static', 's');
  if (typeof fixed === 'string') return [fixed];
  const items = prop(body, 'items', 'i');
  if (!Array.isArray(items)) return null;
  const parts: PlainPart[] = [];
  for (const item of items as unknown[]) {
    if (!isTree(item)) return null;
    const type = prop(item, 'type', 't');
    const value = prop(item, 'value', 'v');
    const key = prop(item, 'key', 'k');
    if ((type === TEXT || type === LITERAL) && typeof value === 'string') parts.push(value);
    else if (type === NAMED && typeof key === 'string' && key) parts.push({ named: key });
    else return null;
  }
  return parts;
}

/** The parts filled in with the arguments; null when an argument is missing or is not text or a number. */
export function fillParts(
  parts: readonly PlainPart[],
  named: Readonly<Record<string, unknown>>,
): string | null {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const value = named[part.named];
    if (typeof value === 'string') text += value;
    else if (typeof value === 'number') text += String(value);
    else return null;
  }
  return text;
}

/** A message in a language's texts by its dotted key, as vue-i18n finds it; undefined when it is not there. */
export function messageAt(messages: unknown, key: string): unknown {
  let node: unknown = messages;
  for (const step of key.split('.')) {
    if (!isTree(node) || !Object.prototype.hasOwnProperty.call(node, step)) return undefined;
    node = node[step];
  }
  return node;
}
