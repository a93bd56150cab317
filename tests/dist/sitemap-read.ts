/**
 * Reading a built site's sitemap as a search engine does (XML parsed by fast-xml-parser, from the
 * index down), and the pages it ought to list, found by walking dist/ (no rule of the site's code
 * is used to find them). Shared by the tests over dist/ and the rebuild tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** Elements that may occur once or many times, always read as lists. */
const LISTS = new Set(['sitemap', 'url']);
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => LISTS.has(name) });

/** What a sitemap index and the sitemaps it lists say. */
export interface SitemapRead {
  /** The sitemap files the index lists, as written (absolute URLs). */
  sitemaps: string[];
  /** Every page URL of every listed sitemap, as written. */
  urls: string[];
}

/** Read `/sitemap-index.xml` of `dist` and every sitemap it lists (which must be files of `dist`). */
export function readSitemap(dist: string): SitemapRead {
  const index = parser.parse(readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8')) as { sitemapindex?: { sitemap?: { loc: string }[] } };
  const sitemaps = (index.sitemapindex?.sitemap ?? []).map((s) => s.loc);
  const urls: string[] = [];
  for (const loc of sitemaps) {
    const file = path.join(dist, decodeURIComponent(new URL(loc).pathname));
    if (!existsSync(file)) throw new Error(`sitemap-index.xml lists ${loc}, which is not in the build`);
    const doc = parser.parse(readFileSync(file, 'utf8')) as { urlset?: { url?: { loc: string }[] } };
    urls.push(...(doc.urlset?.url ?? []).map((u) => u.loc));
  }
  return { sitemaps, urls };
}

/** Whether a built page asks search engines not to list it. */
const noindex = (html: string) => /<meta name="robots" content="[^"]*\bnoindex\b/.test(html);

/**
 * The address of every page the sitemap should list: each `index.html` in `dist` (the 404 page is
 * `404.html`, so not among them), except the editor's (`/admin/…`) and pages marked `noindex`.
 */
export function pagesForSitemap(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => path.basename(f) === 'index.html')
    .map((f) => ({ f, url: `/${path.dirname(f).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/') }))
    .filter(({ f, url }) => !url.startsWith('/admin/') && !noindex(readFileSync(path.join(dist, f), 'utf8')))
    .map(({ url }) => url)
    .sort();
}
