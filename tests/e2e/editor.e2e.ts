/**
 * The press office's web editor, end to end, as a press officer trying it in local mode: open
 * /admin/ of the built site, sign in (no account: the local file server on 127.0.0.1), write a post
 * whose title has diacritics and `đ`, with a cover picture and its description and a body, publish;
 * the file lands in content/news/ under a diacritic-free name, with the picture beside it; a build
 * of that content accepts it (the schemas run in the build) and shows the post on /tin-tuc/, in
 * /rss.xml and in search. The editor runs under its own Content-Security-Policy with no violation.
 *
 * The content is a copy (the build tests' temporary project), so the repository is untouched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { startLocalEditor } from '../../scripts/editor.ts';
import { startServer } from '../../scripts/serve.ts';
import { LOCAL_EDITOR_PORT } from '../../src/lib/editor-config.ts';
import { runAstro, tempProject } from '../build/harness.ts';
import { assert, siteUrl, test, watchPage } from './env.ts';

const TITLE = 'Đà Nẵng đón phiên chợ hàng Việt đầu tiên của mùa Đông';
const SLUG = 'da-nang-don-phien-cho-hang-viet-dau-tien-cua-mua-dong';
const ALT = 'Người dân chọn mua đặc sản tại gian hàng đồ khô.';
const BODY = 'Sáng nay, phiên chợ đầu tiên đã khai mạc tại phường Hải Châu với 40 gian hàng.';
const PICTURE = 'phien-cho-da-nang.jpg';

test.describe.configure({ timeout: 300_000 });

test('trình soạn thảo (chế độ trên máy): viết và công bố một tin có ảnh bìa; tệp qua được lược đồ và tin hiện trên /tin-tuc/, RSS và tìm kiếm', async ({ page }) => {
  const project = await tempProject();
  const local = await startLocalEditor({ root: project.dir });
  try {
    // The local server answers on the loopback address only.
    const address = local.server.address() as AddressInfo;
    assert(address.address === '127.0.0.1' && address.port === LOCAL_EDITOR_PORT, `máy chủ tệp nghe ở ${address.address}:${address.port}, cần 127.0.0.1:${LOCAL_EDITOR_PORT}`);

    const picture = path.join(project.dir, PICTURE);
    await writeFile(picture, await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#b3261e' } }).jpeg().toBuffer());

    const watch = watchPage(page);
    await page.goto(siteUrl('/admin/'), { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Tin tức' }).first().waitFor();
    await page.goto(siteUrl('/admin/#/collections/news/new'));
    await page.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
    await page.getByLabel('Ngày đăng', { exact: true }).fill('2026-11-30');
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Phiên chợ hàng Việt mở tại phường Hải Châu.');
    await page.getByText('Chọn một hình').click();
    await page.locator('input[type=file]').setInputFiles(picture);
    await page.getByText(PICTURE).waitFor();
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh', { exact: false }).fill(ALT);
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type(BODY);
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').click();

    const file = path.join(project.content, 'news', `${SLUG}.md`);
    const saved = await page
      .waitForFunction(() => /đã được lưu/i.test(document.body.innerText), null, { timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    const csp = await page.evaluate(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).slice());
    assert(saved, `trình soạn thảo không báo “đã được lưu” sau 30 s; vi phạm CSP: ${csp.join('; ') || 'không'}; lỗi: ${watch.errors.join('; ') || 'không'}`);
    assert(existsSync(file), `không có tệp content/news/${SLUG}.md sau khi công bố (tên tệp phải không dấu, "đ" thành "d")`);
    assert(existsSync(path.join(project.content, 'news', 'images', PICTURE)), `ảnh bìa không nằm ở content/news/images/${PICTURE}`);
    assert(csp.length === 0, `trình soạn thảo vi phạm CSP của nó:\n${csp.join('\n')}`);
    assert(watch.errors.length === 0, `lỗi trong trình soạn thảo:\n${watch.errors.join('\n')}`);
    watch.stop();

    const text = readFileSync(file, 'utf8');
    const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { title?: string; cover?: { src?: string; alt?: string } };
    assert(front.title === TITLE, `tiêu đề trong tệp: ${JSON.stringify(front.title)}`);
    // The editor writes the date unquoted (Astro's YAML reads it as a date at 00:00 UTC; the schema takes that calendar day).
    assert(/^date: 2026-11-30$/m.test(text), `ngày đăng trong tệp: ${/^date:.*$/m.exec(text)?.[0] ?? '(không có)'}`);
    assert(front.cover?.alt === ALT && front.cover.src?.endsWith(`images/${PICTURE}`), `ảnh bìa trong tệp: ${JSON.stringify(front.cover)}`);
    assert(text.includes(BODY), 'nội dung tin không có trong tệp');

    // The schemas run in the build: a build that succeeds has accepted the file as the editor wrote it.
    const build = await runAstro(project, 'build');
    assert(build.code === 0, `bản dựng từ nội dung do trình soạn thảo ghi thất bại:\n${build.output.slice(-3000)}`);

    const built = await startServer(path.join(project.dir, 'dist'));
    try {
      const at = (p: string) => new URL(p, built.url).href;
      await page.goto(at('/tin-tuc/'));
      assert((await page.locator(`main a[href="/tin-tuc/${SLUG}/"]`).count()) > 0, '/tin-tuc/ không liệt kê tin mới');
      await page.goto(at(`/tin-tuc/${SLUG}/`));
      assert((await page.locator('h1').innerText()) === TITLE, 'trang tin không mang đúng tiêu đề');
      assert((await page.locator(`main img[alt="${ALT}"]`).count()) === 1, 'trang tin không có ảnh bìa với mô tả đã nhập');
      const rss = await (await fetch(at('/rss.xml'))).text();
      assert(rss.includes(`<title>${TITLE}</title>`) && rss.includes(`/tin-tuc/${SLUG}/</link>`), 'RSS không có tin mới');
      await page.goto(at('/tim-kiem/?q=da%20nang%20don%20phien%20cho'));
      await page.waitForFunction(() => /^(Có|Không tìm thấy)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 20_000 });
      const found = await page.$$eval('[data-search-results] li h2 a', (as) => as.map((a) => a.getAttribute('href')));
      assert(found.includes(`/tin-tuc/${SLUG}/`), `tìm "da nang don phien cho" không thấy tin mới; có: ${found.join(', ')}`);
    } finally {
      await built.close();
    }
  } finally {
    await local.close();
    await project.remove();
  }
});
