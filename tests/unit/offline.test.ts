/**
 * The saved copy's rules (lib/offline.ts) and the build's digest of itself
 * (integrations/offline.ts): what the service worker answers and how, what a saved page says,
 * what a full saved copy keeps, and when a build counts as new.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest, namedByContent, shellFiles } from '../../src/integrations/offline.ts';
import {
  ALWAYS_SAVED,
  cacheName,
  entriesToKeep,
  isOldCache,
  markSaved,
  MAX_SAVED,
  pageTitle,
  requestKind,
  SAVED_META,
  savedNotice,
  withPageContent,
  withPagePaths,
} from '../../src/lib/offline.ts';

describe('requestKind', () => {
  it.each([
    ['/', 'page'],
    ['/san-pham/banh-pia/', 'page'],
    ['/404.html', 'page'],
    ['/_astro/Base.Bry4Auni.css', 'asset'],
    ['/_astro/leaflet-base.BWkdkBjt.js', 'asset'],
    ['/du-lieu/ban-do/tinh/ha-noi.json', 'data'],
    ['/san-pham/loc.json', 'data'],
    ['/tim-kiem/chi-muc/t/mat.json', 'data'],
    // Never touched: the editor, host files, the worker itself, downloads.
    ['/admin/', 'pass'],
    ['/admin/config.yml', 'pass'],
    ['/admin/huong-dan/', 'pass'],
    ['/sw.js', 'pass'],
    ['/_deploy/nginx/hangviet-http.conf', 'pass'],
    ['/_headers', 'pass'],
    ['/du-lieu/xa/tinh/ha-noi.json', 'data'],
    ['/du-lieu/san-pham.csv', 'pass'],
    ['/du-lieu/san-pham.json', 'pass'],
    ['/du-lieu/catalog.json', 'pass'],
    ['/du-lieu/thay-doi.json', 'pass'],
    ['/hoi-cho/lich.ics', 'pass'],
    ['/rss.xml', 'pass'],
  ])('%s → %s', (p, kind) => {
    expect(requestKind(p)).toBe(kind);
  });
});

describe('caches', () => {
  it('one per build; only this site’s other caches are old', () => {
    expect(cacheName('abc')).toBe('hangviet-abc');
    expect(isOldCache('hangviet-old', 'abc')).toBe(true);
    expect(isOldCache('hangviet-abc', 'abc')).toBe(false);
    expect(isOldCache('another-site', 'abc')).toBe(false);
  });
});

describe('savedNotice and markSaved', () => {
  it('says when, in Vietnam time, dd/mm/yyyy', () => {
    expect(savedNotice('2026-11-30T01:15:00Z')).toBe('Bản đã lưu lúc 08:15 30/11/2026');
    expect(savedNotice('2026-12-31T17:30:00Z')).toBe('Bản đã lưu lúc 00:30 01/01/2027');
  });

  const page = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>A</title></head><body><a class="app-skip-link" href="#noi-dung">Bỏ qua</a><header>H</header></body></html>';

  it('marks the head and puts the notice after the skip link', () => {
    const out = markSaved(page, '2026-11-30T01:15:00.000Z');
    expect(out).toContain(`<head><meta name="${SAVED_META}" content="2026-11-30T01:15:00.000Z">`);
    expect(out.indexOf('app-saved')).toBeGreaterThan(out.indexOf('Bỏ qua</a>'));
    expect(out.indexOf('app-saved')).toBeLessThan(out.indexOf('<header>'));
    expect(out).toContain('Bản đã lưu lúc 08:15 30/11/2026.');
    expect(out).toContain('href="/ngoai-tuyen/"');
  });

  it('without a skip link, at the start of the body; a bad instant becomes the epoch, never markup', () => {
    const out = markSaved('<html><head></head><body class="x"><p>Nội dung</p></body></html>', '"><script>alert(1)</script>');
    expect(out).toContain('<body class="x"><div class="app-saved"');
    expect(out).not.toContain('<script>');
    expect(out).toContain('content="1970-01-01T00:00:00.000Z"');
  });

  it('reads a page title, entities decoded', () => {
    expect(pageTitle('<head><title>Bánh &amp; kẹo | Hàng Việt</title></head>')).toBe('Bánh & kẹo | Hàng Việt');
    expect(pageTitle('<p>none</p>')).toBe('');
  });
});

describe('entriesToKeep', () => {
  it('keeps the newest MAX_SAVED pages, and always the always-saved pages and hashed files', () => {
    const pages = Array.from({ length: MAX_SAVED + 5 }, (_, i) => ({ path: `/tin-tuc/${i}/`, savedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }));
    const keep = entriesToKeep([...pages, ...ALWAYS_SAVED.map((p) => ({ path: p, savedAt: '2000-01-01T00:00:00Z' })), { path: '/_astro/a.js', savedAt: '' }]);
    expect(keep.size).toBe(MAX_SAVED + ALWAYS_SAVED.length + 1);
    for (let i = 0; i < 5; i++) expect(keep.has(`/tin-tuc/${i}/`)).toBe(false);
    expect(keep.has(`/tin-tuc/${MAX_SAVED + 4}/`)).toBe(true);
    for (const p of ALWAYS_SAVED) expect(keep.has(p)).toBe(true);
    expect(keep.has('/_astro/a.js')).toBe(true);
  });

  it('counts pages and data files apart', () => {
    const pages = Array.from({ length: 4 }, (_, i) => ({ path: `/tin-tuc/${i}/`, savedAt: `2026-01-0${i + 1}T00:00:00Z` }));
    const data = [{ path: '/tim-kiem/chi-muc/t/mat.json?v=1', savedAt: '2025-01-01T00:00:00Z' }, { path: '/san-pham/loc.json', savedAt: '2025-01-02T00:00:00Z' }];
    const keep = entriesToKeep([...pages, ...data], 2);
    expect([...keep].sort()).toEqual(['/san-pham/loc.json', '/tim-kiem/chi-muc/t/mat.json?v=1', '/tin-tuc/2/', '/tin-tuc/3/']);
  });

  it('keeps everything under the limit', () => {
    expect([...entriesToKeep([{ path: '/a/', savedAt: '1' }, { path: '/b/', savedAt: '2' }], 5)].sort()).toEqual(['/a/', '/b/']);
  });
});

describe('withPageContent', () => {
  it('reads the meta whatever the order of its attributes; undefined without one', () => {
    expect(withPageContent('<head><meta name="hangviet-offline" content="/a/ /b.json"></head>')).toBe('/a/ /b.json');
    expect(withPageContent('<meta content="/a/" name="hangviet-offline">')).toBe('/a/');
    expect(withPageContent('<meta name="description" content="/a/">')).toBeUndefined();
  });
});

describe('withPagePaths', () => {
  it('takes same-site paths the worker saves, nothing else', () => {
    expect(withPagePaths('/diem-ban/tinh/ha-noi/ /du-lieu/ban-do/tinh/ha-noi.json')).toEqual(['/diem-ban/tinh/ha-noi/', '/du-lieu/ban-do/tinh/ha-noi.json']);
    expect(withPagePaths('//evil.example/x.json https://evil.example/ /admin/ /sw.js /hoi-cho/')).toEqual(['/hoi-cho/']);
    expect(withPagePaths(null)).toEqual([]);
  });
});

describe('buildDigest and shellFiles', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const make = (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), 'digest-'));
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), text);
    }
    return Object.keys(files);
  };

  it('changes with any file a saved copy can hold, not with the worker, host files, downloads or gzip copies', () => {
    const files = make({
      'index.html': 'a',
      '_astro/x.js': 'b',
      'du-lieu/ban-do/tinh/a.json': 'm',
      'sw.js': 'w1',
      '_headers': 'h',
      '_deploy/nginx/a.conf': 'c',
      'du-lieu/ban-do/tinh/a.json.gz': 'g',
      'du-lieu/san-pham.csv': 'csv',
      'du-lieu/san-pham.json': 'json',
      'san-pham/a/qr.svg': 'qr',
    });
    const first = buildDigest(dir, files).digest;
    expect(buildDigest(dir, [...files].reverse()).digest).toBe(first);
    for (const f of ['du-lieu/ban-do/tinh/a.json', '_astro/x.js']) {
      writeFileSync(path.join(dir, f), 'changed!');
      expect(buildDigest(dir, files).digest, f).not.toBe(first);
      writeFileSync(path.join(dir, f), f.endsWith('.js') ? 'b' : 'm');
    }
    expect(buildDigest(dir, files).digest).toBe(first);
    for (const f of ['sw.js', '_headers', '_deploy/nginx/a.conf', 'du-lieu/ban-do/tinh/a.json.gz', 'du-lieu/san-pham.csv', 'du-lieu/san-pham.json', 'san-pham/a/qr.svg']) {
      writeFileSync(path.join(dir, f), 'changed');
      expect(buildDigest(dir, files).digest, f).toBe(first);
    }
    writeFileSync(path.join(dir, 'index.html'), 'A');
    expect(buildDigest(dir, files).digest).not.toBe(first);
    expect(buildDigest(dir, files.filter((f) => f !== '_astro/x.js')).digest).not.toBe(buildDigest(dir, files).digest);
  });

  it('reads a file again only when its size or time changed', () => {
    const files = make({ 'index.html': 'same' });
    const t = new Date('2026-11-30T01:00:00Z');
    utimesSync(path.join(dir, 'index.html'), t, t);
    const { memo } = buildDigest(dir, files);
    // Same size and time, other bytes: the remembered hash stands (the build rewrites what changes).
    writeFileSync(path.join(dir, 'index.html'), 'diff');
    utimesSync(path.join(dir, 'index.html'), t, t);
    expect(buildDigest(dir, files, memo).memo['index.html']![2]).toBe(memo['index.html']![2]);
    expect(buildDigest(dir, files).memo['index.html']![2]).not.toBe(memo['index.html']![2]);
  });

  it('takes an asset named by its content by its name, without reading it', () => {
    const files = make({ '_astro/anh.Dtm-jOn4_Z1abcd.webp': 'ảnh', '_astro/index.B2x9kQ1a.js': 'mã', 'index.html': 'a' });
    const first = buildDigest(dir, files);
    expect(first.memo['_astro/anh.Dtm-jOn4_Z1abcd.webp']![2]).toMatch(/^name:/);
    // Only the page was read.
    expect(first.read).toBe(1);
    // Astro copies the optimised images again at every build: new times, same names, not read.
    writeFileSync(path.join(dir, '_astro/anh.Dtm-jOn4_Z1abcd.webp'), 'ẢNH');
    expect(buildDigest(dir, files, first.memo).digest).toBe(first.digest);
    // Another content is another name.
    renameSync(path.join(dir, '_astro/index.B2x9kQ1a.js'), path.join(dir, '_astro/index.C3y0lR2b.js'));
    expect(buildDigest(dir, files.map((f) => f.replace('B2x9kQ1a', 'C3y0lR2b')), first.memo).digest).not.toBe(first.digest);
    expect(namedByContent('_astro/x.js')).toBe(false);
    expect(namedByContent('san-pham/anh.Dtm-jOn4.webp')).toBe(false);
  });

  it('lists the build’s scripts and styles as URL paths', () => {
    expect(shellFiles(['_astro/b.js', '_astro/a.css', '_astro/a.css.gz', '_astro/p.webp', 'index.html'])).toEqual(['/_astro/a.css', '/_astro/b.js']);
  });
});
