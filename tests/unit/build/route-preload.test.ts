import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { chunkFiles, hashPattern, lazyRoutes, preloadScript } from '../../../build/route-preload';

const routerSource = readFileSync('src/router.ts', 'utf8');

describe('the opening screen starts downloading beside the app’s own script', () => {
  afterEach(() => {
    document.head.querySelectorAll('link').forEach((l) => l.remove());
    localStorage.clear();
    location.hash = '';
  });

  it('finds every lazy screen of the router, with its path and its extra texts', () => {
    const routes = lazyRoutes(routerSource);
    const lazy = [...routerSource.matchAll(/import\('\.\/views\/(\w+)\.vue'\)/g)].map((m) => m[1]);
    // Every lazy screen but the catch-all's, which matches any address.
    expect(routes.map((r) => r.view)).toEqual(lazy.filter((v) => v !== 'NotFoundView'));
    expect(routes).toContainEqual({ path: '/scan/:id/stap/:sectionId', name: 'step', view: 'StepView' });
    expect(routes).toContainEqual({ path: '/ronde/:code?', name: 'round', view: 'RoundView', texts: 'room' });
    expect(routes.map((r) => r.view)).not.toContain('HomeView');
  });

  it('matches an address to its route the way the router does, query and optional parts included', () => {
    const step = new RegExp(hashPattern('/scan/:id/stap/:sectionId'));
    expect(step.test('#/scan/abc/stap/wegen')).toBe(true);
    expect(step.test('#/scan/abc/stap/wegen?vraag=1')).toBe(true);
    expect(step.test('#/scan/abc/resultaten')).toBe(false);
    expect(step.test('#/scan/abc/stap/')).toBe(false);
    const round = new RegExp(hashPattern('/ronde/:code?'));
    expect(round.test('#/ronde')).toBe(true);
    expect(round.test('#/ronde/K7P2')).toBe(true);
    expect(round.test('#/rondes')).toBe(false);
    expect(() => hashPattern('/:pathMatch(.*)*')).toThrow(/no pattern/);
  });

  it('collects a chunk’s own imports and stylesheets, once, leaving out what the page has loaded', () => {
    const chunk = (fileName: string, imports: string[], css: string[] = []) => ({
      type: 'chunk' as const,
      fileName,
      imports,
      viteMetadata: { importedCss: new Set(css) },
    });
    const bundle = {
      'v.js': chunk('v.js', ['s.js', 'app.js'], ['v.css']),
      's.js': chunk('s.js', ['app.js', 'v.js'], ['s.css']),
      'app.js': chunk('app.js', ['deep.js']),
      'deep.js': chunk('deep.js', []),
    } as unknown as Rollup.OutputBundle;
    const start = bundle['v.js'] as Rollup.OutputChunk;
    expect(chunkFiles(bundle, start, new Set(['app.js']))).toEqual(['v.js', 'v.css', 's.js', 's.css']);
  });

  const script = preloadScript(
    [
      {
        pattern: hashPattern('/scan/:id/stap/:sectionId'),
        files: ['a/step.js', 'a/s.css'],
        texts: { nl: ['a/nl.js'], en: ['a/en.js'] },
      },
      { pattern: hashPattern('/trend'), files: ['a/trend.js'], texts: { nl: [], en: [] } },
    ],
    'pga-zelfscan:locale',
  );
  const links = () =>
    [...document.head.querySelectorAll('link')].map(
      (l) =>
        `${l.rel}${l.getAttribute('blocking') ? ` blocking ${l.getAttribute('blocking')}` : ''} ${l.getAttribute('href')}`,
    );

  it('asks for the route’s scripts, stylesheets and texts in the chosen language, and nothing for another route', () => {
    location.hash = '#/scan/x/stap/wegen';
    localStorage.setItem('pga-zelfscan:locale', 'en');
    new Function(script)();
    expect(links()).toEqual([
      'modulepreload ./a/step.js',
      'stylesheet blocking render ./a/s.css',
      'modulepreload ./a/en.js',
    ]);
  });

  it('asks for nothing on the start page, and the Dutch texts when no language is kept', () => {
    location.hash = '';
    new Function(script)();
    expect(links()).toEqual([]);
    location.hash = '#/scan/x/stap/wegen';
    new Function(script)();
    expect(links()).toContain('modulepreload ./a/nl.js');
  });
});
