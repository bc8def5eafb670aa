import type { RouteParamsGeneric, RouteRecordInfo } from 'vue-router';
import type { TextPart } from './i18n/parts';

type Scan = { id: string };
type NoParams = Record<never, never>;
type Info<Name extends string, Path extends string, P extends RouteParamsGeneric> = RouteRecordInfo<
  Name,
  Path,
  P,
  P
>;

/** Every route by name, with its params: a link to a misspelt route or with a missing param does not compile. */
export interface RouteNamedMap {
  home: Info<'home', '/', NoParams>;
  new: Info<'new', '/nieuw', NoParams>;
  step: Info<'step', '/scan/:id/stap/:sectionId', Scan & { sectionId: string }>;
  results: Info<'results', '/scan/:id/resultaten', Scan>;
  'follow-up': Info<'follow-up', '/scan/:id/vervolg', Scan>;
  plan: Info<'plan', '/scan/:id/plan', Scan>;
  report: Info<'report', '/scan/:id/rapport', Scan>;
  workshop: Info<'workshop', '/scan/:id/werksessie', Scan>;
  present: Info<'present', '/scan/:id/presentatie/:questionId?', Scan & { questionId?: string }>;
  room: Info<'room', '/scan/:id/zaal', Scan>;
  'round-host': Info<'round-host', '/scan/:id/ronde', Scan>;
  round: Info<'round', '/ronde/:code?', { code?: string }>;
  trend: Info<'trend', '/trend', NoParams>;
  national: Info<'national', '/landelijk-beeld', NoParams>;
  glossary: Info<'glossary', '/begrippen', NoParams>;
  justification: Info<'justification', '/verantwoording', NoParams>;
  accessibility: Info<'accessibility', '/toegankelijkheid', NoParams>;
  'not-found': Info<'not-found', '/:pathMatch(.*)*', { pathMatch: string | string[] }>;
}

declare module 'vue-router' {
  interface TypesConfig {
    RouteNamedMap: RouteNamedMap;
  }
  interface RouteMeta {
    /** False where the screen has no app header and footer: the presentation belongs to the room. */
    chrome?: boolean;
    /** Texts the screen needs beyond the start page's (src/i18n/index.ts). */
    texts?: TextPart;
    /** The screen opens the scan named by `:id`: it is read before the screen renders, in a task of its own. */
    opensScan?: boolean;
    /** The screen lists the scans kept here: they are read and checked before it renders, in a task of their own. */
    readsLibrary?: boolean;
  }
}
