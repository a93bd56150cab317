/** Share links: the canonical address, and Facebook's share dialog carrying it whole. */
import { describe, expect, it } from 'vitest';
import { FACEBOOK_SHARER, shareLinks } from '../../src/lib/share.ts';

const BASE = 'https://hangviet.example.vn';

describe('shareLinks', () => {
  it.each([
    ['a post', '/tin-tuc/khai-mac-phien-cho/', BASE, 'https://hangviet.example.vn/tin-tuc/khai-mac-phien-cho/', 'https%3A%2F%2Fhangviet.example.vn%2Ftin-tuc%2Fkhai-mac-phien-cho%2F'],
    ['a fair, base URL with a slash', '/hoi-cho/hoi-cho-ca-mau/', `${BASE}/`, 'https://hangviet.example.vn/hoi-cho/hoi-cho-ca-mau/', 'https%3A%2F%2Fhangviet.example.vn%2Fhoi-cho%2Fhoi-cho-ca-mau%2F'],
    // A query or fragment must stay part of the shared address, not become Facebook's own parameters.
    ['a query and a fragment', '/tim-kiem/?q=mật ong&x=1#kq', BASE, 'https://hangviet.example.vn/tim-kiem/?q=m%E1%BA%ADt%20ong&x=1#kq', 'https%3A%2F%2Fhangviet.example.vn%2Ftim-kiem%2F%3Fq%3Dm%25E1%25BA%25ADt%2520ong%26x%3D1%23kq'],
    ['a base URL on another port', '/tin-tuc/a/', 'http://127.0.0.1:4321', 'http://127.0.0.1:4321/tin-tuc/a/', 'http%3A%2F%2F127.0.0.1%3A4321%2Ftin-tuc%2Fa%2F'],
  ])('%s', (_, path, base, url, encoded) => {
    const links = shareLinks(path, base);
    expect(links.url).toBe(url);
    expect(links.facebook).toBe(`${FACEBOOK_SHARER}?u=${encoded}`);
    // What Facebook reads back is the page's address, exactly.
    expect(new URL(links.facebook).searchParams.get('u')).toBe(url);
    expect([...new URL(links.facebook).searchParams.keys()]).toEqual(['u']);
  });

  it('needs an absolute base URL', () => {
    expect(() => shareLinks('/tin-tuc/a/', 'hangviet.example.vn')).toThrow();
  });
});
