/**
 * Builds the Pagefind search index of a built site: `node scripts/search-index.ts [dist]`.
 *
 * Records (products, sales points, businesses) are indexed through the grouped index pages under
 * /tim-kiem/chi-muc/ (see src/lib/search-records.ts), so their own pages are left out; every other
 * page with `data-pagefind-body` is indexed as itself. Leaving 23,000 record pages out keeps the
 * metadata a first query downloads small, and indexing takes seconds instead of half a minute.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { RECORD_SECTIONS } from '../src/lib/search-records.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const started = performance.now();

// Top-level folders and pages to index: everything but the record sections, Pagefind's own
// bundle and the build's assets.
const skip = new Set<string>([...RECORD_SECTIONS, 'pagefind', '_astro']);
const roots = readdirSync(dist, { withFileTypes: true }).filter((e) => !skip.has(e.name));
const globs = roots.flatMap((e) => (e.isDirectory() ? [`${e.name}/**/*.html`] : e.name.endsWith('.html') ? [e.name] : []));
const glob = `{${globs.join(',')}}`;

const { index, errors } = await createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist, glob });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const output = path.join(dist, 'pagefind');
rmSync(output, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await close();
// Pagefind reads every page the glob matches but indexes only those with data-pagefind-body.
const pages = readdirSync(path.join(output, 'fragment')).length;
console.log(`Chỉ mục tìm kiếm: ${pages} trang (đã đọc ${added.page_count}) trong ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), output) || output}`);
