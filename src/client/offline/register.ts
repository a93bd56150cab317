/**
 * Registers the service worker that keeps a saved copy of the pages a visitor opens (src/lib/offline.ts),
 * once the page has loaded: nothing the page shows waits for it. Browsers without service workers
 * (or with them turned off) simply have no saved copy.
 */
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
