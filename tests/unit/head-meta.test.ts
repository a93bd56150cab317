/**
 * The post-build check of every page's description, canonical link and Open Graph tags: each row
 * is a page's `<head>` and whether the check must find a problem in it.
 */
import { describe, expect, it } from 'vitest';
import { headMetaProblems, type HeadTags } from '../../scripts/lib/head-meta.ts';

const BASE = 'https://hangviet.example.vn/';
const PAGE = '/san-pham/gio-lua/';
const CANONICAL = 'https://hangviet.example.vn/san-pham/gio-lua/';

/** A complete head for `PAGE`, with some tags replaced (a value of undefined removes the tag). */
function head(changes: Record<string, string | undefined> = {}, canonicals = [CANONICAL]): HeadTags {
  const tags: Record<string, string | undefined> = {
    description: 'Giò lụa – Hợp tác xã Thiên Phú',
    'og:type': 'website',
    'og:site_name': 'Hàng Việt',
    'og:locale': 'vi_VN',
    'og:title': 'Giò lụa',
    'og:description': 'Giò lụa – Hợp tác xã Thiên Phú',
    'og:url': CANONICAL,
    'og:image': 'https://hangviet.example.vn/anh-chia-se.png',
    ...changes,
  };
  return { meta: Object.entries(tags).filter((e): e is [string, string] => e[1] !== undefined), canonicals };
}

describe('a page’s description, canonical link and Open Graph tags', () => {
  it('accepts a complete head', () => {
    expect(headMetaProblems(head(), PAGE, BASE)).toEqual([]);
    expect(headMetaProblems(head({ 'og:type': 'article' }), PAGE, BASE)).toEqual([]);
  });

  it.each([
    ['no description', head({ description: undefined }), /thiếu <meta name="description">/],
    ['an empty description', head({ description: '  ', 'og:description': '  ' }), /description rỗng/],
    ['og:description differs from the description', head({ 'og:description': 'Khác' }), /og:description .* khác meta description/],
    ['no og:title', head({ 'og:title': undefined }), /thiếu <meta property="og:title">/],
    ['no og:type', head({ 'og:type': undefined }), /og:type/],
    ['an unknown og:type', head({ 'og:type': 'product' }), /og:type="product"/],
    ['no og:locale', head({ 'og:locale': undefined }), /og:locale/],
    ['another locale', head({ 'og:locale': 'en_US' }), /og:locale="en_US"/],
    ['no og:image', head({ 'og:image': undefined }), /og:image/],
    ['a relative og:image', head({ 'og:image': '/anh-chia-se.png' }), /không phải địa chỉ đầy đủ/],
    ['an og:image on another site', head({ 'og:image': 'https://cdn.example.com/a.png' }), /không thuộc trang/],
    ['no canonical link', head({}, []), /có 0 <link rel="canonical">/],
    ['two canonical links', head({}, [CANONICAL, CANONICAL]), /có 2 <link rel="canonical">/],
    ['a canonical link to another page', head({}, ['https://hangviet.example.vn/san-pham/']), /cần đúng địa chỉ của trang/],
    ['a canonical link on another origin', head({ 'og:url': 'http://localhost:4321/san-pham/gio-lua/' }, ['http://localhost:4321/san-pham/gio-lua/']), /cần đúng địa chỉ của trang/],
    ['no og:url', head({ 'og:url': undefined }), /og:url/],
    ['og:url differs from the canonical link', head({ 'og:url': 'https://hangviet.example.vn/' }), /og:url=.*trùng với địa chỉ chuẩn/],
    ['a tag twice', { meta: [...head().meta, ['og:title', 'Khác']], canonicals: [CANONICAL] } satisfies HeadTags, /og:title xuất hiện 2 lần/],
  ])('finds %s', (_name, tags, expected) => {
    const problems = headMetaProblems(tags, PAGE, BASE);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });

  it('reads the page’s address under the base URL', () => {
    expect(headMetaProblems(head({ 'og:url': 'https://example.org/san-pham/gio-lua/', 'og:image': 'https://example.org/anh-chia-se.png' }, ['https://example.org/san-pham/gio-lua/']), PAGE, 'https://example.org')).toEqual([]);
  });

  it('wants no address on the 404 page, and everything else', () => {
    const notFound = head({ 'og:url': undefined }, []);
    expect(headMetaProblems(notFound, '/404.html', BASE)).toEqual([]);
    expect(headMetaProblems(head({ 'og:url': 'https://hangviet.example.vn/404.html' }, []), '/404.html', BASE)).toEqual([expect.stringMatching(/og:url/)]);
    expect(headMetaProblems(head({ 'og:url': undefined }, ['https://hangviet.example.vn/404.html']), '/404.html', BASE)).toEqual([expect.stringMatching(/canonical/)]);
    expect(headMetaProblems(head({ 'og:url': undefined, description: undefined }, []), '/404.html', BASE)).toEqual([expect.stringMatching(/description/)]);
  });

  it('leaves the web editor’s application alone', () => {
    expect(headMetaProblems({ meta: [['robots', 'noindex, nofollow']], canonicals: [] }, '/admin/', BASE)).toEqual([]);
  });
});
