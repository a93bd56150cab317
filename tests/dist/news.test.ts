/**
 * Publishing rules over the whole build: a draft (`draft: true`) and a post dated after the day of
 * the build are in no output at all — no page, list, tag page, feed, sitemap, search index file,
 * export or picture — while a post written exactly as the web editor writes it (unquoted date,
 * empty lists, no cover) is published everywhere a post belongs. The fixtures are in
 * tests/fixtures/content/news/ (zz-ban-nhap, zz-hen-gio, zz-tu-trinh-soan-thao).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve('dist');

/** Every file of the build, relative to dist/. */
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.relative(dist, path.join(e.parentPath, e.name)));

/** A file's text as a reader of it would get it. */
function textOf(file: string): string {
  return readFileSync(path.join(dist, file), 'utf8');
}

const corpus = files.map((file) => ({ file, text: textOf(file).toLowerCase() }));

describe('tin chưa đăng không có trong bất cứ tệp nào của bản dựng', () => {
  for (const [what, id, token] of [
    ['bản nháp (draft: true)', 'zz-ban-nhap', 'zzbannhap'],
    ['tin ghi ngày sau hôm dựng', 'zz-hen-gio', 'zzhengio'],
  ] as const) {
    it(`${what}: không trang, danh sách, RSS, sơ đồ trang, chỉ mục tìm kiếm hay dữ liệu mở nào nhắc tới`, () => {
      expect(files.length).toBeGreaterThan(100);
      const named = files.filter((f) => f.includes(id));
      const mentioning = corpus.filter((c) => c.text.includes(token) || c.text.includes(`/tin-tuc/${id}/`)).map((c) => c.file);
      expect(named, `tệp mang tên ${id}`).toEqual([]);
      expect(mentioning, `tệp nhắc tới ${token}`).toEqual([]);
    });
  }

  it('ảnh bìa của bản nháp không được xuất ra', () => {
    expect(files.filter((f) => f.includes('zz-ban-nhap-bia'))).toEqual([]);
  });
});

describe('tin viết bằng trình soạn thảo (đúng YAML nó ghi) được đăng', () => {
  const id = 'zz-tu-trinh-soan-thao';
  it('có trang riêng, trong danh sách tin, trong RSS và trong chỉ mục tìm kiếm', () => {
    const page = readFileSync(path.join(dist, 'tin-tuc', id, 'index.html'), 'utf8');
    expect(page).toContain('<h1>Thông cáo báo chí: Đồng Tháp mở phiên chợ hàng Việt</h1>');
    expect(page).toContain('20/11/2026');
    const lists = files.filter((f) => /^tin-tuc\/(trang\/\d+\/)?index\.html$/.test(f)).map((f) => readFileSync(path.join(dist, f), 'utf8'));
    expect(lists.some((html) => html.includes(`href="/tin-tuc/${id}/"`))).toBe(true);
    expect(readFileSync(path.join(dist, 'rss.xml'), 'utf8')).toContain(`/tin-tuc/${id}/</link>`);
    expect(corpus.some((c) => c.file.startsWith('tim-kiem/chi-muc/tl/') && c.text.includes('đồng tháp mở phiên chợ'))).toBe(true);
  });
});
