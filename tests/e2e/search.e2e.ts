/**
 * Search in Chromium: a table of queries as people type them (with and without diacritics, `đ`
 * words, decomposed input, old unit names, tax codes and phone numbers, each filter, no result),
 * each with its expected first result; results read cleanly (no folded copy of a word); the
 * header's form without JavaScript; no search code before use; axe on the results; a test
 * record whose fields carry markup shows it as text on its page and in results, and opens no dialog.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SEARCH_TYPES, type ResultDoc, type SearchMeta } from '../../src/lib/search-engine.ts';
import { fold } from '../../src/lib/text.ts';
import { parse as parseYaml } from 'yaml';
import { assert, axeViolations, DIST, newContext, onPage, settle, siteUrl, test, VIEWPORTS } from './env.ts';

const INDEX = path.join(DIST, 'tim-kiem', 'chi-muc');

/** Wait until the search page has said how its query went. */
const searchDone = (page: Page) =>
  page.waitForFunction(() => document.querySelector('app-search')?.getAttribute('data-state') === 'done' && /^(Có|Không)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 20_000 });

/** The results shown: link, title, meta line, notes on old names, whole text. */
const resultsOf = (page: Page) =>
  page.$$eval('[data-search-results] > li', (lis) =>
    lis.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      title: li.querySelector('h2')?.textContent ?? '',
      meta: li.querySelector('[data-result-meta]')?.textContent ?? '',
      old: [...li.querySelectorAll('[data-old-name]')].map((p) => p.textContent ?? ''),
      text: li.textContent ?? '',
    })),
  );

/**
 * Words of a result's text shown twice, once with đ and once folded (“chỉ đạo … dao”): the trace
 * of a folded alias shown to people.
 */
function foldedCopies(text: string): string[] {
  const ws = text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? [];
  const withD = new Set(ws.filter((w) => /[đĐ]/.test(w)).map((w) => fold(w)));
  return [...new Set(ws.filter((w) => /^[a-z]+$/.test(w) && withD.has(w)))];
}

interface Row {
  q: string;
  /** Filters in the address: loai, tinh, nam. */
  params?: Record<string, string>;
  /** Expected first result (for old names, any record of the new unit may come first: `oldNote` says which). */
  first?: string;
  /** No result at all. */
  none?: boolean;
  /** A note on an old name the first result must carry. */
  oldNote?: RegExp;
  why: string;
}

const NFD = (s: string) => s.normalize('NFD');

