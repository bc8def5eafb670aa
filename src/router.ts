import {
  START_LOCATION,
  createRouter,
  createWebHashHistory,
  type RouteLocationResolved,
  type Router,
} from 'vue-router';
import HomeView from './views/HomeView.vue';
import type {} from './route-map';

// Hash history: the same build works from any folder, any static host and file://.
export function createAppRouter(): Router {
  return createRouter({
    history: createWebHashHistory(),
    // A page opened afresh is at the top already; scrolling there forced a layout of the whole first screen
    // inside the task that renders it, making that one long task longer.
    scrollBehavior: (_to, from) => (from === START_LOCATION ? false : { top: 0 }),
    routes: [
      { path: '/', name: 'home', component: HomeView },
      { path: '/nieuw', name: 'new', component: () => import('./views/NewAssessmentView.vue') },
      {
        path: '/scan/:id/stap/:sectionId',
        name: 'step',
        component: () => import('./views/StepView.vue'),
        props: true,
        meta: { opensScan: true },
      },
      {
        path: '/scan/:id/resultaten',
        name: 'results',
        component: () => import('./views/ResultsView.vue'),
        props: true,
        meta: { opensScan: true, readsLibrary: true },
      },
      {
        path: '/scan/:id/vervolg',
        name: 'follow-up',
        component: () => import('./views/FollowUpView.vue'),
        props: true,
        meta: { opensScan: true },
      },
      {
        path: '/scan/:id/plan',
        name: 'plan',
        component: () => import('./views/PlanView.vue'),
        props: true,
        meta: { opensScan: true },
      },
      {
        path: '/scan/:id/rapport',
        name: 'report',
        component: () => import('./views/ReportView.vue'),
        props: true,
        meta: { opensScan: true, readsLibrary: true },
      },
      {
        path: '/scan/:id/werksessie',
        name: 'workshop',
        component: () => import('./views/WorkshopView.vue'),
        props: true,
        meta: { opensScan: true },
      },
      {
        path: '/scan/:id/ronde',
        name: 'round-host',
        component: () => import('./views/RoundHostView.vue'),
        // The round travels in the query, so a new round is the same screen without it.
        props: (route) => ({
          id: 'id' in route.params ? route.params.id : '',
          ronde: typeof route.query.ronde === 'string' ? route.query.ronde : undefined,
        }),
        meta: { texts: 'room', opensScan: true },
      },
      {
        path: '/ronde/:code?',
        name: 'round',
        component: () => import('./views/RoundView.vue'),
        props: true,
        meta: { texts: 'room' },
      },
      {
        path: '/scan/:id/presentatie/:questionId?',
        name: 'present',
        component: () => import('./views/PresentationView.vue'),
        props: true,
        meta: { chrome: false, opensScan: true },
      },
      {
        path: '/scan/:id/zaal',
        name: 'room',
        component: () => import('./views/RoomView.vue'),
        props: true,
        meta: { chrome: false },
      },
      {
        path: '/trend',
        name: 'trend',
        component: () => import('./views/TrendView.vue'),
        meta: { readsLibrary: true },
      },
      {
        path: '/landelijk-beeld',
        name: 'national',
        component: () => import('./views/NationalView.vue'),
      },
      { path: '/begrippen', name: 'glossary', component: () => import('./views/GlossaryView.vue') },
      {
        path: '/verantwoording',
        name: 'justification',
        component: () => import('./views/JustificationView.vue'),
      },
      {
        path: '/toegankelijkheid',
        name: 'accessibility',
        component: () => import('./views/AccessibilityView.vue'),
      },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
    ],
  });
}

/** Starts downloading a route's screen (a lazy component), so that the navigation later finds it loaded. */
export function preloadRoute(route: RouteLocationResolved): void {
  for (const record of route.matched)
    for (const component of Object.values(record.components ?? {}))
      // A failed download surfaces when the navigation itself loads the screen.
      if (typeof component === 'function') (component as () => Promise<unknown>)().catch(() => undefined);
}
