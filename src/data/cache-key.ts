/**
 * Keys for Astro's incremental build: a page is re-rendered only when its key changes. A key
 * joins the digests of every record the page shows, the site settings (header and footer), the
 * build day, because statuses (certificates, fairs) are computed for that day, and the code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localDate } from '../lib/dates.ts';
import { BUILD_TIME } from './index.ts';

/**
 * A fingerprint of the code: every file under src/, the Astro config and the lockfile. Astro's
 * own dependency hash misses some changes (a page kept from the cache can point to a script file
 * whose name changed), so any change to the code re-renders every page; content-only rebuilds,
 * the common case, still skip unchanged pages.
 */
const CODE = (() => {
  const hash = createHash('sha1');
  const root = process.cwd();
  const files = readdirSync(path.join(root, 'src'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of [...files, path.join(root, 'astro.config.mjs'), path.join(root, 'package-lock.json')]) {
    hash.update(path.relative(root, file));
    try {
      hash.update(readFileSync(file));
    } catch {
      // A project without a lockfile: nothing to add.
    }
  }
  return hash.digest('base64url');
})();

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
