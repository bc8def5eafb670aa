// The shared stylesheets come first, so that a component's own stylesheet always follows them in the cascade;
// the print rules come last, after the app's own, so that they win on paper.
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import { START_LOCATION } from 'vue-router';
import App from './App.vue';
import { createAppRouter, preloadRoute } from './router';
import { textPartsFor } from './i18n/parts';
import { cacheTranslations, createAppI18n, loadMessages, loadTexts, preloadTexts } from './i18n';
import { appStorage, initStorage } from './storage/context';
import { readLocale } from './storage/settings';
import { reportRenderError } from './composables/renderError';
import { nextTask } from './browser/next-task';
import { useAssessmentsStore } from './stores/assessments';
import { useLibraryStore } from './stores/library';
import './styles/print.css';

const locale = readLocale(appStorage()) ?? 'nl';
const router = createAppRouter();
// The screen asked for starts downloading now, beside the storage and the texts, rather than one after the
// other once the app has mounted: on a slow line each step of that chain cost a round trip.
const opening = router.resolve(location.hash.slice(1) || '/');
preloadRoute(opening);
for (const part of textPartsFor(opening)) preloadTexts(locale, part);
const [messages] = await Promise.all([loadMessages(locale), initStorage()]);
const i18n = createAppI18n(locale, { [locale]: messages });
cacheTranslations(i18n.global);
// From here the start-up runs in three tasks, not one: the texts above, the app's frame below, and the screen.
await nextTask();
const app = createApp(App);
// A failing component shows a message with a way to keep the open scan, instead of a blank region.
app.config.errorHandler = reportRenderError;
app.use(createPinia());
app.use(i18n);
// Texts only some screens use come with those screens, not with the start page. The screen itself then renders
// in a task of its own, not in the one that mounted the app's frame (see nextTask).
const assessments = useAssessmentsStore();
router.beforeEach(async (to) => {
  for (const part of textPartsFor(to)) await loadTexts(i18n.global, part);
  // Reading and checking a large scan is a task's worth of work: done here, the screen's first render is not.
  if (to.meta.opensScan && 'id' in to.params) assessments.open(to.params.id);
  await nextTask();
  if (to.meta.readsLibrary) {
    useLibraryStore().load();
    await nextTask();
  }
  // Until its first navigation has ended the router does not follow the address bar: an address changed while
  // this one waited (a link followed as the app starts) is followed here instead.
  if (router.currentRoute.value === START_LOCATION) {
    const now = router.resolve(location.hash.slice(1) || '/');
    if (now.fullPath !== to.fullPath) return now.fullPath;
  }
});
app.use(router);
app.mount('#app');
