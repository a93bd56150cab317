/** Which built pages the search index holds: one rule for the layout and the indexer. */
import { describe, expect, it } from 'vitest';
import { isSearchPage, mayHoldSearchPages } from '../../src/lib/search-scope.ts';

describe('search scope', () => {
  it.each([
    ['/tim-kiem/chi-muc/san-pham-gia-lai-1/', true],
    ['/ke-hoach/binh-dinh-28-kh-bcdcvd-2023/', true],
    ['/ton-vinh/hang-viet-nam-chat-luong-cao/', true],
    ['/ton-vinh/hang-viet-nam-chat-luong-cao/2025/', true],
    ['/ton-vinh/hang-viet-nam-chat-luong-cao/2025/trang/2/', true],
    ['/gioi-thieu/', true],
    ['/phan-anh/', true],
    // Records and posts are searched through the index pages, never as their own pages.
    ['/san-pham/mat-ong-rung-tram-rach-lam/', false],
    ['/diem-ban/cho-ben-thanh/', false],
    ['/doanh-nghiep/htx-gom-ben-song/', false],
    ['/hoi-cho/hoi-cho-hang-viet-ve-nam-can/', false],
    ['/tin-tuc/cach-kiem-tra-hieu-luc-sao-ocop/', false],
    // Lists, filters, task pages, maps, data and the search page itself are not searched.
    ['/', false],
    ['/ke-hoach/', false],
    ['/ke-hoach/nam/2023/', false],
    ['/ton-vinh/', false],
    ['/tim-kiem/', false],
    ['/nhiem-vu/', false],
    ['/nhiem-vu/ban-chi-dao-ca-mau/', false],
    ['/ban-do/', false],
    ['/du-lieu/', false],
    ['/404/', false],
  ])('%s → %s', (path, expected) => {
    expect(isSearchPage(path)).toBe(expected);
  });

  it('lets the indexer skip the folders of records', () => {
    expect(['san-pham', 'diem-ban', 'doanh-nghiep', 'hoi-cho', 'tin-tuc', 'pagefind', '_astro'].filter(mayHoldSearchPages)).toEqual([]);
    expect(['ke-hoach', 'ton-vinh', 'tim-kiem', 'gioi-thieu'].every(mayHoldSearchPages)).toBe(true);
  });
});
