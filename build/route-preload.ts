import { readFileSync } from 'node:fs';
import type { Plugin, Rollup } from 'vite';
import { TEXT_PARTS, textPartsFor, type TextPart } from '../src/i18n/parts.ts';

/** A lazy route as the router declares it: its path and name, its screen's file name, and its extra texts part. */
export interface LazyRoute {
  path: string;
  name: string;
  view: string;
  texts?: TextPart;
}

/** The texts part a route entry names in `meta.texts`, if any; a part the app does not have is an error. */
function textPartIn(entry: string): TextPart | undefined {
  const found = /texts:\s*'(\w+)'/.exec(entry)?.[1];
  if (found === undefined) return undefined;
  if (found in TEXT_PARTS) return found as TextPart;
  throw new Error(`no texts part ${found}`);
}

/**
 * The lazy routes in the router's source, in its order. Read from the source rather than kept twice, so a new
 * route is preloaded without anyone remembering to list it here. A route whose screen is not lazy is skipped.
 */
export function lazyRoutes(routerSource: string): LazyRoute[] {
  return routerSource
    .split(/\{\s*path:\s*/)
    .slice(1)
    .flatMap((entry) => {
      const path = /^'([^']+)'/.exec(entry)?.[1];
      const name = /name:\s*'([\w-]+)'/.exec(entry)?.[1];
      const view = /import\('\.\/views\/(\w+)\.vue'\)/.exec(entry)?.[1];
      const texts = textPartIn(entry);
      // The catch-all matches any address; its screen is a few hundred bytes, not worth a pattern.
      if (path?.includes('(')) return [];
      return path && name && view ? [{ path, name, view, ...(texts ? { texts } : {}) }] : [];
    });
}

/** A route path as a pattern for the address's hash: `:id` is one segment, `:id?` may be missing. */
export function hashPattern(path: string): string {
  const body = path
    .split('/')
    .slice(1)
    .map((segment) => {
      if (/^:\w+\?$/.test(segment)) return '(?:/[^/?]*)?';
      if (/^:\w+$/.test(segment)) return '/[^/?]+';
      if (/^[\w-]+$/.test(segment)) return `/${segment}`;
      throw new Error(`route path ${path}: segment ${segment} has no pattern`);
    })
    .join('');
  return `^#${body}(?:[/?]|$)`;
}

type Chunk = Rollup.OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

/** The files a chunk needs beside itself: the chunks it imports, theirs in turn, and the stylesheets of all. */
export function chunkFiles(bundle: Rollup.OutputBundle, start: Chunk, loaded: Set<string>): string[] {
  const files = new Set<string>();
  const visit = (chunk: Chunk) => {
    if (files.has(chunk.fileName) || loaded.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(start);
  return [...files];
}

/** What the opening screen loads for each route: the hash pattern, the files, and its texts per language. */
export interface Preload {
  pattern: string;
  files: string[];
  texts: Record<string, string[]>;
}

/**
 * The inline script: finds the route the address opens and asks for its files at once, beside the app's own
 * script. Without it they are asked for only once that script has run, which on a slow machine costs the time
 * the app's script takes to run, before the screen's first paint. Storage may be closed to the page (a file
 * opened from disk in some browsers): the language then defaults, as in the app.
 * The screen's stylesheets are added as stylesheets that hold the first paint (`blocking="render"`), which the
 * app's loader then finds and does not add again: added only once the screen's script asked for them, they
 * restyled and laid out the whole page again just after its first paint.
 */
export function preloadScript(preloads: Preload[], localeKey: string): string {
  const table = JSON.stringify(preloads.map((p) => [p.pattern, p.files, p.texts]));
  return (
    `(function(){var t=${table},h=location.hash,l='nl';` +
    `try{l=localStorage.getItem(${JSON.stringify(localeKey)})||l}catch(e){}` +
    `for(var i=0;i<t.length;i++)if(new RegExp(t[i][0]).test(h)){` +
    `var f=t[i][1].concat(t[i][2][l]||[]);` +
    `for(var j=0;j<f.length;j++){var k=document.createElement('link'),c=/\\.css$/.test(f[j]);` +
    `k.rel=c?'stylesheet':'modulepreload';if(c)k.setAttribute('blocking','render');` +
    `k.crossOrigin='';k.href='./'+f[j];document.head.appendChild(k)}` +
    `return}})()`
  );
}

const chunkOf = (bundle: Rollup.OutputBundle, test: (id: string) => boolean): Chunk | undefined =>
  Object.values(bundle).find((c): c is Chunk => c.type === 'chunk' && test(c.facadeModuleId ?? ''));

/** The texts chunk of a part (`screens`, `room`) per language. */
function textChunks(bundle: Rollup.OutputBundle, part: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const locale of ['nl', 'en']) {
    const chunk = chunkOf(bundle, (id) => id.endsWith(`/locales/${locale}.json?${part}`));
    if (chunk) found[locale] = chunk.fileName;
  }
  return found;
}

/** Adds the inline script of preloadScript() to the hosted build's page, before the app's own script. */
export function preloadOpeningScreen(routerFile: string, localeKey: string): Plugin {
  return {
    name: 'pga-preload-opening-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        // What the page loads already: the app's own script and stylesheet, and the Dutch texts.
        const loaded = new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1] ?? ''));
        const preloads = lazyRoutes(readFileSync(routerFile, 'utf8')).map((route): Preload => {
          const view = chunkOf(bundle, (id) => id.endsWith(`/src/views/${route.view}.vue`));
          if (!view) throw new Error(`no chunk for the screen ${route.view}`);
          const parts = textPartsFor({ name: route.name, meta: { texts: route.texts } }).map((p) =>
            textChunks(bundle, p),
          );
          const texts: Record<string, string[]> = {};
          for (const locale of ['nl', 'en'])
            texts[locale] = parts.flatMap((p) => (p[locale] ? [p[locale]] : []));
          return { pattern: hashPattern(route.path), files: chunkFiles(bundle, view, loaded), texts };
        });
        return html.replace(
          '</title>',
          `</title>\n    <script>${preloadScript(preloads, localeKey)}</script>`,
        );
      },
    },
  };
}
