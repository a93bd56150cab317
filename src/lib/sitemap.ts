/** What the sitemap lists and what robots.txt tells crawlers. Pure; one rule for the build and the tests. */
import { ADMIN, SEARCH_INDEX } from './urls.ts';

/**
 * Whether the page at `path` (a URL path, `/tin-tuc/a/`) belongs in the sitemap: every public page
 * except the 404 page (it has no address of its own), the press office's editor (`/admin/…`) and
 * the search index pages (`/tim-kiem/chi-muc/…`, which ask search engines not to list them: a
 * sitemap naming them would contradict their `noindex`).
 */
export function inSitemap(path: string): boolean {
  const p = path.endsWith('/') ? path : `${path}/`;
  if (p === '/404/' || p.startsWith(ADMIN)) return false;
  return !p.startsWith(SEARCH_INDEX);
}

/**
 * The text of `/robots.txt`: crawlers are welcome everywhere but in the editor, and are told where
 * the sitemap is (an absolute URL, as the robots.txt standard requires for `Sitemap:`).
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nDisallow: ${ADMIN}\n\nSitemap: ${sitemapUrl}\n`;
}