const TABLE: Row[] = [
  { q: 'mật ong', first: '/san-pham/mat-ong-rung-tram-rach-lam/', why: 'có dấu' },
  { q: 'mat ong', first: '/san-pham/mat-ong-rung-tram-rach-lam/', why: 'không dấu' },
  { q: NFD('mật ong'), first: '/san-pham/mat-ong-rung-tram-rach-lam/', why: 'gõ dạng tổ hợp (NFD)' },
  { q: 'MẬT ONG', first: '/san-pham/mat-ong-rung-tram-rach-lam/', why: 'chữ hoa' },
  { q: 'mật', first: '/san-pham/mat-ong-rung-tram-rach-lam/', why: '“mật” xếp trên “mặt trận”' },
  { q: 'mat ong gia lai', first: '/san-pham/mat-ong-hoa-ca-phe-hoa-da/', why: 'tên tỉnh trong câu tìm' },
  { q: 'chỉ đạo', first: '/ke-hoach/quan-1-172-kh-qu-2018/', why: 'từ có đ, có dấu' },
  { q: 'chi dao', first: '/ke-hoach/quan-1-172-kh-qu-2018/', why: 'từ có đ, không dấu' },
  { q: 'Đồng Tháp', first: '/tin-tuc/zz-tu-trinh-soan-thao/', why: 'Đ hoa, có dấu' },
  { q: 'dong thap', first: '/tin-tuc/zz-tu-trinh-soan-thao/', why: 'Đ gõ thành d' },
  { q: NFD('Đồng Tháp'), first: '/tin-tuc/zz-tu-trinh-soan-thao/', why: 'Đ và dấu dạng tổ hợp' },
  { q: 'dat mui', first: '/hoi-cho/hoi-cho-hang-viet-ve-dat-mui-2025/', why: 'đất mũi không dấu' },
  { q: 'hội chợ đất mũi', first: '/hoi-cho/hoi-cho-hang-viet-ve-dat-mui-2025/', why: 'nhiều từ có dấu' },
  { q: 'nuoc mam', first: '/san-pham/nuoc-mam-ca-com-thi-nai/', why: 'nước mắm không dấu' },
  { q: 'muoi hot', first: '/san-pham/muoi-hot-ganh-hao/', why: 'muối hột không dấu' },
  { q: 'Pleik', first: '/hoi-cho/phien-cho-ocop-chu-nhat-dau-thang-pleiku/', why: 'từ cuối đang gõ dở' },
  { q: 'Nguyễn Du', first: '/hoi-cho/phien-cho-hang-viet-cuoi-tuan-nguyen-du/', why: 'tên đường' },
  { q: 'tiep can', first: '/tiep-can/', why: 'trang thông tin' },
  { q: 'Hàng Việt Nam chất lượng cao', first: '/ton-vinh/hang-viet-nam-chat-luong-cao/', why: 'chương trình tôn vinh' },
  { q: '2001379641', first: '/doanh-nghiep/thuy-san-dat-moi-phuong-nam/', why: 'mã số thuế liền' },
  { q: '2001 379 641', first: '/doanh-nghiep/thuy-san-dat-moi-phuong-nam/', why: 'mã số thuế có dấu cách' },
  { q: '2001.379.641', first: '/doanh-nghiep/thuy-san-dat-moi-phuong-nam/', why: 'mã số thuế có dấu chấm' },
  { q: '0256 000 1301', first: '/diem-ban/cua-hang-ocop-quy-nhon/', why: 'số điện thoại có dấu cách' },
  { q: '0256.000.1301', first: '/diem-ban/cua-hang-ocop-quy-nhon/', why: 'số điện thoại có dấu chấm' },
  { q: 'Đông Hải', oldNote: /Huyện Đông Hải, Bạc Liêu \(cũ\) → Xã Gành Hào, Cà Mau/, why: 'huyện cũ trước 2025' },
  { q: 'xa tan son pleiku', oldNote: /Xã Tân Sơn, Thành phố Pleiku \(cũ\) → Xã Biển Hồ/, why: 'xã cũ, không dấu' },
  { q: 'Bạc Liêu', first: '/diem-ban/tu-hao-hang-viet-bac-lieu/', why: 'tỉnh cũ có trong tên' },
  { q: 'mật ong', params: { loai: 'doanh-nghiep' }, first: '/doanh-nghiep/htx-ong-tram-rach-lam/', why: 'lọc theo loại' },
  { q: 'mật ong', params: { tinh: 'gia-lai' }, first: '/san-pham/mat-ong-hoa-ca-phe-hoa-da/', why: 'lọc theo tỉnh' },
  { q: 'hoi cho', params: { nam: '2028' }, first: '/hoi-cho/hoi-cho-ocop-dong-bang-song-cuu-long-can-tho-2028/', why: 'lọc theo năm' },
  { q: 'phien cho', params: { loai: 'tin-tuc', nam: '2026' }, first: '/tin-tuc/khai-mac-phien-cho-hang-viet-cuoi-tuan-nguyen-du/', why: 'lọc loại và năm cùng lúc' },
  { q: 'xyzzy', none: true, why: 'không có kết quả' },
  { q: 'mật ong', params: { loai: 'ke-hoach' }, none: true, why: 'bộ lọc không còn kết quả' },
];

