/**
 * Keys for Astro's incremental build: a page is re-rendered only when its key changes. A key
 * joins the digests of every record the page shows, the site settings (header and footer), the
 * build day, because statuses (certificates, fairs) are computed for that day, and the code.
 */
import { createHash } from 'node:crypto';
import { localDate } from '../lib/dates.ts';
import { laterPages, pageItems } from '../lib/paginate.ts';
import { sourceDigest } from '../lib/source-digest.ts';
import { BUILD_TIME } from './index.ts';

/**
 * A fingerprint of the code: every file under src/, the Astro config and the lockfile. Astro's
 * own dependency hash misses some changes (a page kept from the cache can point to a script file
 * whose name changed), so any change to the code re-renders every page; content-only rebuilds,
 * the common case, still skip unchanged pages.
 */
const CODE = sourceDigest(['src', 'astro.config.mjs', 'package-lock.json']);

interface Keyed {
  id: string;
  digest?: string | number | undefined;
  data: unknown;
}

/** The part of a key that stands for one record. */
function part(entry: Keyed | undefined): string {
  if (!entry) return '-';
  return `${entry.id}:${entry.digest ?? JSON.stringify(entry.data)}`;
}

/** A cache key for a page showing these records (in any order they are given). */
export function cacheKey(siteDigest: string, entries: (Keyed | undefined)[]): string {
  const text = [CODE, localDate(BUILD_TIME), siteDigest, ...entries.map(part)].join('|');
  return createHash('sha1').update(text).digest('base64url');
}

const wholes = new WeakMap<readonly Keyed[], Keyed>();

/**
 * One key part standing for a whole list of records (a collection, usually): it changes when any
 * record in it does, or when one is added or removed. For pages that show something of many
 * records, such as names looked up in other collections; worked out once per list.
 */
export function allOf(entries: readonly Keyed[]): Keyed {
  let whole = wholes.get(entries);
  if (!whole) {
    const digest = createHash('sha1').update(entries.map(part).join('|')).digest('base64url');
    whole = { id: '#all', digest, data: null };
    wholes.set(entries, whole);
  }
  return whole;
}

/**
 * The later pages of a list (see `laterPages`), each with a cache key: the records it shows (and
 * what each brings along, `related`), the list's length (shown in its text and pagination) and
 * `extra` records the whole list shows, such as counts over all of them.
 */
export function keyedLaterPages<T extends Keyed>(
  siteDigest: string,
  items: readonly T[],
  size: number,
  related: (item: T) => (Keyed | undefined)[] = () => [],
  extra: readonly (Keyed | undefined)[] = [],
) {
  return laterPages(items.length, size).map((p) => ({ ...p, cacheKey: listCacheKey(siteDigest, items, p.props.page, size, related, extra) }));
}

/** The cache key of page `page` of a list (page 1 included). */
export function listCacheKey<T extends Keyed>(
  siteDigest: string,
  items: readonly T[],
  page: number,
  size: number,
  related: (item: T) => (Keyed | undefined)[] = () => [],
  extra: readonly (Keyed | undefined)[] = [],
): string {
  const shown = pageItems(items, page, size).flatMap((item) => [item, ...related(item)]);
  return cacheKey(siteDigest, [{ id: '#total', data: items.length }, ...extra, ...shown]);
}
