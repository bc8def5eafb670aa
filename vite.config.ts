import { createHash } from 'node:crypto';
import { TEXT_PARTS } from './src/i18n/parts.ts';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { normalizePath, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { VitePWA } from 'vite-plugin-pwa';
import { englishContent } from './build/english-content.ts';
import { compileMessages } from './build/compile-messages.ts';
import { compileHints } from './build/compile-hints.ts';
import { preloadOpeningScreen } from './build/route-preload.ts';
import { LOCALE_KEY } from './src/storage/keys.ts';
import { LongFirst } from './tests/support/long-first.ts';

/**
 * Nothing from any other origin, ever. The normal build loads only its own files; the single file
 * has everything inline, allowed by the hash of each inline script and style. Downloads use blob:
 * URLs, the PDF font and logo data: URLs.
 */
const POLICY = {
  'default-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'object-src': "'none'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self' data:",
  'manifest-src': "'self'",
};

function cspMeta(scriptSrc: string, styleSrc: string): string {
  const policy = { ...POLICY, 'script-src': scriptSrc, 'style-src': styleSrc };
  const value = Object.entries(policy)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
  return `<meta http-equiv="Content-Security-Policy" content="${value}" />`;
}

/** What every unit and component test runs in. */
const UNIT = {
  environment: 'happy-dom' as const,
  // Stylesheet links that a test adds are not fetched; without this happy-dom logs an error for each one.
  environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
  setupFiles: ['tests/setup/canvas-mock.ts', 'tests/setup/fail-on-console-error.ts'],
  // Whole reports are laid out and read back in some tests: seconds on a busy two-core machine.
  testTimeout: 30_000,
};

/** Unit tests that need modules of their own: this one mocks a storage module that others import unmocked. */
const UNIT_ISOLATED = ['tests/unit/stores/file-links.test.ts', 'tests/unit/i18n/text-parts.test.ts'];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of a page's inline scripts or styles (not those loaded by `src`), each allowed by its exact text. */
const inlineHashes = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    sha256(m[1] ?? ''),
  );

/** Adds the Content-Security-Policy meta tag; for the single file, once everything has been inlined. */
function contentSecurityPolicy(single: boolean): Plugin {
  return {
    name: 'pga-content-security-policy',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      // After the other plugins' additions: the opening screen's preload is an inline script, allowed by hash.
      order: 'post',
      handler(html) {
        if (!single) {
          const scripts = ["'self'", ...inlineHashes(html, 'script')].join(' ');
          return html.replace('<head>', `<head>\n    ${cspMeta(scripts, "'self'")}`);
        }
        // The favicon too goes inside the single file.
        const icon = readFileSync('public/favicon.svg', 'utf8');
        return html.replace('href="./favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(icon)}"`);
      },
    },
    closeBundle() {
      if (!single) return;
      const html = readFileSync('dist-single/index.html', 'utf8');
      const styles = inlineHashes(html, 'style').join(' ') || "'none'";
      const meta = cspMeta(inlineHashes(html, 'script').join(' '), styles);
      writeFileSync('dist-single/pga-zelfscan.html', html.replace('<head>', `<head>\n    ${meta}`));
      rmSync('dist-single/index.html');
    },
  };
}

/**
 * Compiles the interface texts at build time, so the browser compiles none and the message compiler stays out
 * of the bundle (`__INTLIFY_DROP_MESSAGE_COMPILER__`): compiling the texts a screen shows took up to a fifth of
 * that screen's start-up. The trees are plain JSON, so Vite's own JSON handling still makes the module.
 * The room's texts (`?room`) load with the room's screens (src/i18n/index.ts), not on the start page; Vite's
 * JSON handling skips an id with a query, so that one becomes a module here, in the dev server too.
 */
const pick = (all: Record<string, unknown>, keep: (key: string) => boolean) =>
  Object.fromEntries(Object.entries(all).filter(([key]) => keep(key)));

function precompiledMessages(build: boolean): Plugin {
  return {
    name: 'pga-precompiled-messages',
    enforce: 'pre',
    transform(code, id) {
      const file = /[\\/]src[\\/]i18n[\\/]locales[\\/][\w-]+\.json(?:\?(room|screens))?$/.exec(id);
      if (!file) return null;
      const all = JSON.parse(code) as Record<string, unknown>;
      const messages = (value: unknown) => JSON.stringify(build ? compileMessages(value) : value);
      const part = file[1] as keyof typeof TEXT_PARTS | undefined;
      const keys: readonly string[] = part ? TEXT_PARTS[part] : [];
      if (part) return { code: `export default ${messages(pick(all, (k) => keys.includes(k)))};`, map: null };
      const later = new Set<string>(Object.values(TEXT_PARTS).flat());
      return build ? { code: messages(pick(all, (k) => !later.has(k))), map: null } : null;
    },
  };
}

/**
 * Dutch is the language of most visits: its texts start downloading with the app's own script rather than after
 * it has run, one round trip less before the first screen paints. An English visit loads its own texts as before.
 */
function preloadDutchTexts(): Plugin {
  return {
    name: 'pga-preload-dutch-texts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (c) => c.type === 'chunk' && /[\\/]locales[\\/]nl\.json$/.test(c.facadeModuleId ?? ''),
        );
        if (!chunk) return html;
        return html.replace(
          '</head>',
          `  <link rel="modulepreload" crossorigin href="./${chunk.fileName}">\n  </head>`,
        );
      },
    },
  };
}

