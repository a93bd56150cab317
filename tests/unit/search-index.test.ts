/**
 * The search index is reused only when every search page is byte for byte the same: a changed,
 * added or removed search page, a forced run, or a damaged parked index builds it again. Runs the
 * real Pagefind over a tiny site.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, folderDigest } from '../../scripts/search-index.ts';
import { INDEX_FOLDER, PARKED_FOLDER, parkSearchIndex } from '../../src/integrations/search-index-cache.ts';

const page = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

let root: string;
let dist: string;
let cacheDir: string;

function write(rel: string, html: string): void {
  const file = path.join(dist, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
}

/** Every word the index's fragments hold, as one text (fragments are gzipped JSON). */
async function indexedText(): Promise<string> {
  const { gunzipSync } = await import('node:zlib');
  const dir = path.join(dist, INDEX_FOLDER, 'fragment');
  return readdirSync(dir)
    .map((f) => gunzipSync(readFileSync(path.join(dir, f))).toString('utf8'))
    .join('\n');
}

const index = (options: { force?: boolean } = {}) => buildSearchIndex(dist, { cacheDir, ...options });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'hangviet-search-index-'));
  dist = path.join(root, 'dist');
  cacheDir = path.join(root, 'cache');
  write('gioi-thieu/index.html', page('Giới thiệu', 'Ban chỉ đạo cuộc vận động'));
  write('tim-kiem/chi-muc/tin-tuc-2026/index.html', page('Tin tức năm 2026', 'Phiên chợ hàng Việt'));
  // A record's own page: not in the index.
  write('san-pham/mat-ong/index.html', page('Mật ong', 'Mật ong rừng tràm'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('search index reuse', () => {
  it('reuses the index of unchanged search pages, in dist/ or parked by a build', async () => {
    expect(await index()).toEqual({ pages: 2, reused: false });
    const first = folderDigest(path.join(dist, INDEX_FOLDER));
    expect(await index()).toEqual({ pages: 2, reused: true });
    // What `astro build` does: the index leaves dist/ for the cache folder.
    parkSearchIndex(dist, cacheDir);
    expect(folderDigest(path.join(dist, INDEX_FOLDER))).toBeUndefined();
    // A page outside the index changed: the index is still that of the same search pages.
    write('san-pham/mat-ong/index.html', page('Mật ong', 'Mật ong hoa cà phê'));
    expect(await index()).toEqual({ pages: 2, reused: true });
    expect(folderDigest(path.join(dist, INDEX_FOLDER))).toBe(first);
  });

  it.each([
    {
      when: 'a search page changes',
      change: () => write('tim-kiem/chi-muc/tin-tuc-2026/index.html', page('Tin tức năm 2026', 'Phiên chợ hàng Việt thanhlong')),
      holds: (text: string) => text.includes('thanhlong'),
    },
    {
      when: 'a search page is added',
      change: () => write('ton-vinh/hang-viet/index.html', page('Hàng Việt', 'Danh sách thanhlong')),
      holds: (text: string) => text.includes('thanhlong'),
    },
    {
      when: 'a search page is removed',
      change: () => rmSync(path.join(dist, 'gioi-thieu'), { recursive: true }),
      holds: (text: string) => !text.includes('Ban chỉ đạo'),
    },
  ])('builds the index again when $when', async ({ change, holds }) => {
    await index();
    parkSearchIndex(dist, cacheDir);
    change();
    expect((await index()).reused).toBe(false);
    expect(holds(await indexedText())).toBe(true);
    // And the new index is reused in turn.
    expect((await index()).reused).toBe(true);
  });

  it('builds the index again when forced, or when the parked index was damaged', async () => {
    await index();
    expect((await index({ force: true })).reused).toBe(false);
    parkSearchIndex(dist, cacheDir);
    const parked = path.join(cacheDir, PARKED_FOLDER, 'fragment');
    rmSync(path.join(parked, readdirSync(parked)[0]!));
    expect((await index()).reused).toBe(false);
    expect(await indexedText()).toContain('Phiên chợ hàng Việt');
  });
});