test('tìm kiếm: bảng câu tìm – mỗi câu cho đúng kết quả đầu, kết quả ghi loại, tỉnh, ngày và không lộ chữ gập dấu', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  await onPage(page, '/tim-kiem/', async (page, watch) => {
    for (const row of TABLE) {
      const params = new URLSearchParams({ q: row.q, ...row.params });
      await page.goto(siteUrl(`/tim-kiem/?${params}`), { waitUntil: 'load' });
      await searchDone(page);
      const results = await resultsOf(page);
      const status = (await page.textContent('[data-search-status]')) ?? '';
      const label = `“${row.q}”${row.params ? ` ${JSON.stringify(row.params)}` : ''} (${row.why})`;
      if (row.none) {
        if (results.length) problems.push(`${label}: cần không có kết quả, có ${results.map((r) => r.href).join(', ')}`);
        if (!(await page.locator('[data-search-suggest]').isVisible())) problems.push(`${label}: không có gợi ý khi không có kết quả`);
        if (row.params && !/Bỏ lọc/.test(status)) problems.push(`${label}: không nói bỏ lọc sẽ có kết quả: ${status}`);
        continue;
      }
      if (!results.length || (row.first && results[0]?.href !== row.first)) problems.push(`${label}: kết quả đầu là ${results[0]?.href ?? '(không có)'}, cần ${row.first}; trạng thái: ${status}`);
      if (row.oldNote && !results[0]?.old.some((n) => row.oldNote!.test(n))) problems.push(`${label}: kết quả đầu không nói tên cũ ${row.oldNote}; có: ${results[0]?.old.join(' | ')}`);
      for (const r of results) {
        const copies = foldedCopies(r.text);
        if (copies.length) problems.push(`${label}: kết quả ${r.href} lộ chữ gập dấu: ${copies.join(', ')}`);
        if (!r.meta.trim()) problems.push(`${label}: kết quả ${r.href} không ghi loại`);
      }
      // Every filter in the address is shown chosen, and the choices carry counts.
      for (const [name, value] of Object.entries(row.params ?? {})) {
        const chosen = await page.locator(`select[name="${name}"]`).inputValue();
        if (chosen !== value) problems.push(`${label}: bộ lọc ${name} hiện “${chosen}”, cần “${value}”`);
      }
    }
    assert(watch.errors.length === 0, `lỗi khi tìm kiếm:\n${watch.errors.join('\n')}`);
  });
  assert(problems.length === 0, problems.join('\n'));
});

test('tìm kiếm: bộ lọc ghi số kết quả, đổi bộ lọc giữ trong địa chỉ, kết quả có loại, tỉnh và ngày', async ({ page }) => {
  // Frames come late, as on a slow phone: the counts are drawn in the frame after the results, and
  // the page must not say it is done before they are (it did, and a filter's counts read then
  // were the last filter's).
  await page.addInitScript(() => {
    const frame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => (setTimeout(() => frame(callback), 300), 0);
  });
  await onPage(page, '/tim-kiem/?q=hoi+cho', async (page, watch) => {
    await searchDone(page);
    const options = await page.$$eval('select[name="loai"] option', (os) => os.map((o) => o.textContent ?? ''));
    assert(options.some((o) => /^Hội chợ \(\d+\)$/.test(o)), `lựa chọn loại không có số kết quả: ${options.join(' | ')}`);
    const count = Number(/^Hội chợ \((\d+)\)$/.exec(options.find((o) => o.startsWith('Hội chợ'))!)![1]);
    await page.selectOption('select[name="loai"]', 'hoi-cho');
    await page.waitForURL(/loai=hoi-cho/);
    await searchDone(page);
    const status = (await page.textContent('[data-search-status]')) ?? '';
    assert(status.startsWith(`Có ${count} kết quả`), `chọn “Hội chợ (${count})” mà trạng thái là: ${status}`);
    const results = await resultsOf(page);
    for (const r of results) assert(/^Hội chợ · [^·]+ · .+/.test(r.meta), `kết quả hội chợ không ghi tỉnh và ngày: ${r.meta}`);
    // A province's count then holds with the type chosen.
    const province = await page.$$eval('select[name="tinh"] option', (os) => os.map((o) => ({ value: o.getAttribute('value') ?? '', text: o.textContent ?? '' })).find((o) => /\((?:[1-9]\d*)\)$/.test(o.text)));
    assert(province, 'không tỉnh nào có kết quả hội chợ');
    await page.selectOption('select[name="tinh"]', province.value);
    await page.waitForURL(new RegExp(`tinh=${province.value}`));
    await searchDone(page);
    const n = Number(/\((\d+)\)$/.exec(province.text)![1]);
    assert(((await page.textContent('[data-search-status]')) ?? '').startsWith(`Có ${n} kết quả`), `chọn ${province.text} mà trạng thái là: ${await page.textContent('[data-search-status]')}`);
    // The back button restores the previous filters.
    await page.goBack();
    await searchDone(page);
    assert((await page.locator('select[name="tinh"]').inputValue()) === '', 'quay lại không bỏ bộ lọc tỉnh');
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  });
});

