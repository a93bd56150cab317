/** The site's search: index words, query rules, matching, ranking, facets and highlighting (lib/search-engine.ts). */
import { describe, expect, it } from 'vitest';
import {
  applyFilters, boostProvinces, combine, decodeIds, encodeIds, expandNumber, expandRuns, expandTerm, highlight, markdownText, matchNumber, matchWord,
  namedProvinces, numbersIn, oldNameNotes, otherSiteLink, otherSiteSearch, parseQuery, PREFIX_WORDS, toRuns, wordKey, words, type Hit, type QueryTerm, type TermMatch, type WordFile,
} from '../../src/lib/search-engine.ts';

const T = (exact: string, key: string, prefix: boolean): QueryTerm => ({ exact, key, prefix });
const M = (entries: [id: number, score: number, alias?: boolean][]) => new Map<number, TermMatch>(entries.map(([id, score, alias = false]) => [id, { score, alias }]));
/** Document numbers, best score first (ties by number). */
const ranked = (m: Map<number, TermMatch>) => [...m].sort(([a, x], [b, y]) => y.score - x.score || a - b).map(([id]) => id);

describe('words and wordKey', () => {
  it.each([
    ['mật ong'.normalize('NFD'), ['mật', 'ong'], ['mat', 'ong']],
    ['Đồng Tháp', ['đồng', 'tháp'], ['dong', 'thap']],
    ['Đồng Tháp'.normalize('NFD'), ['đồng', 'tháp'], ['dong', 'thap']],
    ['chỉ đạo', ['chỉ', 'đạo'], ['chi', 'dao']],
    ['HÀNG VIỆT – Hội chợ 2026!', ['hàng', 'việt', 'hội', 'chợ', '2026'], ['hang', 'viet', 'hoi', 'cho', '2026']],
  ])('%s → %j → %j', (text, expectedWords, keys) => {
    const ws = words(text);
    expect(ws).toEqual(expectedWords);
    expect(ws.every((w) => w === w.normalize('NFC'))).toBe(true);
    expect(ws.map(wordKey)).toEqual(keys);
  });

  it.each(['蜂蜜', 'мёд', 'straße', ''])('%j has no key', (w) => {
    expect(wordKey(w)).toBeUndefined();
  });
});

describe('numbersIn', () => {
  it.each([
    ['0903.123.456', ['0903123456']],
    ['0903 123 456', ['0903123456']],
    ['+84 903 123 456', ['0903123456']],
    ['Điện thoại: 0903-123-456.', ['0903123456']],
    ['0312345678-001', ['0312345678001', '0312345678']],
    ['Mã số thuế 2001379641 của công ty', ['2001379641']],
    ['0312345678  001', ['0312345678']], // a doubled separator is not joined
    ['2026 500', []],
    ['12.03.2026', []],
    ['Năm 2026 có 500 điểm bán', []],
  ])('%j → %j', (text, expected) => {
    expect(numbersIn(text).sort()).toEqual([...expected].sort());
  });
});

describe('parseQuery', () => {
  it('reads a decomposed query as the composed one', () => {
    expect(parseQuery('mật ong'.normalize('NFD'))).toEqual(parseQuery('mật ong'));
    expect(parseQuery('mật ong'.normalize('NFD'))).toEqual([T('mật', 'mat', false), T('ong', 'ong', true)]);
  });

  it.each([
    ['Chỉ Đạo', [T('chỉ', 'chi', false), T('đạo', 'dao', true)]],
    ['mật ong ', [T('mật', 'mat', false), T('ong', 'ong', false)]],
    ['mật ong.', [T('mật', 'mat', false), T('ong', 'ong', false)]],
    ['0903 123 456', [T('0903123456', '0903123456', true)]],
    ['+84 903.123.456', [T('0903123456', '0903123456', true)]],
    // The number's groups are not also words; the number ends the text, so “thoại” is complete.
    ['điện thoại 0903.123.456', [T('0903123456', '0903123456', true), T('điện', 'dien', false), T('thoại', 'thoai', false)]],
    ['mật Mật ong', [T('mật', 'mat', false), T('ong', 'ong', true)]],
    ['蜂蜜 mật ong', [T('mật', 'mat', false), T('ong', 'ong', true)]],
    ['hội chợ 2026', [T('hội', 'hoi', false), T('chợ', 'cho', false), T('2026', '2026', true)]],
    ['', []],
    ['  – ', []],
  ])('%j', (query, expected) => {
    expect(parseQuery(query)).toEqual(expected);
  });
});

