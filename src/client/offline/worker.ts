/// <reference lib="webworker" />
/**
 * The service worker (`/sw.js`, bundled by src/integrations/offline.ts with this build's digest
 * and its scripts and styles). Rules and the reasons two builds never mix: src/lib/offline.ts.
 *
 * - Pages and data files: from the network; saved as they arrive (only while this worker's build is
 *   still the one the server has); the saved copy when the network fails or a page with a saved copy
 *   takes longer than NETWORK_TIMEOUT_MS. A page served from the saved copy says so, and from when
 *   (`markSaved`); its time-dependent statuses are recomputed by its own scripts from the clock.
 * - A page's `<meta name="hangviet-offline">` names what to save with it (a point's province list
 *   and its map data): fetched once per build, after the page itself.
 * - Hashed files (`/_astro/`): the saved copy first; they never change.
 * - Never touched: other origins, anything but GET, the editor (`/admin/`), host files, downloads.
 */
import {
  ALWAYS_SAVED,
  MAX_SAVED,
  NETWORK_TIMEOUT_MS,
  OFFLINE_PAGE,
  SAVED_HEADER,
  TITLE_HEADER,
  cacheName,
  entriesToKeep,
  isOldCache,
  markSaved,
  pageTitle,
  requestKind,
  withPageContent,
  withPagePaths,
  type RequestKind,
} from '../../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope;
/** This build's digest (src/integrations/offline.ts). */
declare const __BUILD__: string;
/** This build's scripts and styles, `/_astro/…`. */
declare const __SHELL__: string[];

const CACHE = cacheName(__BUILD__);

/** The key a response is saved under: pages by path (their query is read by their script), data by path and query. */
const keyOf = (url: URL, kind: RequestKind) => (kind === 'data' ? url.pathname + url.search : url.pathname);

/**
 * Save a copy of `response` under `key`: its body read, the time and a page's title added,
 * transfer headers dropped. Returns a page's HTML (to find what it names to be saved with it), or ''.
 */
async function put(cache: Cache, key: string, kind: RequestKind, response: Response): Promise<string> {
  const headers = new Headers(response.headers);
  for (const h of ['content-encoding', 'content-length', 'transfer-encoding']) headers.delete(h);
  headers.set(SAVED_HEADER, new Date().toISOString());
  const init = { status: response.status, statusText: response.statusText, headers };
  if (kind !== 'page') {
    await cache.put(key, new Response(await response.blob(), init));
    return '';
  }
  const html = await response.text();
  headers.set(TITLE_HEADER, encodeURIComponent(pageTitle(html)));
  await cache.put(key, new Response(html, init));
  return html;
}

/** Whether a response can be saved: a complete same-origin answer. */
const saveable = (r: Response) => r.ok && r.status === 200 && r.type === 'basic';

let check: { at: number; current: Promise<boolean> } | undefined;
/**
 * Whether this worker's build is still the one the server has: asks for `/sw.js` again (the check
 * the browser makes after each navigation anyway; at most once in 10 s). False once a newer
 * worker is installing or waiting, when this build's cache is gone, or when the check itself
 * fails — then nothing is saved.
 */
async function stillCurrent(): Promise<boolean> {
  // Checked at every save, not remembered: a newer worker may have appeared, or taken over and
  // deleted this build's cache, or the visitor deleted the saved copy. A cache is never recreated.
  if (self.registration.installing || self.registration.waiting || !(await caches.has(CACHE))) return false;
  const now = Date.now();
  if (!check || now - check.at > 10_000) {
    const current = self.registration.update().then(
      () => !self.registration.installing && !self.registration.waiting,
      () => {
        // A failed check is not remembered: the next save asks again.
        check = undefined;
        return false;
      },
    );
    check = { at: now, current };
  }
  return check.current;
}

/** Save what a page names to be saved with it, unless this build's cache has it already. */
async function saveWithPage(cache: Cache, html: string): Promise<void> {
  for (const path of withPagePaths(withPageContent(html))) {
    if (await cache.match(path)) continue;
    try {
      const response = await fetch(path);
      if (saveable(response)) await put(cache, path, requestKind(path), response);
    } catch {
      return;
    }
  }
}

/** Keep at most MAX_SAVED pages, and MAX_SAVED data files, in this build's cache. */
async function prune(cache: Cache): Promise<void> {
  const requests = await cache.keys();
  const counts = new Map<RequestKind, number>();
  for (const r of requests) {
    const kind = requestKind(new URL(r.url).pathname);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  // Each kind is under its limit (the always-saved pages count against it here, to be safe).
  if ((counts.get('page') ?? 0) <= MAX_SAVED && (counts.get('data') ?? 0) <= MAX_SAVED) return;
  const entries = await Promise.all(
    requests.map(async (r) => {
      const u = new URL(r.url);
      return { path: u.pathname + u.search, savedAt: (await cache.match(r))?.headers.get(SAVED_HEADER) ?? '' };
    }),
  );
  const keep = entriesToKeep(entries);
  await Promise.all(requests.filter((_, i) => !keep.has(entries[i]!.path)).map((r) => cache.delete(r)));
}

/** Save `response` under `key` (and what a page names to be saved with it); `checked` when this worker is known to be current. */
async function save(key: string, kind: RequestKind, response: Response, checked = false): Promise<void> {
  if (!checked && !(await stillCurrent())) return;
  const cache = await caches.open(CACHE);
  const html = await put(cache, key, kind, response);
  if (kind === 'page') await saveWithPage(cache, html);
  await prune(cache);
}

/** A saved response as it is served: a page gets the saved-copy notice. */
async function fromSaved(saved: Response, kind: RequestKind): Promise<Response> {
  if (kind !== 'page') return saved;
  const html = markSaved(await saved.text(), saved.headers.get(SAVED_HEADER) ?? '');
  return new Response(html, { status: saved.status, statusText: saved.statusText, headers: saved.headers });
}

const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));

