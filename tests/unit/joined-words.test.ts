/**
 * The post-build check for words that run together across an element's edge (the line break
 * between two elements that Astro's HTML compression drops): each row is a fragment of a page and
 * what the check must find in it.
 */
import { HtmlValidate, Parser, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { joinedWords } from '../../scripts/lib/joined-words.ts';

const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));
const parser = new Parser(await validator.getConfigFor('page.html'));
const found = (body: string) =>
  joinedWords(parser.parseHtml({ data: `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`, filename: 'page.html', line: 1, column: 1, offset: 0 }).querySelector('body')!).map(
    (j) => `${j.left}|${j.right}`,
  );

describe('words run together across an element edge', () => {
  it.each([
    ['a badge and its time, the line break between them dropped', '<p><span>Đang mở cửa</span><span>(lúc 08:00)</span></p>', ['Đang mở cửa|(lúc 08:00)']],
    ['a label and the rest of its sentence', '<p><strong>Còn hiệu lực</strong><span>đến 13/08/2028</span></p>', ['Còn hiệu lực|đến 13/08/20']],
    ['text, then an element', '<p>Giá<b>180.000 đồng</b></p>', ['Giá|180.000 đồng']],
    ['a space inside the second element', '<p><strong>Còn hiệu lực</strong><span> đến 13/08/2028</span></p>', []],
    ['a space between the elements', '<p><span>Đang mở cửa</span> <span>(lúc 08:00)</span></p>', []],
    ['punctuation after a word', '<p><a href="/">Trang chủ</a>, <a href="/x/">Điểm bán</a></p>', []],
    ['blocks', '<ul><li>Hội chợ</li><li>Phiên chợ</li></ul><p>Một</p><p>Hai</p>', []],
    ['a line break', '<p>Số 1 Lê Lợi<br>Phường Sài Gòn</p>', []],
    ['a superscript belongs to its word', '<p>Diện tích 9 m<sup>2</sup>mỗi gian</p>', []],
    ['a decorative letter in a disc', '<label><input type="checkbox"><span aria-hidden="true">T</span>Điểm bán</label>', []],
    ['hidden text', '<p>Một<span hidden>ẩn</span> hai</p>', []],
  ])('%s', (_name, html, expected) => {
    expect(found(html)).toEqual(expected);
  });
});
