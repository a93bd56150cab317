import { describe, expect, it } from 'vitest';
import { paged } from '../../src/data/views/lists.ts';
import { pageCount, pagedCrumbs, pageHref, pageItems } from '../../src/lib/paginate.ts';

describe('pagination', () => {
  it('always has a first page, and splits the rest', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(21, 10)).toBe(3);
    expect(pageItems([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect([1, 3].map((n) => pageHref('/san-pham/', n))).toEqual(['/san-pham/', '/san-pham/trang/3/']);
  });

  it('links the list crumb back to page 1 from later pages', () => {
    const trail = [{ label: 'Tôn vinh', href: '/ton-vinh/' }, { label: 'Năm 2025' }];
    expect(pagedCrumbs(trail, '/ton-vinh/p/2025/', 1)).toEqual(trail);
    expect(pagedCrumbs(trail, '/ton-vinh/p/2025/', 3)).toEqual([
      { label: 'Tôn vinh', href: '/ton-vinh/' },
      { label: 'Năm 2025', href: '/ton-vinh/p/2025/' },
      { label: 'Trang 3' },
    ]);
  });

  it('gives one route parameter, page and trail per page of a list, page 1 at the list itself', () => {
    const pages = paged(Array.from({ length: 21 }, (_, i) => i), 10, '/san-pham/', [{ label: 'Sản phẩm' }]);
    expect(pages.map((p) => p.param)).toEqual([undefined, 'trang/2', 'trang/3']);
    expect(pages.map((p) => p.path)).toEqual(['/san-pham/', '/san-pham/trang/2/', '/san-pham/trang/3/']);
    expect(pages.map((p) => p.shown.length)).toEqual([10, 10, 1]);
    expect(pages[2]).toMatchObject({ pagination: { current: 3, last: 3, base: '/san-pham/' }, suffix: ' – trang 3' });
    expect(pages[2]!.crumbs.at(-1)).toEqual({ label: 'Trang 3' });
  });

  it('still has its first page when the list is empty', () => {
    const pages = paged([], 10, '/tin-tuc/', [{ label: 'Tin tức' }]);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ param: undefined, shown: [], suffix: '', pagination: { current: 1, last: 1 } });
  });
});
