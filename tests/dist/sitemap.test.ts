/**
 * The sitemap and robots.txt as a search engine reads them: the sitemap lists exactly the built
 * pages (every `index.html` but the editor's and those marked `noindex`; never the 404 page),
 * each once, as an absolute URL under the site's base URL; robots.txt names the sitemap and closes
 * the editor. The test build reuses the last build's pages (incremental build), so this also holds
 * the sitemap complete when most pages were kept rather than rendered.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pagesForSitemap, readSitemap } from './sitemap-read.ts';

const dist = path.resolve('dist');
const contentRoot = path.resolve(process.env.HANGVIET_CONTENT ?? 'content');
/** The base URL the committee set, read from its settings (not from the build). */
const baseUrl = (parse(readFileSync(path.join(contentRoot, 'site.yaml'), 'utf8')) as { baseUrl: string }).baseUrl;
const base = new URL(baseUrl);

describe('sitemap', () => {
  const { sitemaps, urls } = readSitemap(dist);

  it('is an index of sitemap files under the base URL', () => {
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const loc of sitemaps) expect(new URL(loc).origin).toBe(base.origin);
  });

  it('lists every built page once, as an absolute URL under the base URL', () => {
    expect(urls.length).toBeGreaterThan(0);
    expect(new Set(urls).size, 'no URL twice').toBe(urls.length);
    for (const loc of urls) {
      expect(loc, 'absolute').toMatch(/^https?:\/\//);
      expect(loc.startsWith(`${base.origin}/`), `${loc} under ${base.origin}`).toBe(true);
    }
  });

  it('lists exactly the pages in dist/ but the 404 page, the editor and the noindex pages', () => {
    const listed = urls.map((u) => decodeURIComponent(new URL(u).pathname)).sort();
    const built = pagesForSitemap(dist);
    expect(built.length).toBeGreaterThan(100);
    // Both directions, named: pages missing from the sitemap, and listed addresses with no page.
    expect(built.filter((p) => !listed.includes(p)), 'built pages the sitemap misses').toEqual([]);
    expect(listed.filter((p) => !built.includes(p)), 'sitemap URLs with no built page (or not to be listed)').toEqual([]);
    expect(existsSync(path.join(dist, '404.html'))).toBe(true);
    expect(listed.filter((p) => p.startsWith('/404') || p.startsWith('/admin/'))).toEqual([]);
    // The search index pages exist and ask not to be listed; the sitemap leaves them out.
    expect(existsSync(path.join(dist, 'tim-kiem', 'chi-muc'))).toBe(true);
    expect(listed.filter((p) => p.startsWith('/tim-kiem/chi-muc/'))).toEqual([]);
  });
});

describe('robots.txt', () => {
  const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');

  it('names the sitemap by its absolute address, which is in the build', () => {
    const lines = robots.split('\n').filter((l) => /^sitemap:/i.test(l));
    expect(lines).toEqual([`Sitemap: ${new URL('/sitemap-index.xml', base).href}`]);
    expect(existsSync(path.join(dist, 'sitemap-index.xml'))).toBe(true);
  });

  it('closes the editor to every crawler', () => {
    expect(robots).toMatch(/^User-agent: \*\nDisallow: \/admin\/\n/);
  });
});