test('tìm kiếm: ô tìm ở đầu mọi trang là biểu mẫu GET, dùng được khi không có JavaScript', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false, viewport: VIEWPORTS.mobile });
  try {
    const page = await context.newPage();
    await page.goto(siteUrl('/san-pham/'), { waitUntil: 'load' });
    const box = page.locator('header input[name="q"]');
    assert(await box.isVisible(), 'đầu trang không có ô tìm kiếm ở 360 px');
    await box.fill('mật ong');
    await box.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    assert(new URL(page.url()).searchParams.get('q') === 'mật ong', `địa chỉ sau khi gửi: ${page.url()}`);
    assert(/cần JavaScript/.test((await page.textContent('[data-search-status]')) ?? ''), 'trang tìm kiếm không nói cần JavaScript khi không có JavaScript');
  } finally {
    await context.close();
  }
});

test('tìm kiếm: không tải mã hay chỉ mục tìm kiếm trước khi dùng; gửi từ đầu trang thì có kết quả', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await onPage(page, '/san-pham/', async (page, watch) => {
    await page.waitForLoadState('networkidle');
    assert(!requests.some((p) => p.startsWith('/tim-kiem/')), `trang sản phẩm tải tệp tìm kiếm: ${requests.filter((p) => p.startsWith('/tim-kiem/')).join(', ')}`);
    await page.locator('header input[name="q"]').fill('nuoc mam');
    await page.locator('header input[name="q"]').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=nuoc/);
    await searchDone(page);
    assert((await resultsOf(page))[0]?.href === '/san-pham/nuoc-mam-ca-com-thi-nai/', 'tìm từ đầu trang không cho kết quả đúng');
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  });
  requests.length = 0;
  await page.goto(siteUrl('/tim-kiem/'), { waitUntil: 'networkidle' });
  assert(!requests.some((p) => p.startsWith('/tim-kiem/chi-muc/')), `trang tìm kiếm chưa có câu tìm mà đã tải chỉ mục: ${requests.join(', ')}`);
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`tìm kiếm: axe trên trang kết quả có bộ lọc (${name})`, async ({ browser }) => {
    const context = await newContext(browser, { viewport });
    try {
      const page = await context.newPage();
      await page.goto(siteUrl('/tim-kiem/?q=Đông+Hải'), { waitUntil: 'load' });
      await searchDone(page);
      const violations = await axeViolations(page);
      assert(violations.length === 0, violations.join('\n'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 0, `trang kết quả tràn ngang ${overflow} px`);
    } finally {
      await context.close();
    }
  });
}

/** The first document of each type in the built index: its title and address. */
function firstOfEachType(): Map<string, { title: string; url: string }> {
  const meta = JSON.parse(readFileSync(path.join(INDEX, 'muc-luc.json'), 'utf8')) as SearchMeta;
  const out = new Map<string, { title: string; url: string }>();
  let id = 0;
  const blocks = readdirSync(path.join(INDEX, 'tl')).map((f) => Number(f.replace('.json', ''))).sort((a, b) => a - b);
  const docs = blocks.flatMap((b) => JSON.parse(readFileSync(path.join(INDEX, 'tl', `${b}.json`), 'utf8')) as ResultDoc[]);
  for (const [type, , , count] of meta.runs) {
    const t = meta.types[type]!;
    if (!out.has(t)) out.set(t, { title: docs[id]!.title, url: docs[id]!.url });
    id += count;
  }
  return out;
}

