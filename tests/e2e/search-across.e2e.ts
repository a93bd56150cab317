/**
 * Searching other committees' sites without copying them (site.yaml's `searchAcross`; the test
 * build names https://tinh-khac.example.vn, tests/fixtures/site.yaml). The other site is played
 * by this build's own files, answered by the test for that host, or is down. (That its index may
 * be read from another site is the CORS header of the nginx configuration: server.e2e.ts. A
 * fulfilled request passes CORS whatever its headers, so it cannot be tried here.) Nothing is
 * asked of it unless the visitor ticks the box.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { assert, DIST, onPage, siteUrl, test, TEST_SITE } from './env.ts';

const OTHER = (TEST_SITE as { searchAcross: { name: string; url: string }[] }).searchAcross[0]!;
const ORIGIN = new URL(OTHER.url).origin;

/** Play the other site: its files are this build's (or it is down); every request is counted. */
async function playOtherSite(page: Page, up: boolean): Promise<string[]> {
  const asked: string[] = [];
  await page.route(`${ORIGIN}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    asked.push(url.pathname);
    if (!up) return route.abort('connectionrefused');
    let body: Buffer;
    try {
      body = readFileSync(path.join(DIST, decodeURIComponent(url.pathname)));
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({ status: 200, contentType: 'application/json', body, headers: { 'Access-Control-Allow-Origin': '*' } });
  });
  return asked;
}

const othersDone = (page: Page) =>
  page.waitForFunction(() => document.querySelector('app-search')?.getAttribute('data-others-state') === 'done', null, { timeout: 20_000 });

test('tìm trên trang khác: không đánh dấu thì không hỏi gì trang đó', async ({ page }) => {
  const asked = await playOtherSite(page, true);
  await onPage(page, '/tim-kiem/?q=mat+ong', async (page, watch) => {
    await page.waitForFunction(() => document.querySelector('app-search')?.getAttribute('data-state') === 'done');
    assert(!(await page.locator('[data-search-across]').isChecked()), 'ô "Tìm cả trên trang của…" được đánh dấu sẵn');
    assert((await page.locator('[data-search-others] section').count()) === 0, 'có kết quả của trang khác khi chưa đánh dấu');
    assert(asked.length === 0, `đã hỏi trang khác: ${asked.join(', ')}`);
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  });
});

test('tìm trên trang khác: đánh dấu thì có kết quả của trang đó, dẫn tới trang đó, địa chỉ giữ lựa chọn', async ({ page }) => {
  const asked = await playOtherSite(page, true);
  await onPage(page, '/tim-kiem/?q=mat+ong', async (page, watch) => {
    await page.waitForFunction(() => document.querySelector('app-search')?.getAttribute('data-state') === 'done');
    const own = await page.$$eval('[data-search-results] > li h2 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    await page.locator('label[for="tim-ca-trang-khac"]').click();
    await othersDone(page);
    const section = page.locator('[data-search-others] section');
    assert((await section.locator('h2').textContent())?.includes(OTHER.name), 'phần kết quả không nêu tên trang khác');
    const links = await section.locator('ol > li h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    // The other site here holds this site's records: the same pages, on its own address.
    assert(links.length > 0 && links.every((l) => l.startsWith(`${ORIGIN}/`)), `liên kết không dẫn tới trang khác: ${links.join(', ')}`);
    assert(links.map((l) => new URL(l).pathname).join() === own.slice(0, links.length).join(), `kết quả của trang khác khác kết quả cùng chỉ mục ở đây:\n${links.join('\n')}\n${own.join('\n')}`);
    const all = await section.locator('a', { hasText: 'Xem mọi kết quả' }).getAttribute('href');
    assert(all === `${ORIGIN}/tim-kiem/?q=mat+ong`, `liên kết tới mọi kết quả: ${all}`);
    assert(asked.some((p) => p.endsWith('/muc-luc.json')) && asked.every((p) => p.startsWith('/tim-kiem/chi-muc/')), `đã hỏi trang khác: ${asked.join(', ')}`);
    assert(new URL(page.url()).searchParams.get('rong') === '1', `địa chỉ không giữ lựa chọn: ${page.url()}`);
    // From the address, as a shared link opens it.
    await page.goto(page.url());
    await othersDone(page);
    assert(await page.locator('[data-search-across]').isChecked(), 'mở lại từ địa chỉ: ô không được đánh dấu');
    assert((await page.locator('[data-search-others] section ol > li').count()) === links.length, 'mở lại từ địa chỉ: kết quả của trang khác khác lần trước');
    // A filter applies to the other site's results too (by its own table of contents).
    await page.selectOption('[data-filter="type"]', 'diem-ban');
    await othersDone(page);
    assert((await page.locator('[data-search-others] section ol > li').count()) === 0, 'lọc theo loại "Điểm bán": kết quả sản phẩm của trang khác vẫn hiện');
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  });
});

test('tìm trên trang khác: trang đó không trả lời thì nói rõ, kết quả ở đây vẫn hiện', async ({ page }) => {
  await playOtherSite(page, false);
  await page.goto(siteUrl('/tim-kiem/?q=mat+ong&rong=1'));
  await othersDone(page);
  const note = await page.locator('[data-search-others] section p').first().textContent();
  assert(/Không tải được chỉ mục tìm kiếm của trang/.test(note ?? ''), `thông báo: ${note}`);
  assert((await page.locator('[data-search-results] > li').count()) > 0, 'kết quả của trang này không hiện');
});