describe('expandTerm and expandNumber', () => {
  const vocabulary = { m: 7, ma: 10, mat: 50, mai: 40, mau: 30, mang: 30, may: 20, man: 5, mac: 1, ba: 100 };
  it.each([
    [T('mật', 'mat', false), ['mat']],
    [T('ma', 'ma', false), ['ma']],
    // Itself, then the commonest words it starts (ties alphabetical), at most PREFIX_WORDS of them: not “mac”.
    [T('ma', 'ma', true), ['ma', 'mat', 'mai', 'mang', 'mau', 'may', 'man']],
    [T('man', 'man', true), ['man', 'mang']],
    [T('xo', 'xo', true), []],
    [T('m', 'm', true), ['m']],
    [T('b', 'b', true), []],
  ])('%j', (term, expected) => {
    expect(expandTerm(term, vocabulary)).toEqual(expected);
  });
  it('extends by PREFIX_WORDS words at most', () => {
    expect(expandTerm(T('ma', 'ma', true), vocabulary)).toHaveLength(1 + PREFIX_WORDS);
  });

  const shard = { '0312345678': [4], '0312345678001': [5], '0903123456': [1], '0903123457': [2], '0903999999': [3] };
  it.each([
    ['0903123456', ['0903123456']],
    ['0312345678', ['0312345678']], // a whole tax code, not its branches
    ['031234567', ['0312345678', '0312345678001']],
    ['090312345', ['0903123456', '0903123457']],
    ['0905', []],
  ])('number %s → %j', (key, expected) => {
    expect(expandNumber(T(key, key, true), shard)).toEqual(expected);
  });
  it('tries at most 20 numbers, in order', () => {
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`09000000${String(i).padStart(2, '0')}`, [i]]));
    const got = expandNumber(T('09000000', '09000000', true), many);
    expect(got).toHaveLength(20);
    expect(got[0]).toBe('0900000000');
    expect(got.at(-1)).toBe('0900000019');
  });
  it('matchNumber finds the documents of the numbers', () => {
    expect(matchNumber(['0903123456'], { '0903123456': [2, 3] })).toEqual(M([[2, 10], [5, 10]]));
  });
});

describe('encodeIds and decodeIds', () => {
  it.each([
    [[3, 5, 9], [3, 2, 4]],
    [[0, 1, 2, 100], [0, 1, 1, 98]],
    [[7], [7]],
    [[], []],
  ])('%j ⇄ %j', (ids, gaps) => {
    expect(encodeIds(ids)).toEqual(gaps);
    expect(decodeIds(gaps)).toEqual(ids);
  });
});

describe('matchWord', () => {
  const file: WordFile = { mật: [[1], [2]], mát: [[3]] };
  it('ranks the spelling typed above other spellings, and a title above other text', () => {
    const m = matchWord(T('mật', 'mat', false), [file]);
    expect(ranked(m)).toEqual([1, 3, 2]);
    expect(m.get(1)!.score).toBeGreaterThan(m.get(3)!.score);
    expect(m.get(3)!.score).toBeGreaterThan(m.get(2)!.score);
    expect([...m.values()].some((x) => x.alias)).toBe(false);
  });
  it('scores every spelling alike when typed without diacritics', () => {
    const m = matchWord(T('mat', 'mat', false), [file]);
    expect(m.get(1)!.score).toBe(m.get(3)!.score);
    expect(m.get(2)!.score).toBeLessThan(m.get(1)!.score);
  });
  it('treats diacritics typed in a word being typed as the spelling sought', () => {
    const typed = matchWord(T('mậ', 'ma', true), [file]);
    expect(typed.get(1)!.score).toBeGreaterThan(typed.get(3)!.score);
    const plain = matchWord(T('ma', 'ma', true), [file]);
    expect(plain.get(1)!.score).toBe(plain.get(3)!.score);
  });
  it('flags matches by old place name, which weigh below a title and above other text', () => {
    const m = matchWord(T('binh', 'binh', false), [{ bình: [[4], [6], [7]] }]);
    expect(ranked(m)).toEqual([4, 7, 6]);
    expect(m.get(7)).toMatchObject({ alias: true });
    expect(m.get(4)).toMatchObject({ alias: false });
    expect(m.get(6)).toMatchObject({ alias: false });
  });
  it('decodes gaps and keeps each document’s best match across files', () => {
    expect([...matchWord(T('ong', 'ong', false), [{ ong: [[1, 4], [2, 1]] }]).keys()].sort()).toEqual([1, 2, 3, 5]);
    const files: WordFile[] = [{ mật: [[], [], [5]] }, { mát: [[], [5]] }, { mạt: [[6]] }, { mặt: [[], [], [6]] }];
    const m = matchWord(T('mat', 'mat', false), files);
    expect(m.get(5)).toMatchObject({ alias: true }); // an old name above other text
    expect(m.get(6)).toMatchObject({ alias: false }); // a title above an old name
  });
});

