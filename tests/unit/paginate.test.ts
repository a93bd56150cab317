import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pagedCrumbs, pageHref, pageItems } from '../../src/lib/paginate.ts';

describe('pagination', () => {
  it('always has a first page, and splits the rest', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(21, 10)).toBe(3);
    expect(pageItems([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(laterPages(21, 10).map((p) => p.params.page)).toEqual(['2', '3']);
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
});
