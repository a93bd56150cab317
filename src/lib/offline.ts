/**
 * The saved copy for slow and absent networks (issue #19): which requests the service worker
 * answers and how, what it keeps, and how a page says it came from the saved copy. Pure; shared by
 * the worker (src/client/offline/worker.ts), the pages' script (src/client/offline/page.ts), the
 * build (src/integrations/offline.ts) and the tests.
 *
 * Why nothing from two builds can mix:
 *  - scripts, styles and images live under `/_astro/` with a content hash in their names, so a
 *    saved page always asks for exactly the files it was built with;
 *  - each build has its own cache (its name carries the build's digest, written into `/sw.js`). A
 *    new build means a new `/sw.js`, so the browser installs a new worker; it fills a new cache from
 *    the network (the build's scripts and styles, and a fresh copy of every page the old cache
 *    held) and only then takes over and deletes the old cache. If that cannot finish (the network
 *    drops), the old worker and its complete cache stay;
 *  - a worker only saves into its cache what it fetched while its build was still the one served:
 *    before saving it asks the server for `/sw.js` again, and saves nothing once a newer worker
 *    exists.
 */
import { formatDateTime } from './dates.ts';
import { ADMIN, FAIRS, MAP_DATA, OFFLINE, OPEN_DATA, PLACE_DATA } from './urls.ts';

/** The service worker's address; at the root, so its scope is the whole site. */
export const WORKER_URL = '/sw.js';
/** The page shown for an address that has no saved copy when the network is gone (it lists the saved pages). */
export const OFFLINE_PAGE = OFFLINE;
/** Pages every visitor's saved copy holds from the start: the fairs list and the offline page. */
export const ALWAYS_SAVED: readonly string[] = [FAIRS, OFFLINE_PAGE];
/** Names of the caches this site makes: `<prefix><build digest>`. */
export const CACHE_PREFIX = 'hangviet-';
/** How many pages, and how many data files, a saved copy keeps at most; the oldest saved go first. */
export const MAX_SAVED = 80;
/**
 * How long a page waits for the network before the saved copy is shown instead (one bar of
 * signal). The network's answer, when it comes, still replaces the saved copy for next time.
 */
export const NETWORK_TIMEOUT_MS = 4000;
/** The response header that carries when a copy was saved (ISO instant). */
export const SAVED_HEADER = 'x-hangviet-saved';
/** The response header that carries a saved page's title (URI-encoded: headers are Latin-1), for the list of saved pages. */
export const TITLE_HEADER = 'x-hangviet-title';
/** The `<meta name>` the worker adds to a page it serves from the saved copy (content: ISO instant). */
export const SAVED_META = 'hangviet-saved';
/** The `<meta name>` listing what a page asks to be saved with it (space-separated paths). */
export const WITH_PAGE_META = 'hangviet-offline';

/**
 * How the worker treats a same-origin GET:
 *  - `page`: network first (with a time limit when a copy exists), saved, the saved copy when offline;
 *  - `asset`: a hashed file under `/_astro/`: the saved copy first (it never changes), else network, saved;
 *  - `data`: the JSON files pages read (map, finder, filters, lookups, search index): like a page;
 *  - `pass`: not touched at all (the editor, host files, the worker itself, downloads: the open
 *    data, calendars, feeds).
 */
export type RequestKind = 'page' | 'asset' | 'data' | 'pass';

/** What kind of request `path` (a URL's pathname, same origin, GET) is. */
export function requestKind(path: string): RequestKind {
  if (path === WORKER_URL || path.startsWith(ADMIN) || path.startsWith('/_deploy/') || path === '/_headers') return 'pass';
  if (path.startsWith('/_astro/')) return 'asset';
  if (path.endsWith('/') || path.endsWith('.html')) return 'page';
  // The open data's files are downloads (some are megabytes), but for the map's and the finder's.
  if (path.startsWith(OPEN_DATA) && !path.startsWith(MAP_DATA) && !path.startsWith(PLACE_DATA)) return 'pass';
  if (path.endsWith('.json')) return 'data';
  return 'pass';
}

/** The cache name of a build. */
export const cacheName = (build: string) => `${CACHE_PREFIX}${build}`;