describe('combine', () => {
  const terms = [T('mật', 'mat', false), T('bình', 'binh', true)];
  const a = M([[1, 4], [2, 6], [3, 2], [9, 6]]);
  const b = M([[2, 2], [3, 1, true], [4, 9], [9, 2]]);
  it('keeps documents matching every term, sums scores, best first, ties by number', () => {
    expect(combine(terms, [a, b])).toEqual<Hit[]>([
      { id: 2, score: 8, viaOldNames: [] },
      { id: 9, score: 8, viaOldNames: [] },
      { id: 3, score: 3, viaOldNames: ['bình'] },
    ]);
    expect(combine(terms, [b, a]).map((h) => h.id)).toEqual([2, 9, 3]);
  });
  it.each([
    ['a term matching nothing', [a, M([])]],
    ['no terms', []],
  ])('finds nothing for %s', (_, matches) => {
    expect(combine(terms.slice(0, matches.length), matches)).toEqual([]);
  });
  it('lists every term matched only by old names', () => {
    const hits = combine([T('bình', 'binh', false), T('định', 'dinh', true)], [M([[1, 1, true], [2, 4], [3, 1, true]]), M([[1, 1, true], [2, 1.5, true]])]);
    expect(hits.map((h) => [h.id, [...h.viaOldNames].sort()])).toEqual([[2, ['định']], [1, ['bình', 'định']]]);
  });
});

describe('facets', () => {
  // [type, province, year] of documents 0–5.
  const docs = [[0, 1, 2025], [0, 1, 2026], [0, 2, 2026], [1, 1, 2026], [1, 2, 0], [2, 1, 2025]].map(([type, province, year]) => ({ type: type!, province: province!, year: year! }));
  const facets = expandRuns(toRuns(docs));

  it('compresses documents into runs and back', () => {
    const same = { type: 0, province: 1, year: 2026 };
    const other = { type: 0, province: 2, year: 2026 };
    expect(toRuns([same, same, same, other, other, same])).toEqual([[0, 1, 2026, 3], [0, 2, 2026, 2], [0, 1, 2026, 1]]);
    expect([...facets.type]).toEqual([0, 0, 0, 1, 1, 2]);
    expect([...facets.province]).toEqual([1, 1, 2, 1, 2, 1]);
    expect([...facets.year]).toEqual([2025, 2026, 2026, 2026, 0, 2025]);
  });

  const hits = [3, 0, 5, 1, 4, 2].map((id): Hit => ({ id, score: 1, viaOldNames: [] }));
  it.each([
    [{}, [3, 0, 5, 1, 4, 2], { 0: 3, 1: 2, 2: 1 }, { 1: 4, 2: 2 }, { 2025: 2, 2026: 3 }],
    [{ province: 1 }, [3, 0, 5, 1], { 0: 2, 1: 1, 2: 1 }, { 1: 4, 2: 2 }, { 2025: 2, 2026: 2 }],
    [{ province: 1, year: 2026 }, [3, 1], { 0: 1, 1: 1 }, { 1: 2, 2: 1 }, { 2025: 2, 2026: 2 }],
    [{ type: 1 }, [3, 4], { 0: 3, 1: 2, 2: 1 }, { 1: 1, 2: 1 }, { 2026: 1 }],
    [{ type: 0, year: 2026 }, [1, 2], { 0: 2, 1: 1 }, { 1: 1, 2: 1 }, { 2025: 1, 2026: 2 }],
  ])('filters %j and counts each choice with the other filters on', (filters, kept, type, province, year) => {
    const out = applyFilters(hits, facets, filters);
    expect(out.hits.map((h) => h.id)).toEqual(kept);
    expect(Object.fromEntries(out.counts.type)).toEqual(type);
    expect(Object.fromEntries(out.counts.province)).toEqual(province);
    expect(Object.fromEntries(out.counts.year)).toEqual(year);
  });
});

describe('namedProvinces and boostProvinces', () => {
  const provinces: [string, string, string][] = [['', '', ''], ['52', 'gia-lai', 'Gia Lai'], ['12', 'lai-chau', 'Lai Châu'], ['48', 'da-nang', 'Đà Nẵng'], ['01', 'ha-noi', 'Hà Nội'], ['46', 'hue', 'Huế']];
  it.each([
    ['mat ong gia lai', [1]],
    ['mật ong Gia Lai', [1]],
    ['da nang', [3]],
    ['Đà Nẵng', [3]],
    ['du lịch đà nẵng hà nội', [3, 4]],
    ['lai châu', [2]],
    ['hue', [5]],
    ['ha', []],
    ['', []],
  ])('%j names %j', (query, expected) => {
    expect([...namedProvinces(parseQuery(query), provinces)].sort()).toEqual(expected);
  });

  const provinceOf = [3, 1, 1, 2];
  const hitsOf = () => [[0, 5], [3, 4], [1, 3], [2, 3]].map(([id, score]): Hit => ({ id: id!, score: score!, viaOldNames: [] }));
  it.each([
    [[1], [1, 2, 0, 3]],
    [[2], [3, 0, 1, 2]],
    [[], [0, 3, 1, 2]],
  ])('boosts documents of provinces %j', (named, order) => {
    expect(boostProvinces(hitsOf(), new Set(named), provinceOf).map((h) => h.id)).toEqual(order);
  });
});

