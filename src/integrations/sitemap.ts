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
 * A build whose list of pages, base URL and sitemap code are those of the last one, and whose
 * dist/ still holds the files that build wrote (their bytes are compared), keeps them: a one-post
 * rebuild at national scale spared 0.4 s of regenerating 26,000 unchanged entries. What the last
 * build wrote is recorded in Astro's cache folder.
 *
 * keep-dist: the sitemap files are written after the build, like the posters' QR codes, so keep-dist
 * (which must run after this integration) is given them through `outputs()`; they then enter its
 * manifest, and a sitemap file a later build no longer writes (the site shrank below a chunk of
 * 45,000 pages) is deleted as stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { inSitemap } from '../lib/sitemap.ts';
import { SITEMAP } from '../lib/urls.ts';
import { sourceDigest } from './source-digest.ts';

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
  let record = '';
  let site = '';
  return {
    name: 'hangviet-sitemap',
    outputs: () => written,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (options) => {
        await inner.hooks['astro:config:done']?.(options);
        record = path.join(fileURLToPath(options.config.cacheDir), 'hangviet-sitemap.json');
        site = String(options.config.site ?? '');
      },
      'astro:build:done': async (options) => {
        const root = fileURLToPath(options.dir);
        const inputs = createHash('sha1')
          .update(JSON.stringify([site, sourceDigest(['src/integrations/sitemap.ts', 'src/lib/sitemap.ts', 'src/lib/urls.ts', 'package-lock.json'])]))
          .update(JSON.stringify(options.pages.map((p) => p.pathname)))
          .digest('base64url');
        let last: { inputs: string; files: string } | undefined;
        try {
          last = JSON.parse(readFileSync(record, 'utf8'));
        } catch {
          // First build, or the cache was emptied: the sitemap is made.
        }
        const kept = sitemapFiles(root);
        if (last?.inputs === inputs && kept.length > 0 && filesDigest(kept) === last.files) {
          written = kept;
          options.logger.info(`Sơ đồ trang không đổi: giữ ${kept.length} tệp của lần dựng trước.`);
          return;
        }
        await inner.hooks['astro:build:done']?.(options);
        written = sitemapFiles(root);
        mkdirSync(path.dirname(record), { recursive: true });
        writeFileSync(record, JSON.stringify({ inputs, files: filesDigest(written) }));
      },
    },
  };
}

/** The digest of files' names and bytes (undefined when one is missing). */
function filesDigest(files: string[]): string | undefined {
  const hash = createHash('sha1');
  for (const file of files) {
    if (!existsSync(file)) return undefined;
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('base64url');
}
