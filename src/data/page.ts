/**
 * From view models to routes. A route's `getStaticPaths` is `routes(viewsFn)` (routes.ts): the
 * function computes every page's view model once (plain data, exactly what the page shows) and
 * this file adds each page's cache key, derived from that view model. Keys are never listed by hand, so a
 * field a template starts to show is in the key as soon as it is in the view model — and a
 * template can show nothing else (components render props only).
 */
import { createHash } from 'node:crypto';
import { astroBuildRunning } from '../integrations/build-memory.ts';
import { sourceDigest } from '../integrations/source-digest.ts';
import { localDate } from '../lib/dates.ts';
import { stamp } from './clock.ts';
import type { SiteData } from './site-data.ts';

/**
 * A fingerprint of the code: every file under src/, the Astro config and the lockfile. Any change
 * to the code re-renders every page (a page kept from the cache could point to a renamed script);
 * content-only rebuilds, the common case, still skip unchanged pages.
 */
const CODE = sourceDigest(['src', 'astro.config.mjs', 'package-lock.json']);

/** One page of a route: its parameters and its view model. */
export interface PageOf<V> {
  params: Record<string, string | undefined>;
  view: V;
  /**
   * What the route renders beside `view` and that is not in it: a content entry's body (MDX), or
   * a large file's text or records, which would cost the key far more as part of the view. A
   * digest of it must be in `view` (the entry's digest, or `textDigest` of the text: text-digest.ts).
   */
  entry?: unknown;
}

/** The JSON text of this build's stamp and of its day, computed once per `now`. */
const stampTexts = new WeakMap<Date, { stamp: string; day: string }>();

/**
 * The text a page's key is computed from: the view model's JSON, where the build's stamp counts by
 * its day (see `clock.ts`) and the header and footer (`layout.chrome`, derived from site.yaml
 * alone, whose digest is in the key) are left out. Without a replacer function JSON.stringify is
 * several times faster, which counts over 26,000 views at every build. A stamp's JSON cannot occur
 * inside a string value (its quotes would be escaped), so replacing its text replaces stamps only;
 * stamps are only made by `stamp(now)`, so every stamp of a build has the same text.
 */
function keyText(now: Date, view: unknown): string {
  let texts = stampTexts.get(now);
  if (!texts) {
    const s = stamp(now);
    texts = { stamp: JSON.stringify(s), day: JSON.stringify(s.day) };
    stampTexts.set(now, texts);
  }
  const layout = (view as { layout?: { chrome?: unknown } } | null)?.layout;
  const text = JSON.stringify(layout?.chrome === undefined ? view : { ...(view as object), layout: { ...layout, chrome: undefined } });
  return text.includes(texts.stamp) ? text.replaceAll(texts.stamp, texts.day) : text;
}

/**
 * The cache key of a page showing `view`: the view model, the code, the site settings (header and
 * footer are in every view as well) and the build day (statuses are computed for that day).
 */
export function pageKey(data: Pick<SiteData, 'siteDigest' | 'now'>, view: unknown): string {
  return createHash('sha1').update(keyBase(data)).update(keyText(data.now, view)).digest('base64url');
}

/** What every page key of a build starts with: the code, the build day and the site settings. */
export function keyBase(data: Pick<SiteData, 'siteDigest' | 'now'>): string {
  return `${CODE}|${localDate(data.now)}|${data.siteDigest}|`;
}

/**
 * A page's props `{ view, entry }`, handed over once when `release` is set. Astro keeps every
 * route's static paths, props included, until the build ends, and copies a page's props once when
 * it renders that page (`{ ...props }`): reading each through a getter that lets go of it lets a
 * rendered page's view model be collected then, instead of all 26,000 staying live to the end
 * (less heap for the collector to trace while the rest render, a lower peak). Only `astro build`
 * releases: the dev server renders a page again from the same static paths.
 */
export function pageProps<V>(view: V, entry: unknown, release: boolean): { view: V; entry: unknown } {
  if (!release) return { view, entry };
  let heldView: V | undefined = view;
  let heldEntry: unknown = entry;
  return {
    get view() {
      const v = heldView as V;
      heldView = undefined;
      return v;
    },
    get entry() {
      const e = heldEntry;
      heldEntry = undefined;
      return e;
    },
  };
}

/** Whether this is `astro build` (integrations/build-memory.ts; false in the dev server and in tests). */
export const BUILD = astroBuildRunning();

/** Static paths with props `{ view, entry }` and a cache key each. */
export function staticPaths<V>(data: SiteData, pages: PageOf<V>[]) {
  return pages.map(({ params, view, entry }) => ({ params, props: pageProps(view, entry, BUILD), cacheKey: pageKey(data, view) }));
}
