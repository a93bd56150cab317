import { describe, expect, it } from 'vitest';
import { blocks, compareCandidates, markdownText, RECORD_SECTIONS, isIndexPage, markedWords, queryTerms, recordAnchor, recordUrl, termsMatched } from '../../src/lib/search-records.ts';

describe('record addresses on index pages', () => {
  it('turns a section anchor back into the record page, for each section', () => {
    for (const section of RECORD_SECTIONS) {
      const url = `/tim-kiem/chi-muc/${section}-gia-lai-2/#${recordAnchor(section, 'mat-ong-hoa-ca-phe')}`;
      expect(recordUrl(url)).toEqual({ url: `/${section}/mat-ong-hoa-ca-phe/`, section });
    }
  });
  it('rejects anything else: other pages, unknown sections, malformed ids, the page without anchor', () => {
    expect(recordUrl('/tin-tuc/a/#san-pham--x')).toBeUndefined();
    expect(recordUrl('/tim-kiem/chi-muc/san-pham-gia-lai/')).toBeUndefined();
    expect(recordUrl('/tim-kiem/chi-muc/san-pham-gia-lai/#ke-hoach--x')).toBeUndefined();
    expect(recordUrl('/tim-kiem/chi-muc/san-pham-gia-lai/#san-pham--X_Y')).toBeUndefined();
    expect(recordUrl('/tim-kiem/chi-muc/san-pham-gia-lai/#san-pham')).toBeUndefined();
    expect(isIndexPage('/tim-kiem/chi-muc/a/')).toBe(true);
    expect(isIndexPage('/tim-kiem/')).toBe(false);
  });
  it('reduces a Markdown or MDX body to its words', () => {
    const body = "import Note from '../x.astro';\n\n## Khai mạc\n\n**Phiên chợ** có [gian hàng](/hoi-cho/) và ![ảnh chợ](./a.jpg).\n\n- mục một\n1. mục hai\n> trích dẫn\n\n<Note kind=\"a\">ghi chú</Note>";
    expect(markdownText(body)).toBe('Khai mạc Phiên chợ có gian hàng và ảnh chợ. mục một mục hai trích dẫn ghi chú');
  });
  it('cuts records into blocks in order, the last one shorter', () => {
    expect(blocks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(blocks([], 2)).toEqual([]);
  });
});

describe('ranking sections', () => {
  it('folds query words and highlighted words the same way (tones, đ, case)', () => {
    expect(queryTerms('Mật  ONG, Đắk Lắk')).toEqual(['mat', 'ong', 'dak', 'lak']);
    expect(markedWords('Hũ <mark>Mật</mark> hoa <mark>ong</mark> rừng <mark>Đắk</mark>')).toEqual(['mat', 'ong', 'dak']);
  });
  it('counts the query words a section matched, the last one as a prefix', () => {
    const terms = queryTerms('mat ong ru');
    expect(termsMatched(terms, markedWords('<mark>Mật</mark> <mark>ong</mark> <mark>rừng</mark>'))).toBe(3);
    expect(termsMatched(terms, markedWords('<mark>Mật</mark> mía'))).toBe(1);
    expect(termsMatched(terms, [])).toBe(0);
  });
  it('puts sections with more query words first, then higher scores, then earlier pages', () => {
    const hits = [
      { name: 'one word, best page', terms: 1, score: 9, pageRank: 0 },
      { name: 'both words, later page', terms: 2, score: 1, pageRank: 3 },
      { name: 'both words, higher score', terms: 2, score: 5, pageRank: 4 },
      { name: 'both words, same score, earlier page', terms: 2, score: 1, pageRank: 1 },
    ];
    expect([...hits].sort(compareCandidates).map((h) => h.name)).toEqual([
      'both words, higher score',
      'both words, same score, earlier page',
      'both words, later page',
      'one word, best page',
    ]);
  });
});
