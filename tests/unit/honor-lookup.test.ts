import { describe, expect, it } from 'vitest';
import {
  filterYearRows,
  honorPageUrl,
  lookup,
  lookupBusinesses,
  lookupSummary,
  parseLookupQuery,
  taxMatches,
  type HonorLookupFile,
  type YearRow,
} from '../../src/lib/honor-lookup.ts';

const businesses = [
  { name: 'Hợp tác xã Gốm sứ Bến Sông', taxCode: '0108623916' },
  { name: 'Hợp tác xã Thủy sản Đước Xanh Cần Giờ', taxCode: '0317920454' },
  { name: 'Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh', taxCode: '4100856930' },
  { name: 'Chi nhánh Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh tại Gia Lai', taxCode: '4100856930-001' },
  { name: 'Chi nhánh Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh tại Huế', taxCode: '4100856930-002' },
  { name: 'Công ty TNHH Thực phẩm Bến Nghé Xanh', taxCode: '0315872646' },
  // Decomposed (NFD), as some sources paste it.
  { name: 'Hộ kinh doanh Trà sen Bà Ngát'.normalize('NFD'), taxCode: '8077342184' },
];
const find = (typed: string) => lookup(businesses, parseLookupQuery(typed), (b) => b).map((b) => b.name.normalize('NFC'));

describe('honours lookup: reading the query', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['b', { kind: 'short' }],
    ['01', { kind: 'short' }],
    ['010', { kind: 'tax', digits: '010' }],
    ['0108623916', { kind: 'tax', digits: '0108623916' }],
    ['0108 623 916', { kind: 'tax', digits: '0108623916' }],
    ['0108.623.916', { kind: 'tax', digits: '0108623916' }],
    ['4100856930-001', { kind: 'tax', digits: '4100856930001' }],
    [' 4100856930 - 001 ', { kind: 'tax', digits: '4100856930001' }],
    ['MST 0108623916', { kind: 'tax', digits: '0108623916' }],
    ['Mã số thuế: 0108623916', { kind: 'tax', digits: '0108623916' }],
    ['Gốm Bến Sông', { kind: 'name', words: ['gom', 'ben', 'song'] }],
    ['ĐẦM THỊ NẠI', { kind: 'name', words: ['dam', 'thi', 'nai'] }],
    ['Cơ sở 27/7', { kind: 'name', words: ['co', 'so', '27', '7'] }],
  ])('%j → %j', (typed, expected) => {
    expect(parseLookupQuery(typed)).toEqual(expected);
  });
});

describe('honours lookup: tax codes', () => {
  it.each([
    ['whole code', '4100856930', '4100856930', true],
    ['beginning of a code', '4100856930', '410', true],
    ['another code', '4100856930', '4100856931', false],
    ['head office code finds its branches', '4100856930-001', '4100856930', true],
    ['branch code finds its enterprise', '4100856930', '4100856930001', true],
    ['branch code finds that branch', '4100856930-001', '4100856930001', true],
    ['branch code does not find another branch', '4100856930-002', '4100856930001', false],
    ['branch code of another enterprise', '0108623916', '4100856930001', false],
    ['digits inside a code do not count', '0108623916', '623916', false],
  ])('%s: %s for %s → %s', (_, code, digits, expected) => {
    expect(taxMatches(code, digits)).toBe(expected);
  });

  it.each([
    ['0108623916', ['Hợp tác xã Gốm sứ Bến Sông']],
    ['0108.623.916', ['Hợp tác xã Gốm sứ Bến Sông']],
    ['0108 623 916', ['Hợp tác xã Gốm sứ Bến Sông']],
    ['4100856930-001', ['Chi nhánh Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh tại Gia Lai', 'Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh']],
    [
      '4100 856 930',
      ['Chi nhánh Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh tại Gia Lai', 'Chi nhánh Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh tại Huế', 'Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh'],
    ],
    ['031', ['Công ty TNHH Thực phẩm Bến Nghé Xanh', 'Hợp tác xã Thủy sản Đước Xanh Cần Giờ']],
  ])('%s finds %j', (typed, expected) => {
    expect(find(typed)).toEqual(expected);
  });
});

describe('honours lookup: names', () => {
  it.each([
    ['with diacritics', 'Gốm sứ Bến Sông', ['Hợp tác xã Gốm sứ Bến Sông']],
    ['without diacritics', 'gom su ben song', ['Hợp tác xã Gốm sứ Bến Sông']],
    ['đ typed as d', 'duoc xanh', ['Hợp tác xã Thủy sản Đước Xanh Cần Giờ']],
    ['đ typed as đ', 'Đước', ['Hợp tác xã Thủy sản Đước Xanh Cần Giờ']],
    ['capitals', 'BẾN SÔNG', ['Hợp tác xã Gốm sứ Bến Sông']],
    ['words in another order', 'song ben', ['Hợp tác xã Gốm sứ Bến Sông']],
    ['inside a word', 'gat', ['Hộ kinh doanh Trà sen Bà Ngát']],
    ['a decomposed name, typed composed', 'trà sen', ['Hộ kinh doanh Trà sen Bà Ngát']],
    ['a decomposed query', 'Bà Ngát'.normalize('NFD'), ['Hộ kinh doanh Trà sen Bà Ngát']],
    ['punctuation ignored', 'ben-song.', ['Hợp tác xã Gốm sứ Bến Sông']],
    ['a word missing from the name', 'ben song xanh', []],
    ['d does not find other letters', 'dam', ['Chi nhánh Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh tại Gia Lai', 'Chi nhánh Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh tại Huế', 'Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh']],
  ])('%s: %j', (_, typed, expected) => {
    expect(find(typed)).toEqual(expected);
  });

  it('puts names the words begin, in order, before names that merely contain them, then sorts in Vietnamese order', () => {
    expect(find('xanh')).toEqual([
      'Chi nhánh Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh tại Gia Lai',
      'Chi nhánh Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh tại Huế',
      'Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh',
      'Công ty TNHH Thực phẩm Bến Nghé Xanh',
      'Hợp tác xã Thủy sản Đước Xanh Cần Giờ',
    ]);
    expect(find('song')).toEqual(['Hợp tác xã Gốm sứ Bến Sông']);
    // "an" is inside "Nhánh", "Phần", "Sản"… but begins no word: a name with "An" would come first.
    const withAn = [...businesses, { name: 'Hợp tác xã An Nhơn', taxCode: '4100000000' }];
    expect(lookup(withAn, parseLookupQuery('an'), (b) => b)[0]!.name).toBe('Hợp tác xã An Nhơn');
  });

  it('finds nothing for an empty or too short query', () => {
    expect(find('')).toEqual([]);
    expect(find('g')).toEqual([]);
  });
});

