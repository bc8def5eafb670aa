import { describe, expect, it } from 'vitest';
import { createAppRouter } from '../../../src/router';
import { textPartsFor } from '../../../src/i18n/parts';
import type { RouteNamedMap } from '../../../src/route-map';

// Typed as the route map: a route added to one side only fails the typecheck here or in the links,
// and a path that differs fails this test.
const PATHS: { [Name in keyof RouteNamedMap]: RouteNamedMap[Name]['path'] } = {
  home: '/',
  new: '/nieuw',
  step: '/scan/:id/stap/:sectionId',
  results: '/scan/:id/resultaten',
  'follow-up': '/scan/:id/vervolg',
  plan: '/scan/:id/plan',
  report: '/scan/:id/rapport',
  workshop: '/scan/:id/werksessie',
  present: '/scan/:id/presentatie/:questionId?',
  room: '/scan/:id/zaal',
  'round-host': '/scan/:id/ronde',
  round: '/ronde/:code?',
  trend: '/trend',
  national: '/landelijk-beeld',
  glossary: '/begrippen',
  justification: '/verantwoording',
  accessibility: '/toegankelijkheid',
  'not-found': '/:pathMatch(.*)*',
};

describe('routes', () => {
  const routes = createAppRouter().getRoutes();

  it('has exactly the routes of the typed route map, with the same paths', () => {
    const actual = Object.fromEntries(routes.map((r) => [String(r.name), r.path]));
    expect(actual).toEqual(PATHS);
  });

  it('hides the app header and footer only on the presentation and the room screen', () => {
    const bare = routes.filter((r) => r.meta.chrome === false).map((r) => r.name);
    expect(bare).toEqual(['present', 'room']);
  });
});

describe('textPartsFor', () => {
  const router = createAppRouter();
  const parts = (path: string) => textPartsFor(router.resolve(path));

  it('gives the start page no extra texts, every other screen the screens’ texts, a round its own too', () => {
    expect(parts('/')).toEqual([]);
    expect(parts('/scan/x/resultaten')).toEqual(['screens']);
    expect(parts('/ronde/abc')).toEqual(['room', 'screens']);
    expect(parts('/scan/x/ronde')).toEqual(['room', 'screens']);
  });
});
