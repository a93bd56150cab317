/**
 * Mapping between a static build (`dist/`) and its URLs, as a static host with Astro's
 * `build.format: 'directory'` and `trailingSlash: 'always'` serves it.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` with one of the extensions (".html"), as absolute paths, sorted. */
export async function listFiles(dir: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && extensions.includes(path.extname(e.name)))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The URL path a built file is served at: `dist/a/index.html` → `/a/`, `dist/x.ics` → `/x.ics`. */
export function urlPathOf(dist: string, file: string): string {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** What a URL path resolves to in the build. */
export type Resolution =
  | { kind: 'file'; file: string }
  /** `/a` where only `/a/index.html` exists: works only through a redirect. */
  | { kind: 'needs-slash'; file: string }
  | { kind: 'missing' };

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Resolve a decoded URL path (`/ke-hoach/`) against the build folder. */
export async function resolveUrlPath(dist: string, urlPath: string, cache = new Map<string, boolean>()): Promise<Resolution> {
  const exists = async (p: string) => {
    let known = cache.get(p);
    if (known === undefined) {
      known = await isFile(p);
      cache.set(p, known);
    }
    return known;
  };
  const target = path.join(dist, ...urlPath.split('/').filter(Boolean));
  if (!target.startsWith(dist)) return { kind: 'missing' };
  if (urlPath.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return (await exists(index)) ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  if (await exists(target)) return { kind: 'file', file: target };
  const index = path.join(target, 'index.html');
  if (await exists(index)) return { kind: 'needs-slash', file: index };
  return { kind: 'missing' };
}