test('tìm kiếm: tên bản ghi đầu tiên của mỗi loại, gõ không dấu, tìm ra đúng trang của nó', async ({ page }) => {
  const firsts = firstOfEachType();
  assert(SEARCH_TYPES.every((t) => firsts.has(t)), `chỉ mục thiếu loại: ${SEARCH_TYPES.filter((t) => !firsts.has(t)).join(', ')}`);
  const problems: string[] = [];
  for (const [type, doc] of firsts) {
    const query = fold(doc.title).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ');
    await page.goto(siteUrl(`/tim-kiem/?q=${encodeURIComponent(query)}`), { waitUntil: 'load' });
    await searchDone(page);
    const results = await resultsOf(page);
    if (!results.some((r) => r.href === doc.url)) problems.push(`${type} “${query}”: không có ${doc.url}; có ${results.map((r) => r.href).join(', ')}`);
  }
  assert(problems.length === 0, problems.join('\n'));
});

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

test('chèn mã: trang sản phẩm thử nghiệm và kết quả tìm tên nó hiện mã dạng chữ, không hộp thoại nào bật lên', async ({ page }) => {
  // The test build's product whose fields carry markup and script addresses (tests/fixtures/content).
  const product = parseYaml(readFileSync(path.resolve('tests/fixtures/content/products/zz-san-pham-thu-nghiem.yaml'), 'utf8')) as { name: string; description: string };
  const url = '/san-pham/zz-san-pham-thu-nghiem/';
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  /** What a payload would have made of the page: elements, handlers, script links. */
  const injected = () =>
    page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
      scriptLinks: [...document.querySelectorAll('a')].filter((a) => /^javascript:/i.test(a.getAttribute('href') ?? '')).length,
      scripts: [...document.querySelectorAll('script')].filter((s) => /alert\(/.test(s.textContent ?? '') && s.type !== 'application/ld+json').length,
    }));
  await onPage(page, url, async (page, watch) => {
    await settle(page);
    const h1 = (await page.locator('main h1').innerText()).trim();
    assert(h1 === product.name, `tiêu đề trang sản phẩm không hiện tên dạng chữ: "${h1}"`);
    assert((await page.locator('main').innerText()).includes(product.description), 'mô tả sản phẩm không hiện dạng chữ');
    assert(JSON.stringify(await injected()) === JSON.stringify({ images: 0, scriptLinks: 0, scripts: 0 }), `trang sản phẩm có phần tử sinh ra từ dữ liệu: ${JSON.stringify(await injected())}`);
    assert(watch.errors.length === 0, `lỗi trên trang sản phẩm:\n${watch.errors.join('\n')}`);
  });
  await onPage(page, '/tim-kiem/', async (page, watch) => {
    await page.locator('main input[name="q"]').fill('san pham thu nghiem');
    await page.locator('main input[name="q"]').press('Enter');
    await searchDone(page);
    const results = await resultsOf(page);
    const mine = results.find((r) => r.href === url);
    assert(mine, `không tìm thấy ${url}; có: ${results.map((r) => r.href).join(', ')}`);
    assert(mine.title === product.name, `kết quả không hiện tên dạng chữ: "${mine.title}"`);
    assert(JSON.stringify(await injected()) === JSON.stringify({ images: 0, scriptLinks: 0, scripts: 0 }), `kết quả tìm kiếm có phần tử sinh ra từ dữ liệu: ${JSON.stringify(await injected())}`);
    await settle(page);
    assert(watch.errors.length === 0, `lỗi khi tìm kiếm:\n${watch.errors.join('\n')}`);
  });
  assert(dialogs.length === 0, `hộp thoại đã bật lên: ${dialogs.join('; ')}`);
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