/** Whether a cache name is one of this site's, other than the build's own (to delete after taking over). */
export const isOldCache = (name: string, build: string) => name.startsWith(CACHE_PREFIX) && name !== cacheName(build);

/** The words a page served from the saved copy shows: “Bản đã lưu lúc 08:15 30/11/2026”. */
export function savedNotice(savedAt: string): string {
  return `Bản đã lưu lúc ${formatDateTime(savedAt)}`;
}

/** The notice a page served from the saved copy shows, as HTML (its only variable part is a formatted time). */
export function savedBanner(savedAt: string): string {
  return (
    `<div class="app-saved" role="note"><p class="app-container"><strong>${savedNotice(savedAt)}.</strong> ` +
    'Không tải được trang mới nên bạn đang xem bản lưu trong máy. Tình trạng chứng nhận, hội chợ và giờ mở cửa ' +
    `được tính lại theo đồng hồ của máy. <a href="${OFFLINE_PAGE}">Các trang đã lưu</a></p></div>`
  );
}

/**
 * A saved page as it is served from the saved copy: a `<meta name="hangviet-saved">` with the
 * instant it was saved right after `<head>`, and the notice after the skip link (or at the start of
 * `<body>`), so the page says it is a saved copy, and from when, with or without its scripts.
 */
export function markSaved(html: string, savedAt: string): string {
  const at = Number.isNaN(Date.parse(savedAt)) ? new Date(0).toISOString() : new Date(savedAt).toISOString();
  const insert = (text: string, after: RegExp, add: string) => {
    const m = after.exec(text);
    return m ? text.slice(0, m.index + m[0].length) + add + text.slice(m.index + m[0].length) : null;
  };
  const withMeta = insert(html, /<head(?:\s[^>]*)?>/i, `<meta name="${SAVED_META}" content="${at}">`) ?? html;
  const banner = savedBanner(at);
  return insert(withMeta, /<a\b[^>]*class="app-skip-link"[^>]*>[\s\S]*?<\/a>/i, banner) ?? insert(withMeta, /<body(?:\s[^>]*)?>/i, banner) ?? banner + withMeta;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** A page's `<title>` as text (the few entities Astro writes decoded), or '' when it has none. */
export function pageTitle(html: string): string {
  const m = /<title>([\s\S]*?)<\/title>/i.exec(html);
  return m ? m[1]!.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e]!).trim() : '';
}

/**
 * Which saved entries to keep: the `max` most recently saved pages and the `max` most recently
 * saved data files (ties keep the earlier listed), and always the always-saved pages and hashed files.
 */
export function entriesToKeep(entries: readonly { path: string; savedAt: string }[], max = MAX_SAVED): Set<string> {
  const keep = new Set<string>();
  const byKind = new Map<RequestKind, { path: string; savedAt: string; i: number }[]>();
  entries.forEach((e, i) => {
    const kind = requestKind(e.path.split('?')[0]!);
    if (ALWAYS_SAVED.includes(e.path) || kind === 'asset') keep.add(e.path);
    else {
      const list = byKind.get(kind);
      if (list) list.push({ ...e, i });
      else byKind.set(kind, [{ ...e, i }]);
    }
  });
  for (const list of byKind.values()) {
    list.sort((a, b) => (a.savedAt === b.savedAt ? a.i - b.i : a.savedAt < b.savedAt ? 1 : -1));
    for (const e of list.slice(0, max)) keep.add(e.path);
  }
  return keep;
}

/** The content of a page's `<meta name="hangviet-offline">` (what it asks to be saved with it), if it has one. */
export function withPageContent(html: string): string | undefined {
  const meta = new RegExp(`<meta\\b[^>]*\\bname="${WITH_PAGE_META}"[^>]*>`).exec(html)?.[0];
  return meta ? /\bcontent="([^"]*)"/.exec(meta)?.[1] : undefined;
}

/** The paths a page asks to be saved with it, from its `<meta name="hangviet-offline">` content. */
export function withPagePaths(content: string | null | undefined): string[] {
  return (content ?? '')
    .split(/\s+/)
    .filter((p) => p.startsWith('/') && !p.startsWith('//') && requestKind(p) !== 'pass');
}
