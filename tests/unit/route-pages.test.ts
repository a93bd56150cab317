/**
 * One built page per template, read from the route files: which route each page comes from, and
 * which page stands for each route.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onePagePerRoute, pageRoute, routeFiles } from '../../scripts/lib/route-pages.ts';

const FILES = [
  '404.astro',
  '[page].astro',
  'index.astro',
  'ban-do/index.astro',
  'san-pham/[...page].astro',
  'san-pham/[slug].astro',
  'san-pham/loc.json.ts',
  'tin-tuc/[slug].astro',
  'tin-tuc/the/index.astro',
  'tin-tuc/the/[tag]/[...page].astro',
  'diem-ban/[slug].astro',
  'diem-ban/tinh/[province]/[...page].astro',
];

describe('one built page per template', () => {
  it.each([
    ['/', 'index.astro'],
    ['/404.html', '404.astro'],
    ['/gioi-thieu/', '[page].astro'],
    ['/ban-do/', 'ban-do/index.astro'],
    ['/san-pham/', 'san-pham/[...page].astro'],
    ['/san-pham/nhom/thuc-pham/', 'san-pham/[...page].astro'],
    ['/san-pham/gio-lua/', 'san-pham/[slug].astro'],
    ['/tin-tuc/the/', 'tin-tuc/the/index.astro'],
    ['/tin-tuc/the/hoi-cho/', 'tin-tuc/the/[tag]/[...page].astro'],
    ['/tin-tuc/the/hoi-cho/trang/2/', 'tin-tuc/the/[tag]/[...page].astro'],
    ['/diem-ban/tinh/gia-lai/', 'diem-ban/tinh/[province]/[...page].astro'],
  ])('builds %s from %s', (url, route) => {
    expect(onePagePerRoute(FILES, [url])).toEqual([{ route, url }]);
  });

  it('ignores endpoints and picks the first page of each route', () => {
    expect(pageRoute('san-pham/loc.json.ts')).toBeUndefined();
    const urls = ['/san-pham/b/', '/san-pham/a/', '/san-pham/', '/san-pham/trang/2/', '/san-pham/loc.json', '/diem-ban/x/'];
    expect(onePagePerRoute(FILES, urls)).toEqual([
      { route: 'diem-ban/[slug].astro', url: '/diem-ban/x/' },
      { route: 'san-pham/[...page].astro', url: '/san-pham/' },
      { route: 'san-pham/[slug].astro', url: '/san-pham/a/' },
    ]);
  });

  it('reads every page route of the site', () => {
    const files = routeFiles(path.resolve('src/pages'));
    expect(files).toContain('san-pham/[slug].astro');
    expect(files.filter((f) => pageRoute(f)).length).toBeGreaterThan(20);
  });
});
