/**
 * Builds the Pagefind search index at the end of `astro build` (after keepDist has removed what
 * the build no longer produces), so `npm run build` is `astro build`. It reads only the pages the
 * search rule selects (`lib/search-scope.ts`, the same rule the layout uses to mark their
 * content): the grouped index pages under /tim-kiem/chi-muc/, plans, honours lists and standalone
 * pages. Records' own pages (23,000 at national scale) are never read, which keeps indexing to
 * seconds and the metadata a first query downloads small.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import { isSearchPage, mayHoldSearchPages } from '../lib/search-scope.ts';

/** The built pages (`index.html` files, relative to `dist`) that belong in the index. */
export function searchPageFiles(dist: string): string[] {
  const files: string[] = [];
  for (const top of readdirSync(dist, { withFileTypes: true })) {
    if (!top.isDirectory() || !mayHoldSearchPages(top.name)) continue;
    for (const e of readdirSync(path.join(dist, top.name), { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || e.name !== 'index.html') continue;
      const dir = path.relative(dist, e.parentPath).split(path.sep).join('/');
      if (isSearchPage(`/${dir}/`)) files.push(`${dir}/index.html`);
    }
  }
  return files.sort();
}

/** Index the search pages of `dist` into `dist/pagefind`; returns how many pages were indexed. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const files = searchPageFiles(dist);
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    if (files.length) {
      const added = await index.addDirectory({ path: dist, glob: `{${files.join(',')}}` });
      if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
    const output = path.join(dist, 'pagefind');
    rmSync(output, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  return files.length;
}

/** The integration: runs {@link buildSearchIndex} once the build is done. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const started = performance.now();
        logger.info('Đang lập chỉ mục tìm kiếm (Pagefind)…');
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
