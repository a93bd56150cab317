/** The benchmark's page types: a list filtered by a folder counts as a list, not as a record's page. */
import { describe, expect, it } from 'vitest';
import { pageType } from '../../scripts/bench/page-weight.ts';

describe('pageType', () => {
  it.each([
    ['/', 'trang-chu'],
    ['/hoi-cho/', 'hoi-cho (danh sách)'],
    ['/hoi-cho/trang/2/', 'hoi-cho (danh sách)'],
    ['/hoi-cho/loai/phien-cho-hang-viet/', 'hoi-cho (danh sách)'],
    ['/hoi-cho/tinh/gia-lai/loai/phien-cho-hang-viet/', 'hoi-cho (danh sách)'],
    ['/hoi-cho/nam/2025/', 'hoi-cho (danh sách)'],
    ['/hoi-cho/phien-cho-hang-viet-cuoi-tuan-nguyen-du/', 'hoi-cho (chi tiết)'],
    ['/san-pham/nhom/thuc-pham/', 'san-pham (danh sách)'],
    ['/tin-tuc/the/ocop/', 'tin-tuc (danh sách)'],
    ['/diem-ban/tinh/gia-lai/', 'diem-ban (theo tỉnh)'],
    ['/ton-vinh/hvnclc/2026/', 'ton-vinh (danh sách năm)'],
  ])('%s → %s', (url, type) => expect(pageType(url)).toBe(type));
});