describe('oldNameNotes', () => {
  const doc = { old: [['Bình Định', 'Gia Lai'], ['Phước Lộc, Tuy Phước', 'Tuy Phước, Gia Lai']] as [string, string][] };
  it.each([
    [['bình'], ['Bình Định (cũ) → Gia Lai']],
    [['binh'], ['Bình Định (cũ) → Gia Lai']],
    [['đị'], ['Bình Định (cũ) → Gia Lai']],
    [['lộc'], ['Phước Lộc, Tuy Phước (cũ) → Tuy Phước, Gia Lai']],
    [['gia'], []],
    [[], []],
  ])('terms %j → %j', (via, expected) => {
    expect(oldNameNotes(doc, via)).toEqual(expected);
  });
  it('says nothing for a document without old names', () => {
    expect(oldNameNotes({}, ['bình'])).toEqual([]);
  });
});

describe('highlight', () => {
  it.each([
    ['dao', 'Ban Chỉ đạo', [['Ban Chỉ ', false], ['đạo', true]]],
    ['chi da', 'Ban Chỉ đạo Đà Nẵng', [['Ban ', false], ['Chỉ', true], [' ', false], ['đạo', true], [' ', false], ['Đà', true], [' Nẵng', false]]],
    // Only the last word typed highlights the words it starts.
    ['da chi', 'Đà Nẵng, đạo chỉ chính', [['Đà', true], [' Nẵng, đạo ', false], ['chỉ', true], [' ', false], ['chính', true]]],
    ['0903 123 456', 'Điện thoại 0903 123 456', [['Điện thoại 0903 123 456', false]]],
    ['hội chợ 2026', 'Hội chợ 2026', [['Hội', true], [' ', false], ['chợ', true], [' 2026', false]]],
    ['mat', 'Không có gì', [['Không có gì', false]]],
  ])('%j in %j', (query, text, expected) => {
    const parts = highlight(text, parseQuery(query));
    expect(parts).toEqual(expected);
    expect(parts.map(([s]) => s).join('')).toBe(text);
  });
  it('keeps a decomposed text as it is', () => {
    const text = 'Ban Chỉ đạo'.normalize('NFD');
    const parts = highlight(text, parseQuery('dao'));
    expect(parts.map(([s]) => s).join('')).toBe(text);
    expect(parts.filter(([, hit]) => hit).map(([s]) => s.normalize('NFC'))).toEqual(['đạo']);
  });
});

describe('markdownText', () => {
  it.each([
    ['# Tiêu đề\n\nMột **đoạn** có [liên kết](https://hangviet.vn/a) và ![ảnh chợ](/a.png).', 'Tiêu đề Một đoạn có liên kết và ảnh chợ.'],
    ["import Callout from '../Callout.astro';\nexport const x = 1;\n\n<Callout type=\"note\">Chú ý</Callout>\n\n- mục một\n* mục hai\n> trích dẫn\n1. bước đầu", 'Chú ý mục một mục hai trích dẫn bước đầu'],
    ['Dùng `mã` và _nghiêng_', 'Dùng mã và nghiêng'],
  ])('%j → %j', (body, expected) => {
    expect(markdownText(body)).toBe(expected);
  });
});

describe('other sites\' results', () => {
  const SITE = 'https://tinh-khac.example.vn/';
  it.each([
    ['/san-pham/mat-ong/', 'https://tinh-khac.example.vn/san-pham/mat-ong/'],
    ['san-pham/mat-ong/', 'https://tinh-khac.example.vn/san-pham/mat-ong/'],
    ['https://tinh-khac.example.vn/diem-ban/a/', 'https://tinh-khac.example.vn/diem-ban/a/'],
    ['https://lua-dao.example/diem-ban/a/', undefined],
    ['//lua-dao.example/x', undefined],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
  ])('a result at %s links to %s', (url, link) => expect(otherSiteLink(url, SITE)).toBe(link));

  it('sends the query to the other site\'s own search page', () => {
    expect(otherSiteSearch(SITE, 'mật ong & sữa')).toBe('https://tinh-khac.example.vn/tim-kiem/?q=m%E1%BA%ADt+ong+%26+s%E1%BB%AFa');
  });
});
