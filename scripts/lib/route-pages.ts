/**
 * One built page per template: the route files of `src/pages/` (`.astro` only; endpoints write
 * data, not pages) matched against the pages of a build, each page going to the route Astro would
 * pick for it (static segments before `[param]`, `[param]` before `[...rest]`). Read from the
 * route files themselves, so a new template is audited without anyone adding it to a list.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** A page route and the URL paths it can build. */
export interface PageRoute {
  /** The route file, relative to `src/pages/` (`san-pham/[slug].astro`). */
  file: string;
  pattern: RegExp;
  /** Per segment: 3 static, 2 `[param]`, 1 `[...rest]` (a higher rank wins a URL both match). */
  rank: number[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page route of a route file (path relative to `src/pages/`, `/` separators); undefined for an endpoint. */
export function pageRoute(file: string): PageRoute | undefined {
  if (!file.endsWith('.astro')) return undefined;
  const segments = file.slice(0, -'.astro'.length).split('/');
  if (segments.at(-1) === 'index') segments.pop();
  // Astro writes its 404 route as a file, not a folder, whatever the build format.
  if (segments.length === 1 && segments[0] === '404') return { file, pattern: /^\/404\.html$/, rank: [3] };
  let source = '^/';
  const rank: number[] = [];
  for (const segment of segments) {
    if (/^\[\.\.\.[^\]]+\]$/.test(segment)) {
      source += '(?:[^/]+/)*';
      rank.push(1);
    } else if (/^\[[^\]]+\]$/.test(segment)) {
      source += '[^/]+/';
      rank.push(2);
    } else {
      source += `${escape(segment)}/`;
      rank.push(3);
    }
  }
  return { file, pattern: new RegExp(`${source}$`), rank };
}

/** Which of two routes Astro prefers for a URL both match: negative when `a` comes first. */
export function compareRoutes(a: PageRoute, b: PageRoute): number {
  for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
    const diff = (b.rank[i] ?? 0) - (a.rank[i] ?? 0);
    if (diff) return diff;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Every route file under `pagesDir`, relative, with `/` separators. */
export function routeFiles(pagesDir: string): string[] {
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(pagesDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * For each page route, the first (in code-point order) of the built pages Astro would build from it;
 * routes that built no page are left out. `urls` are the build's page paths (`/san-pham/x/`).
 */
export function onePagePerRoute(files: readonly string[], urls: readonly string[]): { route: string; url: string }[] {
  const routes = files.flatMap((f) => pageRoute(f) ?? []).sort(compareRoutes);
  const chosen = new Map<string, string>();
  for (const url of [...urls].sort()) {
    const route = routes.find((r) => r.pattern.test(url));
    if (route && !chosen.has(route.file)) chosen.set(route.file, url);
  }
  return routes.filter((r) => chosen.has(r.file)).map((r) => ({ route: r.file, url: chosen.get(r.file)! })).sort((a, b) => (a.route < b.route ? -1 : 1));
}
