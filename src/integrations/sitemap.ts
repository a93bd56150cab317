/**
 * The sitemap: @astrojs/sitemap, with the site's rule of what it lists (`inSitemap`,
 * src/lib/sitemap.ts: every public page but the 404 page, the editor and the search index pages),
 * and the files it writes reported to keep-dist.
 *
 * Incremental builds: the sitemap is made from the `pages` Astro hands to `astro:build:done`, and
 * Astro 7 lists there every page of the build, the ones it kept from the cache as well as the ones
 * it rendered (core/build/generate.js: `addPageName` is called for a cached page before it returns).
 * So a build that re-renders nothing still writes a sitemap of every page. `tests/dist/sitemap.test.ts`
 * compares the sitemap with the pages in dist/, both ways; a rebuild test (tests/build/cases.ts)
 * does so after a build that kept every detail page, and after one that deleted a record's page.
 * Were a future Astro to report only the pages it rendered, those tests would fail, and the list
 * would have to come from dist/ itself (the `index.html` files left after keep-dist has run).
 *
 * keep-dist: the sitemap files are written after the build, like the posters' QR codes, so keep-dist
 * (which must run after this integration) is given them through `outputs()`; they then enter its
 * manifest, and a sitemap file a later build no longer writes (the site shrank below a chunk of
 * 45,000 pages) is deleted as stale.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { inSitemap } from '../lib/sitemap.ts';
import { SITEMAP } from '../lib/urls.ts';

export interface SitemapIntegration extends AstroIntegration {
  /** The sitemap files of the last build (its index and the sitemaps the index lists), as absolute paths. */
  outputs(): string[];
}

/** The files a sitemap index in `root` names (its own file included), as absolute paths. */
export function sitemapFiles(root: string): string[] {
  const index = path.join(root, SITEMAP);
  if (!existsSync(index)) return [];
  const listed = [...readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => path.join(root, decodeURIComponent(new URL(m[1]!).pathname)));
  return [index, ...listed];
}

/** @astrojs/sitemap with the site's filter; `outputs()` for keep-dist. */
export function siteMap(): SitemapIntegration {
  const inner = sitemap({
    filter: (page) => inSitemap(new URL(page).pathname),
    // Plain <url><loc> entries: no image, news or video extensions are used.
    namespaces: { news: false, xhtml: false, image: false, video: false },
  });
  let written: string[] = [];
  return {
    name: 'hangviet-sitemap',
    outputs: () => written,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (options) => {
        await inner.hooks['astro:build:done']?.(options);
        written = sitemapFiles(fileURLToPath(options.dir));
      },
    },
  };
}
