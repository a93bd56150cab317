/**
 * Where the last search index waits between builds. `astro build` (keep-dist) moves
 * `dist/pagefind/` into the cache folder instead of deleting it, so a dist/ that only went through
 * `astro build` never serves an index of other pages; `scripts/search-index.ts` moves it back when
 * the pages it was built from are byte for byte the same, and builds a new one otherwise.
 */
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The search index's folder in a built site. */
export const INDEX_FOLDER = 'pagefind';

/** The parked index, in the cache folder. */
export const PARKED_FOLDER = 'hangviet-search-index';

/** What the last index was built from and what it holds (a JSON file in the cache folder). */
export const RECORD_FILE = 'hangviet-search-index.json';

/**
 * Astro's cache folder as astro.config.mjs sets it (HANGVIET_CACHE_DIR, else Astro's default),
 * for scripts that run outside Astro. If it ever disagreed with Astro's, the only effect would be
 * that no parked index is found and the index is built again.
 */
export function cacheDirOf(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  return path.resolve(root, env.HANGVIET_CACHE_DIR || 'node_modules/.astro');
}

/**
 * Move `outDir`'s search index into `cacheDir` (replacing the one parked there). When it cannot be
 * moved (another file system), it is deleted: the next index is then built from scratch.
 */
export function parkSearchIndex(outDir: string, cacheDir: string): void {
  const index = path.join(outDir, INDEX_FOLDER);
  const parked = path.join(cacheDir, PARKED_FOLDER);
  rmSync(parked, { recursive: true, force: true });
  try {
    renameSync(index, parked);
  } catch {
    rmSync(index, { recursive: true, force: true });
  }
}