describe('honours lookup: the lookup file', () => {
  const file: HonorLookupFile = {
    programs: [
      { id: 'hang-viet-nam-chat-luong-cao', name: 'Hàng Việt Nam chất lượng cao' },
      { id: 'tin-cay', name: 'Hàng hóa, dịch vụ người tiêu dùng tin cậy' },
    ],
    businesses: [
      { i: 'htx-gom-ben-song', n: 'Hợp tác xã Gốm sứ Bến Sông', t: '0108623916', h: [[0, 2026, 1], [0, 2025, 2]] },
      { i: 'thuc-pham-ben-nghe-xanh', n: 'Công ty TNHH Thực phẩm Bến Nghé Xanh', t: '0315872646', h: [[1, 2025, 1, 'Top 10']] },
    ],
  };

  it('keeps to one programme when asked', () => {
    const ids = (program?: string) => lookupBusinesses(file, parseLookupQuery('ben'), program).map((b) => b.i);
    expect(ids()).toEqual(['thuc-pham-ben-nghe-xanh', 'htx-gom-ben-song']);
    expect(ids('hang-viet-nam-chat-luong-cao')).toEqual(['htx-gom-ben-song']);
    expect(ids('tin-cay')).toEqual(['thuc-pham-ben-nghe-xanh']);
  });

  it('links each honour to the page of the yearly list that shows it', () => {
    expect(honorPageUrl(file, [0, 2026, 1])).toBe('/ton-vinh/hang-viet-nam-chat-luong-cao/2026/');
    expect(honorPageUrl(file, [0, 2025, 2])).toBe('/ton-vinh/hang-viet-nam-chat-luong-cao/2025/trang/2/');
  });

  it('filters a yearly list by name or tax code, keeping its order', () => {
    const row = (name: string, taxCode: string): YearRow => ({ business: { id: name, name, taxCode, provinceName: '' } });
    const rows = [row('Cơ sở Đá Mỹ Nghệ', '4100000001'), row('Hợp tác xã Đồng Xanh', '0100000002'), row('Hợp tác xã Gốm', '4100000003')];
    expect(filterYearRows(rows, parseLookupQuery('da')).map((r) => r.business.name)).toEqual(['Cơ sở Đá Mỹ Nghệ']);
    expect(filterYearRows(rows, parseLookupQuery('dong')).map((r) => r.business.name)).toEqual(['Hợp tác xã Đồng Xanh']);
    expect(filterYearRows(rows, parseLookupQuery('4100')).map((r) => r.business.name)).toEqual(['Cơ sở Đá Mỹ Nghệ', 'Hợp tác xã Gốm']);
  });
});

describe('honours lookup: the status line', () => {
  const say = (typed: string, count: number, shown = count, within?: string, unit: 'doanh nghiệp' | 'lượt tôn vinh' = 'doanh nghiệp') =>
    lookupSummary({ query: parseLookupQuery(typed), typed, count, shown, within, unit });
  it.each([
    [say('', 0), ''],
    [say('a', 0), 'Hãy gõ ít nhất 2 chữ của tên, hoặc ít nhất 3 chữ số của mã số thuế.'],
    [say('ben song ', 1), 'Có 1 doanh nghiệp khớp với “ben song”.'],
    [say('xyz', 0, 0, 'trong chương trình “Hàng Việt Nam chất lượng cao”'), 'Không có doanh nghiệp nào khớp với “xyz” trong chương trình “Hàng Việt Nam chất lượng cao”.'],
    [say('0108.623.916', 1), 'Có 1 doanh nghiệp khớp với mã số thuế 0108623916.'],
    [say('4100856930-001', 2), 'Có 2 doanh nghiệp khớp với mã số thuế 4100856930-001.'],
    [say('410', 120, 20), 'Có 120 doanh nghiệp khớp với mã số thuế bắt đầu bằng 410. Đang hiện 20 kết quả đầu; hãy gõ thêm để thu hẹp.'],
    [say('gom', 3, 3, 'trong danh sách năm 2026', 'lượt tôn vinh'), 'Có 3 lượt tôn vinh khớp với “gom” trong danh sách năm 2026.'],
  ])('%j', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
