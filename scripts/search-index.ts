/**
 * Builds the Pagefind search index of a built site (`node scripts/search-index.ts [dist]`, the
 * second half of `npm run build`). It reads only the pages the search rule selects
 * (`lib/search-scope.ts`, the same rule the layout uses to mark their content): the grouped index
 * pages under /tim-kiem/chi-muc/, plans, honours lists and standalone pages. Records' own pages
 * (23,000 at national scale) are never read, which keeps indexing to seconds and the metadata a
 * first query downloads small.
 *
 * Why a step of its own rather than an `astro:build:done` hook: run inside Astro's process, the
 * index is built while Astro still holds its whole heap, and the build's peak memory at national
 * scale rose from 1,440 MB (page rendering) to 1,780 MB, over the 1.5 GB budget. A separate Node
 * process costs about half a second of start-up instead.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { isSearchPage, mayHoldSearchPages } from '../src/lib/search-scope.ts';

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

// As a command: index the folder given (default dist/).
if (import.meta.main) {
  const started = performance.now();
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const pages = await buildSearchIndex(dist);
  console.log(`Chỉ mục tìm kiếm: ${pages} trang trong ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), path.join(dist, 'pagefind')) || dist}`);
}
