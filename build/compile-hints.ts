import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the script index.html starts with V8's explicit compile hint: Chromium then compiles all of its functions
 * on the thread that downloads it, instead of one by one on the main thread the first time each runs. Nearly all
 * of that chunk runs while the first screen is built, so this moves work off the main thread; other browsers read
 * a comment. The hint has to open the file, and Vite writes its own preamble last, so it goes into the written
 * file. The single-file build has no such file: its script is inside the page.
 */
export function compileHints(): Plugin {
  return {
    name: 'pga-compile-hints',
    apply: 'build',
    writeBundle(options) {
      if (!options.dir) return;
      const html = readFileSync(join(options.dir, 'index.html'), 'utf8');
      const src = /<script type="module"[^>]* src="\.\/([^"]+\.js)"/.exec(html)?.[1];
      if (!src) return;
      const path = join(options.dir, src);
      const code = readFileSync(path, 'utf8');
      if (!code.startsWith(HINT)) writeFileSync(path, HINT + code);
    },
  };
}
