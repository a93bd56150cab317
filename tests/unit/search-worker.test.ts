/** The build computes the search index's files in a worker thread, which writes them: the same files as computed in the build's own thread. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { digestedIndexFiles, type IndexInput } from '../../src/data/views/search-files.ts';
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
  it('writes exactly the files computed in this thread, and rewrites only what changed', async () => {
    const here = digestedIndexFiles(input);
    const dir = mkdtempSync(path.join(tmpdir(), 'chi-muc-'));
    try {
      // A worker that cannot start is reported and replaced by this thread: it must have started.
      const warn = vi.spyOn(console, 'warn');
      const first = await inWorker(input, dir);
      expect(warn).not.toHaveBeenCalled();
      expect(first.names).toEqual(here.map(([name]) => name));
      expect(first.written).toBe(here.length);
      // Not an empty answer: the words, the numbers, the results and the table of contents.
      expect(first.names).toEqual(expect.arrayContaining(['t/mat', 't/dong', 'tl/0', 'muc-luc', 'tu']));
      for (const [name, text] of here) expect(readFileSync(path.join(dir, `${name}.json`), 'utf8')).toBe(text);
      expect(readFileSync(path.join(dir, 'tl/0.json'), 'utf8')).toContain('Mật ong bạc hà');

      // Again with one document renamed: only the files whose text changed are written, and a
      // file spoilt by hand is put right.
      writeFileSync(path.join(dir, 't/pleiku.json'), '{}');
      const renamed: IndexInput = { ...input, docs: input.docs.map((d, i) => (i === 1 ? { ...d, doc: { ...d.doc, result: { ...d.doc.result, title: 'Mật ong hoa nhãn' } } } : d)) };
      const after = digestedIndexFiles(renamed);
      const changed = after.filter(([name, text]) => here.find(([n]) => n === name)?.[1] !== text).map(([name]) => name);
      expect(changed.length).toBeGreaterThan(0);
      const second = await inWorker(renamed, dir);
      expect(second.written).toBe(changed.length + (changed.includes('t/pleiku') ? 0 : 1));
      for (const [name, text] of after) expect(readFileSync(path.join(dir, `${name}.json`), 'utf8')).toBe(text);
      expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.partial'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
