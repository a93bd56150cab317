/**
 * Markdown bodies carry prose, never markup: raw HTML is shown as the characters written and a
 * link to anything but a web page, e-mail or phone number as its words. Each row is a body and
 * what the page must show; Sätteri, the site's Markdown processor, renders it with the plugin.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/integrations/markdown-text.ts';

const render = async (source: string) => ((await markdownToHtml(source, { mdastPlugins: [markdownText] })) as { html: string }).html.trim();

describe('Markdown bodies as text', () => {
  it.each([
    ['a script inside a paragraph', 'Nội dung <script>alert(1)</script> trong tin.', '<p>Nội dung &lt;script&gt;alert(1)&lt;/script&gt; trong tin.</p>'],
    ['a script as a block of its own', '<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['a picture with an event handler', '<img src=x onerror=alert(1)> Khu gian hàng.', '<p>&lt;img src=x onerror=alert(1)&gt; Khu gian hàng.</p>'],
    ['an element over several lines', '<div onclick="x">\nkhối\n</div>', '<p>&lt;div onclick="x"&gt;\nkhối\n&lt;/div&gt;</p>'],
    ['markup in a quotation', '> <b>trích</b>', '<blockquote>\n<p>&lt;b&gt;trích&lt;/b&gt;</p>\n</blockquote>'],
    ['markup in a list', '- <i>mục</i>', '<ul>\n<li>&lt;i&gt;mục&lt;/i&gt;</li>\n</ul>'],
    ['a script link', 'Xem [tại đây](javascript:alert(1)).', '<p>Xem tại đây.</p>'],
    ['a script link written as an address', 'Xem <javascript:alert(1)>.', '<p>Xem javascript:alert(1).</p>'],
    ['a picture from a data address', '![Ảnh](data:image/svg+xml,abc)', '<p>Ảnh</p>'],
    ['a script link by reference', 'Xem [tại đây][a].\n\n[a]: javascript:alert(1)', '<p>Xem tại đây.</p>'],
  ])('%s', async (_name, source, html) => {
    expect(await render(source)).toBe(html);
  });

  it.each([
    ['a web link', 'Xem [phiếu](https://dang-ky.example.vn/).', '<p>Xem <a href="https://dang-ky.example.vn/">phiếu</a>.</p>'],
    ['an e-mail link', '[Gửi thư](mailto:a@hangviet.example.vn)', '<p><a href="mailto:a@hangviet.example.vn">Gửi thư</a></p>'],
    ['a link on the site', '[Hội chợ](/hoi-cho/)', '<p><a href="/hoi-cho/">Hội chợ</a></p>'],
    ['emphasis and lists', '**Đậm** và *nghiêng*\n\n- một', '<p><strong>Đậm</strong> và <em>nghiêng</em></p>\n<ul>\n<li>một</li>\n</ul>'],
  ])('keeps %s', async (_name, source, html) => {
    expect(await render(source)).toBe(html);
  });
});
