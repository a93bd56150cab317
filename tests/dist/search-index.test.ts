/**
 * Records and posts are searched through the index pages under /tim-kiem/chi-muc/: every product,
 * sales point, business, fair and news post must have exactly one section there, whose anchor leads back to its own
 * page, and the search index must hold those pages but not the records' own pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_SECTIONS, recordUrl } from '../../src/lib/search-records.ts';
import { NEWS_FOLDERS } from '../../src/lib/urls.ts';

const dist = path.resolve('dist');
const indexDir = path.join(dist, 'tim-kiem', 'chi-muc');
const indexPages = readdirSync(indexDir).map((slug) => ({ slug, html: readFileSync(path.join(indexDir, slug, 'index.html'), 'utf8') }));

/** Folders of lists inside the sections: later pages, provinces, news topics and related-news lists. */
const LIST_FOLDERS = new Set(['trang', 'tinh', ...Object.keys(NEWS_FOLDERS)]);

/** Record pages a section of the built site has (its folder's subfolders, list pages aside). */
function recordPages(section: string): string[] {
  return readdirSync(path.join(dist, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !LIST_FOLDERS.has(e.name) && existsSync(path.join(dist, section, e.name, 'index.html')))
    .map((e) => `/${section}/${e.name}/`);
}

describe('search index pages', () => {
  const anchors = indexPages.flatMap(({ slug, html }) => [...html.matchAll(/<h2 id="([^"]+)"><a href="([^"]+)">/g)].map((m) => ({ slug, id: m[1]!, href: m[2]! })));

  it('give every product, point, business, fair and news post exactly one section that leads to its page', () => {
    const expected = RECORD_SECTIONS.flatMap(recordPages).sort();
    const found = anchors.map((a) => recordUrl(`/tim-kiem/chi-muc/${a.slug}/#${a.id}`)?.url).sort();
    expect(found).toEqual(expected);
    for (const a of anchors) expect(a.href).toBe(recordUrl(`/tim-kiem/chi-muc/${a.slug}/#${a.id}`)?.url);
  });

  it('are what Pagefind indexed for records, not the record pages themselves', () => {
    const fragments = readdirSync(path.join(dist, 'pagefind', 'fragment')).map((f) => {
      const text = gunzipSync(readFileSync(path.join(dist, 'pagefind', 'fragment', f))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    expect(fragments.filter((u) => u.startsWith('/tim-kiem/chi-muc/')).length).toBe(indexPages.length);
    expect(fragments.filter((u) => RECORD_SECTIONS.some((s) => u.startsWith(`/${s}/`)))).toEqual([]);
    // Plans and honours lists are still indexed page by page.
    expect(fragments.some((u) => u.startsWith('/ke-hoach/'))).toBe(true);
    expect(fragments.some((u) => u.startsWith('/ton-vinh/'))).toBe(true);
  });
});
