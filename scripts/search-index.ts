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
 *
 * Reuse: when the search pages are byte for byte those the last index was built from (same paths,
 * same contents, same Pagefind version, options and indexing code), the last index is put back
 * instead of built again (Pagefind's output depends only on those: two runs give identical files).
 * `astro build` parks the last index in the cache folder (src/integrations/search-index-cache.ts);
 * a record there holds the digest of its inputs and of its files, so a parked index that was
 * changed or cut short is not reused. `--force` always builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';
import { cacheDirOf, INDEX_FOLDER, PARKED_FOLDER, RECORD_FILE } from '../src/integrations/search-index-cache.ts';
import { isSearchPage, mayHoldSearchPages } from '../src/lib/search-scope.ts';

/** Pagefind's options (part of the inputs' digest). */
const OPTIONS = { forceLanguage: 'vi' } as const;

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

/**
 * Digest of everything the index is built from: the search pages' paths and contents (`files`,
 * relative to `dist`), Pagefind's version, its options and this file's own code.
 */
export function inputsDigest(dist: string, files: readonly string[]): string {
  const pagefindVersion = JSON.parse(readFileSync(path.join(import.meta.dirname, '../node_modules/pagefind/package.json'), 'utf8')).version;
  const hash = createHash('sha1').update(`${pagefindVersion}\0${JSON.stringify(OPTIONS)}\0`).update(readFileSync(import.meta.filename));
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(path.join(dist, file)));
  return hash.digest('base64url');
}

/** Digest of a folder's files (names and contents), or undefined if it does not exist. */
export function folderDigest(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  const hash = createHash('sha1');
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(path.join(dir, file)));
  return hash.digest('base64url');
}

interface IndexRecord {
  /** {@link inputsDigest} of the pages the index was built from. */
  inputs: string;
  /** {@link folderDigest} of the index as written. */
  files: string;
}

/**
 * Index the search pages of `dist` into `dist/pagefind`, or put back the last index if it was built
 * from the same pages (see the top of this file). Returns how many pages the index holds and
 * whether it was reused.
 */
export async function buildSearchIndex(dist: string, { cacheDir = cacheDirOf(), force = false } = {}): Promise<{ pages: number; reused: boolean }> {
  const files = searchPageFiles(dist);
  const output = path.join(dist, INDEX_FOLDER);
  const parked = path.join(cacheDir, PARKED_FOLDER);
  const recordFile = path.join(cacheDir, RECORD_FILE);
  const inputs = inputsDigest(dist, files);
  let record: IndexRecord | undefined;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8')) as IndexRecord;
  } catch {
    // No record: no index to reuse.
  }
  if (!force && record?.inputs === inputs) {
    // The index may still be in dist/ (indexed twice without a build between) or parked.
    for (const candidate of [output, parked]) {
      if (folderDigest(candidate) !== record.files) continue;
      if (candidate !== output) {
        rmSync(output, { recursive: true, force: true });
        renameSync(candidate, output);
      }
      return { pages: files.length, reused: true };
    }
  }

  // A new index: the record goes first, so an index cut short is never taken for the last one.
  rmSync(recordFile, { force: true });
  rmSync(parked, { recursive: true, force: true });
  const { index, errors } = await createIndex({ ...OPTIONS });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    if (files.length) {
      const added = await index.addDirectory({ path: dist, glob: `{${files.join(',')}}` });
      if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
    rmSync(output, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(recordFile, JSON.stringify({ inputs, files: folderDigest(output)! } satisfies IndexRecord));
  return { pages: files.length, reused: false };
}

// As a command: index the folder given (default dist/); `--force` builds the index even if the
// last one could be reused.
if (import.meta.main) {
  const started = performance.now();
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  const dist = path.resolve(positionals[0] ?? 'dist');
  const { pages, reused } = await buildSearchIndex(dist, { force: values.force });
  const where = path.relative(process.cwd(), path.join(dist, INDEX_FOLDER)) || dist;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    reused
      ? `Chỉ mục tìm kiếm: ${pages} trang không đổi từ lần lập chỉ mục trước, dùng lại chỉ mục cũ (${seconds} s) → ${where}`
      : `Chỉ mục tìm kiếm: ${pages} trang trong ${seconds} s → ${where}`,
  );
}
