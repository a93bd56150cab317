/** What the sitemap lists, and robots.txt. */
import { describe, expect, it } from 'vitest';
import { inSitemap, robotsTxt } from '../../src/lib/sitemap.ts';

describe('inSitemap', () => {
  it.each([
    ['/', true],
    ['/tin-tuc/', true],
    ['/tin-tuc/trang/2/', true],
    ['/tin-tuc/khai-mac-phien-cho/', true],
    ['/hoi-cho/hoi-cho-ca-mau/', true],
    ['/san-pham/nhom/thuc-pham/', true],
    ['/tim-kiem/', true],
    // A page whose address merely starts with the same letters is still listed.
    ['/administration/', true],
    ['/404/', false],
    ['/404', false],
    ['/admin/', false],
    ['/admin', false],
    ['/admin/tin-tuc/moi/', false],
    ['/tim-kiem/chi-muc/san-pham-gia-lai/', false],
  ])('%s → %s', (path, expected) => {
    expect(inSitemap(path)).toBe(expected);
  });
});

describe('robotsTxt', () => {
  it('closes the editor and names the sitemap', () => {
    expect(robotsTxt('https://x.vn/sitemap-index.xml')).toBe('User-agent: *\nDisallow: /admin/\n\nSitemap: https://x.vn/sitemap-index.xml\n');
  });
});
