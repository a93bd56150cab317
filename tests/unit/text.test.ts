import { describe, expect, it } from 'vitest';
import { fold, lowerFirst, nfcDeep, slugify, sortByVi } from '../../src/lib/text.ts';

describe('fold and slugify', () => {
  it.each([
    ['Đà Nẵng', 'da nang'],
    ['chỉ đạo', 'chi dao'],
    ['Chu\u031Bo\u031Bng trình', 'chuong trinh'], // decomposed input
  ])('folds %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
  it('makes diacritic-free slugs', () => {
    expect(slugify('Hội chợ Hàng Việt – Quy Nhơn 2027!')).toBe('hoi-cho-hang-viet-quy-nhon-2027');
  });
});

describe('nfcDeep', () => {
  it('normalises nested strings and keeps other values', () => {
    const decomposed = 'Bi\u0300nh Đi\u0323nh';
    const out = nfcDeep({ a: [decomposed, 3], b: { c: decomposed }, d: true });
    expect(out).toEqual({ a: ['Bình Định', 3], b: { c: 'Bình Định' }, d: true });
    expect(out.a[0]).not.toBe(decomposed);
  });
});

describe('Vietnamese sort order', () => {
  it('puts đ after d and sorts by base letters before tones', () => {
    expect(sortByVi(['Đồng Tháp', 'Dương', 'An Giang', 'Ấp Bắc', 'Cà Mau'], (s) => s)).toEqual(['An Giang', 'Ấp Bắc', 'Cà Mau', 'Dương', 'Đồng Tháp']);
  });
});


describe('lowerFirst: a label inside a sentence keeps its proper names', () => {
  it.each([
    // A generic first word loses its capital; the names inside keep theirs.
    ['Cửa hàng giới thiệu và bán sản phẩm OCOP', 'cửa hàng giới thiệu và bán sản phẩm OCOP'],
    ['Điểm bán hàng Việt – Tự hào hàng Việt Nam', 'điểm bán hàng Việt – Tự hào hàng Việt Nam'],
    ['Câu lạc bộ bán hàng Việt', 'câu lạc bộ bán hàng Việt'],
    ['Quận, huyện (trước 01/07/2025)', 'quận, huyện (trước 01/07/2025)'],
    ['Ủy ban nhân dân', 'ủy ban nhân dân'],
    ['Còn hiệu lực', 'còn hiệu lực'],
    ['Khác', 'khác'],
    // A label that starts with a proper name is left as it is.
    ['OCOP 4 sao', 'OCOP 4 sao'],
    ['HTX Gốm sứ Bến Sông', 'HTX Gốm sứ Bến Sông'],
    ['TP. Hồ Chí Minh', 'TP. Hồ Chí Minh'],
    ['A4 – dán tường', 'A4 – dán tường'],
    ['Việt Nam chất lượng cao', 'Việt Nam chất lượng cao'],
    ['Cà Mau', 'Cà Mau'],
    ['Bà Rịa – Vũng Tàu', 'Bà Rịa – Vũng Tàu'],
    ['Ban Chỉ đạo tỉnh', 'Ban Chỉ đạo tỉnh'],
    ['“Tự hào hàng Việt Nam”', '“Tự hào hàng Việt Nam”'],
    // Nothing to lower.
    ['điểm bán', 'điểm bán'],
    ['3 sao', '3 sao'],
    ['', ''],
  ])('%s → %s', (label, expected) => {
    expect(lowerFirst(label)).toBe(expected);
  });
});
