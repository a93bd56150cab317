/**
 * The product filters (<product-filter> on /san-pham/): each filter alone and combined shows
 * exactly the products the site's own rule (lib/product-filter.ts, applied here to the file the
 * browser fetches) keeps; the choice goes into the address and a shared address restores it;
 * without JavaScript the group and province links lead to their own lists; the page in use passes
 * axe with no console errors or CSP violations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { filterRows, rowStatuses, type FilterData, type ProductFilter } from '../../src/lib/product-filter.ts';
import { assert, axeViolations, DIST, newContext, settle, siteUrl, test, VIEWPORT_NAMES, VIEWPORTS, watchPage } from './env.ts';

const data = JSON.parse(readFileSync(path.join(DIST, 'san-pham/loc.json'), 'utf8')) as FilterData;

/** What the rule keeps, as product addresses, for the clock the browser has now. */
const expected = (f: ProductFilter) => filterRows(data, rowStatuses(data.rows, new Date()), f).map((i) => `/san-pham/${data.rows[i]![0]}/`);

async function shown(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !!document.querySelector('product-filter')?.getAttribute('data-render-ms'), undefined, { timeout: 10_000 });
  // Show every page of results.
  for (let i = 0; i < 50 && (await page.locator('[data-more-wrap]:not([hidden]) [data-more]').count()); i++) await page.click('[data-more]');
  return page.locator('product-filter [data-results] h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const gialai = data.provinces.find(([, , slug]) => slug === 'gia-lai')![2];

const cases: [string, Record<string, string>, ProductFilter][] = [
  ['nhóm Thực phẩm', { 'loc-nhom': 'thuc-pham' }, { group: 'thuc-pham' }],
  ['4 sao', { 'loc-sao': '4' }, { stars: 4 }],
  ['Gia Lai', { 'loc-tinh': gialai }, { province: gialai }],
  ['đã hết hạn', { 'loc-tinh-trang': 'het-han' }, { status: 'expired' }],
  ['Gia Lai, nhóm Thực phẩm, còn hiệu lực', { 'loc-tinh': gialai, 'loc-nhom': 'thuc-pham', 'loc-tinh-trang': 'con-hieu-luc' }, { province: gialai, group: 'thuc-pham', status: 'valid' }],
];

for (const [name, choose, filter] of cases)
  test(`lọc sản phẩm: ${name} – đúng các sản phẩm theo quy tắc, và địa chỉ giữ lựa chọn`, async ({ browser }) => {
    const want = expected(filter);
    assert(want.length > 0 || name.includes('hết hạn'), `không có sản phẩm mẫu nào cho ${name}`);
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      const watch = watchPage(page);
      await page.goto(siteUrl('/san-pham/'), { waitUntil: 'load' });
      await settle(page);
      for (const [id, value] of Object.entries(choose)) await page.selectOption(`#${id}`, value);
      const got = await shown(page);
      assert(JSON.stringify(got) === JSON.stringify(want), `${name}: hiện ${got.length} sản phẩm ${got.join(', ')}, cần ${want.length}: ${want.join(', ')}`);
      const address = new URL(page.url());
      assert(address.pathname === '/san-pham/' && address.search.length > 1, `địa chỉ không giữ bộ lọc: ${page.url()}`);
      // The address, opened anew, shows the same products with the same choices.
      const again = await context.newPage();
      await again.goto(page.url(), { waitUntil: 'load' });
      const restored = await shown(again);
      assert(JSON.stringify(restored) === JSON.stringify(want), `mở lại ${page.url()}: hiện ${restored.length} sản phẩm, cần ${want.length}`);
      for (const [id, value] of Object.entries(choose)) assert((await again.inputValue(`#${id}`)) === value, `mở lại ${page.url()}: #${id} không còn là ${value}`);
      // Stars never bare, and the machine-readable status on each.
      const stars = await again.locator('product-filter [data-results] .app-stars').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.status, e.textContent]));
      for (const [status, text] of stars) assert(/^(valid|expiring|expired|revoked)$/.test(status ?? '') && / sao – /.test(text ?? ''), `sao không kèm tình trạng: ${text}`);
      watch.stop();
      assert(watch.errors.length === 0, watch.errors.join('\n'));
    } finally {
      await context.close();
    }
  });

test('lọc sản phẩm: số đếm bên cạnh mỗi lựa chọn theo các bộ lọc còn lại', async ({ browser }) => {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(siteUrl('/san-pham/'), { waitUntil: 'load' });
    await page.selectOption('#loc-tinh', gialai);
    await shown(page);
    const label = (await page.locator('#loc-nhom option[value="thuc-pham"]').textContent()) ?? '';
    const want = expected({ province: gialai, group: 'thuc-pham' }).length;
    assert(label.endsWith(`(${want})`), `nhóm Thực phẩm ở Gia Lai: nhãn "${label}", cần (${want})`);
  } finally {
    await context.close();
  }
});

test('lọc sản phẩm: không có JavaScript – bộ lọc ẩn, liên kết nhóm và tỉnh dẫn tới danh sách riêng', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(siteUrl('/san-pham/'), { waitUntil: 'load' });
    assert(!(await page.locator('[data-filter]').isVisible()), 'bộ lọc hiện ra khi không có JavaScript');
    await page.click('summary:has-text("Xem theo nhóm OCOP hoặc theo tỉnh")');
    await page.click(`a[href="/san-pham/tinh/${gialai}/"]`);
    const names = await page.locator('[data-static-list] h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const want = data.rows.filter((r) => data.provinces[r[3]]![2] === gialai).map((r) => `/san-pham/${r[0]}/`);
    assert(JSON.stringify(names) === JSON.stringify(want), `/san-pham/tinh/${gialai}/: ${names.join(', ')} ≠ ${want.join(', ')}`);
  } finally {
    await context.close();
  }
});

for (const viewport of VIEWPORT_NAMES)
  test(`lọc sản phẩm: đang lọc, không vi phạm axe @ ${viewport}`, async ({ browser }) => {
    const context = await newContext(browser, { viewport: VIEWPORTS[viewport] });
    try {
      const page = await context.newPage();
      await page.goto(siteUrl(`/san-pham/?tinh=${gialai}`), { waitUntil: 'load' });
      await shown(page);
      const problems = await axeViolations(page);
      assert(problems.length === 0, problems.join('\n'));
    } finally {
      await context.close();
    }
  });
