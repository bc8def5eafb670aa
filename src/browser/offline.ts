// The hosted build's service worker (vite-plugin-pwa / Workbox) precaches the whole app. Only a round's
// screen asks for it, so a partner who opened the invitation link once can answer offline in the room.
declare const __OFFLINE_WORKER__: boolean;

export function keepAppOffline(): void {
  if (!__OFFLINE_WORKER__ || !window.isSecureContext || !('serviceWorker' in navigator)) return;
  // A failure only means no offline copy; the round works online as before.
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
}