async function networkFirst(event: FetchEvent, url: URL, kind: RequestKind): Promise<Response> {
  const key = keyOf(url, kind);
  // Reading with `cacheName` never creates the cache (`caches.open` would).
  const saved = await caches.match(key, { cacheName: CACHE });
  const network = fetch(event.request).then((response) => {
    if (saveable(response)) event.waitUntil(save(key, kind, response.clone()));
    return response;
  });
  // The network's failure is handled below; this keeps it from being reported as unhandled.
  network.catch(() => undefined);
  try {
    const first = saved ? await Promise.race([network, timeout(NETWORK_TIMEOUT_MS)]) : await network;
    if (first !== 'timeout') return first;
    event.waitUntil(network.then(() => undefined, () => undefined));
    return fromSaved(saved!, kind);
  } catch (error) {
    if (saved) return fromSaved(saved, kind);
    if (kind === 'page' && event.request.mode === 'navigate') {
      const fallback = await caches.match(OFFLINE_PAGE, { cacheName: CACHE });
      if (fallback) return fromSaved(fallback, kind);
    }
    throw error;
  }
}

async function savedFirst(event: FetchEvent, url: URL): Promise<Response> {
  const saved = (await caches.match(url.pathname, { cacheName: CACHE })) ?? (await caches.match(url.pathname));
  if (saved) return saved;
  const response = await fetch(event.request);
  if (saveable(response)) {
    const copy = response.clone();
    event.waitUntil(stillCurrent().then(async (ok) => (ok ? (await caches.open(CACHE)).put(url.pathname, copy) : undefined)));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const kind = requestKind(url.pathname);
  if (kind === 'pass') return;
  event.respondWith(kind === 'asset' ? savedFirst(event, url) : networkFirst(event, url, kind));
});

/** Fetch `path` fresh into `cache`; false when the build no longer has it (404, 410). */
async function refresh(cache: Cache, path: string, kind: RequestKind): Promise<boolean> {
  const response = await fetch(path, { cache: 'no-cache' });
  if (response.status === 404 || response.status === 410) return false;
  if (!saveable(response)) throw new Error(`${path}: ${response.status}`);
  const html = await put(cache, path, kind, response);
  if (kind === 'page') await saveWithPage(cache, html);
  return true;
}

/**
 * A new build: its scripts and styles (copied from an older cache when there, since their names
 * carry their content's hash), the always-saved pages, and a fresh copy of every page and data
 * file an older build's cache held, all into this build's cache. Any failure fails the install:
 * the older worker and its cache stay until the next try.
 */
async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  const olds = (await caches.keys()).filter((name) => isOldCache(name, __BUILD__));
  for (const path of __SHELL__) {
    if (await cache.match(path)) continue;
    const had = await caches.match(path);
    if (had) await cache.put(path, had);
    else await cache.add(path);
  }
  const earlier = new Map<string, string>();
  for (const name of olds) {
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const u = new URL(request.url);
      const path = u.pathname + u.search;
      const kind = requestKind(u.pathname);
      // Files named by version (the search index's `?v=`) belong to the old build only.
      if ((kind !== 'page' && kind !== 'data') || u.search) continue;
      earlier.set(path, (await old.match(request))?.headers.get(SAVED_HEADER) ?? '');
    }
  }
  const keep = entriesToKeep([...earlier].map(([path, savedAt]) => ({ path, savedAt })));
  for (const path of new Set([...ALWAYS_SAVED, ...[...keep].filter((p) => earlier.has(p))])) {
    if (await cache.match(path)) continue;
    // Paths without a query (those are left behind above).
    await refresh(cache, path, requestKind(path));
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (isOldCache(name, __BUILD__)) await caches.delete(name);
      await self.clients.claim();
      // The pages open while the worker was installing were fetched before it could save them:
      // save them now (a revalidation: the browser's own cache has them).
      const cache = await caches.open(CACHE);
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        const url = new URL(client.url);
        if (url.origin !== self.location.origin || requestKind(url.pathname) !== 'page' || (await cache.match(url.pathname))) continue;
        try {
          const response = await fetch(url.pathname);
          // This worker has just been installed from the server's sw.js: it is current.
          if (saveable(response)) await save(url.pathname, 'page', response, true);
        } catch {
          // Offline already: nothing to save.
        }
      }
    })(),
  );
});
