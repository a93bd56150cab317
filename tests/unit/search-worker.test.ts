/** The build computes the search index's files in a worker thread: the same files as in the build's own thread. */
import { describe, expect, it, vi } from 'vitest';
import { digestedIndexFiles, type IndexInput } from '../../src/data/views/search-files.ts';
import { textDigest } from '../../src/data/text-digest.ts';
import { inWorker } from '../../src/data/views/search.ts';

const input: IndexInput = {
  provinces: [['52', 'gia-lai', 'Gia Lai'], ['79', 'ho-chi-minh', 'Hồ Chí Minh']],
  docs: [
    { type: 2, province: 1, year: 0, doc: { type: 'diem-ban', province: '52', result: { url: '/diem-ban/a/', title: 'Điểm bán hàng Việt Pleiku', lines: ['Số 14 Hùng Vương, Phường Pleiku, Gia Lai', 'Điện thoại 0269 000 1302'], old: [['Bình Định', 'Gia Lai']] }, numbers: ['0269 000 1302'] } },
    { type: 3, province: 2, year: 0, doc: { type: 'san-pham', province: '79', result: { url: '/san-pham/mat-ong/', title: 'Mật ong bạc hà', lines: ['OCOP 4 sao – còn hiệu lực đến 01/12/2027'] }, numbers: ['8936045120019'] } },
    { type: 7, province: 0, year: 2026, doc: { type: 'tin-tuc', year: 2026, result: { url: '/tin-tuc/b/', title: 'Đồng Tháp công nhận thêm sản phẩm OCOP', date: '30/11/2026', lines: ['Tóm tắt'] }, more: ['đặc sản', 'Nội dung bài viết về nước mắm'] } },
  ],
};

describe('the search index in a worker thread', () => {
  it('gives exactly the files computed in this thread', async () => {
    const here = digestedIndexFiles(input);
    // A worker that cannot start is reported and replaced by this thread: it must have started.
    const warn = vi.spyOn(console, 'warn');
    const there = await inWorker(input);
    expect(warn).not.toHaveBeenCalled();
    expect(there).toEqual(here);
    // Not an empty answer: the words, the numbers, the results and the table of contents, each
    // with the digest of its text.
    const files = new Map(there.map(([name, text, digest]) => [name, { text, digest }]));
    expect([...files.keys()]).toEqual(expect.arrayContaining(['t/mat', 't/dong', 'tl/0', 'muc-luc', 'tu']));
    expect(files.get('tl/0')!.text).toContain('Mật ong bạc hà');
    for (const { text, digest } of files.values()) expect(digest).toBe(textDigest(text));
  });
});