const sourceDir = normalizePath(fileURLToPath(new URL('./src/', import.meta.url)));
const SCREENS_EXCLUDED = /^(?:report|charts|i18n[\\/]locales|domain[\\/]room|components[\\/]room)[\\/]/;

const emptyModule = fileURLToPath(new URL('./src/report/pdf/empty-module.ts', import.meta.url));

// Relative base: the same build works from any folder of a static host and from file://.
// `vite build --mode single` makes one self-contained HTML file in dist-single/.
export default defineConfig(({ mode, command }) => {
  const single = mode === 'single';
  return {
    base: './',
    // The single file carries no side files: no favicon or robots.txt beside it.
    publicDir: single ? false : 'public',
    plugins: [
      vue(),
      precompiledMessages(command === 'build'),
      compileHints(),
      // Tests read the content as written, with both languages in place.
      englishContent(fileURLToPath(new URL('.', import.meta.url)), command === 'build'),
      ...(single ? [] : [preloadDutchTexts(), preloadOpeningScreen('src/router.ts', LOCALE_KEY)]),
      ...(single ? [viteSingleFile({ removeViteModuleLoader: true })] : []),
      // The hosted build precaches itself, so a phone that opened a round's link once can answer offline in
      // the room. Registered by the round screen only (src/browser/offline.ts): the start page stays as it
      // was. A service worker cannot run from file://, so the single file has none.
      ...(single
        ? []
        : [
            VitePWA({
              injectRegister: false,
              registerType: 'autoUpdate',
              manifest: {
                name: 'PGA-zelfscan',
                short_name: 'PGA-zelfscan',
                lang: 'nl',
                start_url: './',
                display: 'standalone',
                background_color: '#ffffff',
                theme_color: '#1a3d6d',
                icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
              },
              workbox: {
                globPatterns: ['**/*.{js,css,html,svg,ttf,json,txt}'],
                maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
                navigateFallback: null,
                // The page that registered it is the one the partner answers on: control it at once.
                clientsClaim: true,
                skipWaiting: true,
              },
            }),
          ]),
      contentSecurityPolicy(single),
    ],
    // Vue and vue-i18n feature flags: composition API only (no component uses the options API, and no template the
    // i18n components or directive), no devtools hooks in the build: less code to download and run at start-up.
    define: {
      __OFFLINE_WORKER__: !single,
      __VUE_OPTIONS_API__: false,
      __VUE_I18N_FULL_INSTALL__: false,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false,
      // The build ships precompiled texts (precompiledMessages); the dev server and the tests compile them.
      __INTLIFY_DROP_MESSAGE_COMPILER__: command === 'build',
    },
    resolve: {
      // jsPDF reaches these only from doc.html(), which the app never calls; keep them out of dist/.
      alias: { html2canvas: emptyModule, canvg: emptyModule, dompurify: emptyModule },
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: single ? 'dist-single' : 'dist',
      rolldownOptions: {
        output: {
          // Fewer, larger files: what the start page needs in one chunk, the small modules the screens share in
          // another. Two dozen files of a few hundred bytes each cost a round trip apiece on a slow line.
          codeSplitting: {
            groups: [
              { name: 'app', tags: ['$initial'], priority: 2 },
              {
                name: 'screens',
                // This project's own modules only, and not the reports, charts and room: they bring jsPDF,
                // Chart.js and the QR code with them.
                test: (id: string) =>
                  id.startsWith(sourceDir) && !SCREENS_EXCLUDED.test(id.slice(sourceDir.length)),
                minShareCount: 2,
                priority: 1,
              },
            ],
          },
          // The room's texts apart by name: the size check counts only the start page's language chunk.
          chunkFileNames: (chunk: { facadeModuleId: string | null }) =>
            chunk.facadeModuleId?.endsWith('.json?room')
              ? 'assets/room-texts-[name]-[hash].js'
              : chunk.facadeModuleId?.endsWith('.json?screens')
                ? 'assets/screen-texts-[name]-[hash].js'
                : 'assets/[name]-[hash].js',
        },
      },
      emptyOutDir: true,
      // In the single file the PDF fonts and the favicon travel inside the HTML as data: URLs.
      ...(single ? { assetsInlineLimit: Number.MAX_SAFE_INTEGER } : {}),
    },
    test: {
      sequence: { sequencer: LongFirst },
      projects: [
        {
          extends: true,
          test: {
            ...UNIT,
            name: 'unit',
            include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
            exclude: [...configDefaults.exclude, ...UNIT_ISOLATED],
            // One module graph per worker, not per file: the unit tests ran five times slower isolated, almost
            // all of it loading the same modules again (150 s against 28 s on two cores).
            isolate: false,
          },
        },
        {
          extends: true,
          test: { ...UNIT, name: 'unit-isolated', include: UNIT_ISOLATED },
        },
        {
          // Browser tests against the built app (the test command builds it first).
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['tests/e2e/global-setup.ts'],
            // Three browsers at a time on two cores: much of each test waits on the page, and a third worker
            // fills that time (the browser tests took 740 s against 1,027 s with two, 2026-12-03).
            maxWorkers: 3,
            // A worker runs its files one after another in one module graph, with one Chromium
            // (browser-lifecycle.ts): loading Playwright and the content again and starting a browser for every
            // file took seconds per file on two busy cores.
            isolate: false,
            // After the unit tests, which run with their own number of workers.
            sequence: { groupOrder: 1 },
            // Long journeys beside other browsers on two cores take up to twice as long as alone.
            testTimeout: 150_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  };
});
