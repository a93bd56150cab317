/**
 * Search: on /tim-kiem/, typing "hang viet" (no diacritics, as people type on a phone) shows at
 * least one result from Pagefind, without console errors or CSP violations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { RECORD_SECTIONS } from '../../src/lib/search-records.ts';
import { fold } from '../../src/lib/text.ts';
import { assert, DIST, onPage, settle, siteUrl, test } from './env.ts';

/** The first record section of the built index pages: its title and its own page. */
function firstRecord(dist: string, section: string): { title: string; href: string } | undefined {
  const dir = path.join(dist, 'tim-kiem', 'chi-muc');
  for (const slug of readdirSync(dir).filter((s) => s.startsWith(`${section}-`)).sort()) {
    const m = /<h2 id="[^"]+"><a href="([^"]+)">([^<]+)<\/a>/.exec(readFileSync(path.join(dir, slug, 'index.html'), 'utf8'));
    if (m) return { href: m[1]!, title: m[2]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'") };
  }
  return undefined;
}

const QUERY = 'hang viet';

/** Wait until the search page has said how its query went. */
const searchDone = (page: Page) =>
  page.waitForFunction(() => /^(Có|Không tìm thấy)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 20_000 });

test(`tìm kiếm: "${QUERY}" trên /tim-kiem/ cho ít nhất một kết quả`, async ({ page }) => {
  await onPage(page, '/tim-kiem/', async (page, watch) => {
    await settle(page);
    const box = page.locator('main input[type="search"], main [role="searchbox"], main input[name="q"]').first();
    assert((await box.count()) > 0, 'không có ô tìm kiếm (input[type=search], [role=searchbox] hay input[name=q]) trong <main> của /tim-kiem/');
    // Results are recognised by what a user sees: links in <main> that were not there before.
    const linksInMain = () => page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const before = new Set(await linksInMain());
    await box.click();
    await box.pressSequentially(QUERY, { delay: 30 });
    const appeared = async (timeout: number) =>
      page
        .waitForFunction(
          (known: string[]) => [...document.querySelectorAll('main a[href]')].some((a) => !known.includes((a as HTMLAnchorElement).href)),
          [...before],
          { timeout },
        )
        .then(() => true)
        .catch(() => false);
    // Live search shows results as one types; a plain form needs Enter (and may reload the page).
    let found = await appeared(2_000);
    if (!found) {
      await box.press('Enter');
      await page.waitForLoadState('load');
      await settle(page);
      found = await appeared(8_000);
    }
    const after = (await linksInMain()).filter((href) => !before.has(href));
    assert(found && after.length > 0, `gõ "${QUERY}" vào ô tìm kiếm không hiện kết quả nào (không có liên kết mới trong <main> sau 10 s)`);
    const csp = await page.evaluate(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).slice());
    assert(csp.length === 0, `CSP violations khi tìm kiếm:\n${csp.join('\n')}`);
    assert(watch.errors.length === 0, `lỗi khi tìm kiếm:\n${watch.errors.join('\n')}`);
  });
});

for (const section of RECORD_SECTIONS) {
  test(`tìm kiếm: tên một bản ghi ${section} gõ không dấu dẫn tới trang riêng của nó, không tới trang chỉ mục`, async ({ page }) => {
    const record = firstRecord(DIST, section);
    assert(record, `không có trang chỉ mục nào cho ${section}`);
    const query = fold(record.title).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
    await onPage(page, `/tim-kiem/?q=${encodeURIComponent(query)}`, async (page, watch) => {
      await searchDone(page);
      const links = await page.$$eval('[data-search-results] li h2 a', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
      assert(links.some((l) => l.href === record.href && l.text === record.title), `tìm "${query}": không có kết quả ${record.href} mang đúng tên "${record.title}"; có: ${links.map((l) => l.href).join(', ')}`);
      assert(!links.some((l) => l.href.includes('/tim-kiem/chi-muc/')), 'kết quả dẫn tới trang chỉ mục thay vì trang của bản ghi');
      // Names that look like HTML stay text.
      assert((await page.locator('[data-search-results] img, [data-search-results] script').count()) === 0, 'kết quả tìm kiếm tạo ra phần tử từ dữ liệu');
      assert(watch.errors.length === 0, `lỗi khi tìm kiếm:\n${watch.errors.join('\n')}`);
    });
  });
}

test('tìm kiếm: tên trông như HTML hiện thành chữ trong kết quả, "Xem thêm kết quả" thêm kết quả mới', async ({ page }) => {
  await onPage(page, '/tim-kiem/?q=diem', async (page, watch) => {
    await searchDone(page);
    const first = await page.locator('[data-search-results] li').count();
    const more = page.locator('[data-search-more]');
    if (await more.isVisible()) {
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, first, { timeout: 10_000 });
      const hrefs = await page.$$eval('[data-search-results] li h2 a', (as) => as.map((a) => a.getAttribute('href')));
      assert(new Set(hrefs).size === hrefs.length, `"Xem thêm kết quả" lặp lại kết quả đã hiện: ${hrefs.join(', ')}`);
      assert(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null), 'sau "Xem thêm kết quả", tiêu điểm không chuyển tới kết quả mới');
    }
    await page.goto(siteUrl('/tim-kiem/?q=diem+ban+thu+nghiem'), { waitUntil: 'load' });
    await searchDone(page);
    const titles = await page.$$eval('[data-search-results] li h2 a', (as) => as.map((a) => a.textContent ?? ''));
    assert(titles.some((t) => t.startsWith('<img src=x onerror=alert(1)>')), `điểm bán thử nghiệm có tên dạng HTML không hiện thành chữ; có: ${titles.join(' | ')}`);
    assert((await page.locator('[data-search-results] img').count()) === 0, 'tên dạng HTML tạo ra phần tử <img>');
    assert(watch.errors.length === 0, `lỗi khi tìm kiếm:\n${watch.errors.join('\n')}`);
  });
});

test('tìm kiếm: "tinh dau" – sao OCOP trong kết quả luôn kèm tình trạng chứng nhận của hôm nay', async ({ page }) => {
  // Tinh dầu sả chanh Hoa Đá's certificate ended on 07/10/2024; Tinh dầu tràm Rạch Lâm's runs to 2028.
  await onPage(page, '/tim-kiem/?q=tinh%20dau', async (page, watch) => {
    await searchDone(page);
    const results = await page.locator('main li').evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href'), text: li.textContent ?? '', status: (li.querySelector('[data-status]') as HTMLElement | null)?.dataset.status })),
    );
    const expired = results.find((r) => r.href === '/san-pham/tinh-dau-sa-chanh-hoa-da/');
    const valid = results.find((r) => r.href === '/san-pham/tinh-dau-tram-rach-lam/');
    assert(expired && valid, `thiếu kết quả sản phẩm: ${results.map((r) => r.href).join(', ')}`);
    assert(expired.status === 'expired' && /3 sao – đã hết hạn 07\/10\/2024/.test(expired.text), `sản phẩm hết hạn hiện là: ${expired.text} (data-status=${expired.status})`);
    assert(valid.status === 'valid' && /4 sao – còn hiệu lực đến 04\/06\/2028/.test(valid.text), `sản phẩm còn hiệu lực hiện là: ${valid.text} (data-status=${valid.status})`);
    for (const r of results) assert(!/\d sao(?! –)/.test(r.text), `sao không kèm tình trạng: ${r.text}`);
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  });
});
