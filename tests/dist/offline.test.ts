/**
 * The saved copy as built (issue #19): `/sw.js` carries the digest of exactly the files of this
 * build and the list of its scripts and styles; every point page names its province list and that
 * list's map data to be saved with it, and they exist; the offline page exists; the only scripts
 * that touch the browser's cache storage are the worker and the saved-copy list, as the privacy
 * note says; the worker itself is never cached for long by the host.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/integrations/offline.ts';
import { headersFor } from '../../src/lib/http-headers.ts';
import { ALWAYS_SAVED, withPageContent, WORKER_URL } from '../../src/lib/offline.ts';
import { testSiteSettings } from '../../scripts/lib/test-site.ts';

const dist = path.resolve('dist');
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
const worker = readFileSync(path.join(dist, WORKER_URL.slice(1)), 'utf8');
const htmlOf = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');

describe('sw.js', () => {
  it('carries the digest of the build’s files (a new build means a new worker)', () => {
    const { digest } = buildDigest(dist, files);
    expect(worker).toContain(JSON.stringify(digest));
  });

  it('lists every script and style of the build, each of which exists', () => {
    const shell = JSON.parse(/\[("\/_astro\/[^\]]+)\]/.exec(worker)![0]) as string[];
    const built = files.filter((f) => f.startsWith('_astro/') && /\.(?:js|css)$/.test(f)).map((f) => `/${f}`);
    expect([...shell].sort()).toEqual([...built].sort());
  });

  it('is served so that browsers check it at every visit', () => {
    const headers = headersFor(WORKER_URL, testSiteSettings() as Parameters<typeof headersFor>[1]);
    expect(headers['Cache-Control']).toBe('no-cache');
  });

  it('the always-saved pages exist', () => {
    for (const p of ALWAYS_SAVED) expect(existsSync(path.join(dist, p, 'index.html')), p).toBe(true);
  });
});

describe('what a page asks to be saved with it', () => {
  const pointPages = readdirSync(path.join(dist, 'diem-ban')).filter((s) => !['tinh', 'trang'].includes(s) && existsSync(path.join(dist, 'diem-ban', s, 'index.html')));
  const meta = (html: string) => withPageContent(html)?.split(' ') ?? [];

  it('every open point page: its province list and that list’s map data, both built', () => {
    expect(pointPages.length).toBeGreaterThan(10);
    let checked = 0;
    for (const slug of pointPages) {
      const html = htmlOf(`diem-ban/${slug}`);
      const [list, data] = meta(html);
      expect(list, slug).toMatch(/^\/diem-ban\/tinh\/[a-z0-9-]+\/$/);
      expect(data, slug).toMatch(/^\/du-lieu\/ban-do\/tinh\/[a-z0-9-]+\.json$/);
      // A province with no open point has no list: a closed point's page names it all the same.
      if (!existsSync(path.join(dist, list!, 'index.html'))) continue;
      expect(existsSync(path.join(dist, data!)), `${slug}: ${data}`).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('every province list: its map data and its place file, both built', () => {
    for (const slug of readdirSync(path.join(dist, 'diem-ban', 'tinh'))) {
      const paths = meta(htmlOf(`diem-ban/tinh/${slug}`));
      expect(paths.length, slug).toBe(2);
      for (const p of paths) expect(existsSync(path.join(dist, p)), `${slug}: ${p}`).toBe(true);
    }
  });
});

describe('browser storage', () => {
  it('only the worker and the saved-copy list touch the cache storage', () => {
    const scripts = files.filter((f) => f.endsWith('.js') && !f.startsWith('admin/'));
    const using = scripts.filter((f) => /\bcaches\.(?:open|keys|match|delete)\b/.test(readFileSync(path.join(dist, f), 'utf8')));
    expect(using.sort()).toEqual([WORKER_URL.slice(1), ...using.filter((f) => f.startsWith('_astro/SavedCopy.'))].sort());
    expect(using.some((f) => f.startsWith('_astro/SavedCopy.'))).toBe(true);
  });

  it('the privacy note says what is saved, that the editor never is, and offers to delete it', () => {
    const page = htmlOf('quyen-rieng-tu');
    expect(page).toMatch(/bản lưu/);
    expect(page).toMatch(/không bao giờ được lưu/);
    // The data files saved as pages use them say what was searched and looked up: the note says so.
    expect(page).toMatch(/chỉ mục tìm kiếm ứng với các từ bạn gõ/);
    expect(page).toMatch(/ai cầm máy cũng có thể thấy/);
    expect(page).toMatch(/<saved-copy\b/);
    expect(page).toMatch(/Xóa bản đã lưu/);
  });
});

describe('nothing blocks the text', () => {
  const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
  const cssFiles = files.filter((f) => f.endsWith('.css'));

  it('no web font', () => {
    expect(cssFiles.length).toBeGreaterThan(0);
    expect(cssFiles.filter((f) => /@font-face/.test(readFileSync(path.join(dist, f), 'utf8')))).toEqual([]);
  });

  it('every script is a module (deferred) or data; every picture has its dimensions and loads lazily', () => {
    const blocking: string[] = [];
    const pictures: string[] = [];
    let images = 0;
    for (const f of pages) {
      const html = readFileSync(path.join(dist, f), 'utf8');
      // Tags only: a payload of the injection fixtures inside an attribute value is text.
      const tags = html.replace(/="[^"]*"/g, (v) => (/^="(?:module|application\/ld\+json)"$/.test(v) ? v : '=""'));
      for (const tag of tags.match(/<script\b[^>]*>/g) ?? []) if (!/type="(?:module|application\/ld\+json)"/.test(tag)) blocking.push(`${f}: ${tag}`);
      for (const tag of tags.match(/<img\b[^>]*>/g) ?? []) {
        images += 1;
        if (!/\swidth=""/.test(tag) || !/\sheight=""/.test(tag) || !/\sloading=""/.test(tag)) pictures.push(`${f}: ${tag}`);
      }
      for (const tag of html.match(/<img\b[^>]*>/g) ?? []) if (/\sloading="(?!lazy")/.test(tag)) pictures.push(`${f}: ${tag}`);
    }
    expect(images).toBeGreaterThan(10);
    expect(blocking).toEqual([]);
    expect(pictures).toEqual([]);
  });
});
