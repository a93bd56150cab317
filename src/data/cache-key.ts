/**
 * Keys for Astro's incremental build: a page is re-rendered only when its key changes. A key
 * joins the digests of every record the page shows, the site settings (header and footer), and
 * the build day, because statuses (certificates, fairs) are computed for that day.
 */
import { createHash } from 'node:crypto';
import { localDate } from '../lib/dates.ts';
import { BUILD_TIME } from './index.ts';

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
  const text = [localDate(BUILD_TIME), siteDigest, ...entries.map(part)].join('|');
  return createHash('sha1').update(text).digest('base64url');
}
