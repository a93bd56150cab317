/** Which link addresses a page may take from content: web pages, e-mail, phone, the site's own paths. */
import { describe, expect, it } from 'vitest';
import { isSafeLinkAddress } from '../../src/lib/link-address.ts';

describe('link addresses from content', () => {
  it.each([
    ['a web page', 'https://hangviet.example.vn/hoi-cho/'],
    ['a plain http page', 'http://example.vn/'],
    ['an e-mail', 'mailto:lienhe@hangviet.example.vn'],
    ['a phone number', 'tel:+842800000000'],
    ['a path on the site', '/tai-lieu/phieu.pdf'],
    ['a relative path', 'hoi-cho/'],
    ['an anchor', '#dang-ky'],
    ['a query', '?q=ocop'],
    ['a scheme in capitals', 'HTTPS://example.vn/'],
    ['a colon after a path', '/tim-kiem/?q=a:b'],
  ])('accepts %s: %j', (_name, address) => {
    expect(isSafeLinkAddress(address)).toBe(true);
  });

  it.each([
    ['a script', 'javascript:alert(1)'],
    ['a script in capitals', 'JavaScript:alert(1)'],
    ['a script behind spaces', '  javascript:alert(1)'],
    ['a script behind a control character', '\u0001javascript:alert(1)'],
    ['a script split by a tab', 'java\tscript:alert(1)'],
    ['a script split by a line break', 'java\nscript:alert(1)'],
    ['a data address', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['a local file', 'file:///etc/passwd'],
  ])('refuses %s: %j', (_name, address) => {
    expect(isSafeLinkAddress(address)).toBe(false);
  });
});
