/**
 * The honours lookup (<honor-lookup> on /ton-vinh/ and each programme's page) and each yearly
 * list's filter: a business is found by its name typed with or without diacritics (đ included)
 * and by its tax code with dots, spaces and a branch suffix; each result lists every honour the
 * business holds, linked to the page of the list that shows it; nothing is downloaded before the
 * box is used; `?q=` fills the box and shows results, and typing keeps it in the address; without
 * JavaScript the form searches the whole site; a yearly list's filter covers every page of the
 * list, not only the one shown; and the pages in use pass axe at 360 and 1280 px.
 *
 * Expected honours are read from the data file the browser fetches, not from the page.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { honorPageUrl, type HonorLookupFile, type HonorYearFile } from '../../src/lib/honor-lookup.ts';
import { assert, axeViolations, distText, newContext, Problems, settle, siteUrl, test, VIEWPORT_NAMES, VIEWPORTS, watchPage } from './env.ts';

const HVNCLC = '/ton-vinh/hang-viet-nam-chat-luong-cao/';
const HVNCLC_2026 = `${HVNCLC}2026/`;
const GIA_LAI = '/ton-vinh/bieu-duong-gia-lai/';

const lookupFile = () => JSON.parse(distText('ton-vinh/tra-cuu.json')) as HonorLookupFile;
const yearFile = () => JSON.parse(distText('ton-vinh/hang-viet-nam-chat-luong-cao/2026/danh-sach.json')) as HonorYearFile;

/** Open a page in a fresh context, run `body`, then check for console errors and CSP violations. */
async function withPage(browser: Browser, url: string, options: { context?: BrowserContextOptions; before?: (page: Page) => Promise<unknown> }, body: (page: Page) => Promise<void>): Promise<void> {
  const context = await newContext(browser, options.context);
  try {
    const page = await context.newPage();
    await options.before?.(page);
    const watch = watchPage(page);
    await page.goto(siteUrl(url), { waitUntil: 'load' });
    await settle(page);
    await body(page);
    const csp = await page.evaluate(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).slice());
    watch.stop();
    const problems = [...watch.errors, ...csp.map((v) => `CSP violation: ${v}`)];
    assert(problems.length === 0, `${url}:\n${problems.join('\n')}`);
  } finally {
    await context.close();
  }
}

const lookup = (page: Page) => page.locator('honor-lookup');
const box = (page: Page) => lookup(page).getByLabel('Tên hoặc mã số thuế của doanh nghiệp');
const statusText = async (page: Page) => ((await lookup(page).locator('[role="status"]').textContent()) ?? '').trim();

/** Wait until the status line matches `pattern`, and return it. */
async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  await page
    .waitForFunction((source: string) => new RegExp(source).test(document.querySelector('honor-lookup [role="status"]')?.textContent ?? ''), pattern.source, { timeout: 10_000 })
    .catch(() => undefined);
  const text = await statusText(page);
  assert(pattern.test(text), `dòng trạng thái là "${text}", cần khớp ${pattern}`);
  return text;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Put `query` in the box (one input event, as pasting does; the axe tests type key by key). */
async function type(page: Page, query: string): Promise<void> {
  await box(page).fill(query);
}

/** Business ids of the lookup's results, in order. */
const resultIds = (page: Page) =>
  lookup(page)
    .locator('[data-results] h3 a')
    .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/^\/doanh-nghiep\/|\/$/g, '')));

/** The honours listed under one result: link text, link target and the whole line. */
const honorsOf = (page: Page, id: string) =>
  lookup(page)
    .locator('[data-results] > ul > li')
    .filter({ has: page.locator(`h3 a[href="/doanh-nghiep/${id}/"]`) })
    .locator('ul > li')
    .evaluateAll((items) => items.map((li) => ({ text: li.querySelector('a')?.textContent ?? '', href: li.querySelector('a')?.getAttribute('href') ?? '', line: li.textContent ?? '' })));

test('tra cứu tôn vinh: tìm theo tên có dấu và không dấu (cả đ), mỗi kết quả liệt kê đủ các lượt tôn vinh với liên kết đúng trang danh sách', ({ browser }) =>
  withPage(browser, '/ton-vinh/', {}, async (page) => {
    const file = lookupFile();
    const problems = new Problems();
    for (const [query, id] of [
      ['Gốm sứ Bến Sông', 'htx-gom-ben-song'],
      ['gom su ben song', 'htx-gom-ben-song'],
      ['Đầm Thị Nại', 'thuc-pham-dam-thi-nai-xanh'],
      ['dam thi nai', 'thuc-pham-dam-thi-nai-xanh'],
      ['Đất Mới', 'thuy-san-dat-moi-phuong-nam'],
      ['DAT MOI phuong nam', 'thuy-san-dat-moi-phuong-nam'],
    ] as const) {
      await type(page, query);
      await waitForStatus(page, new RegExp(`^Có 1 doanh nghiệp khớp với “${escape(query)}”\\.$`));
      const ids = await resultIds(page);
      problems.check(ids.length === 1 && ids[0] === id, `"${query}": kết quả ${ids.join(', ') || '(không có)'}; cần ${id}`);
    }
    // Every honour of a business with several, by programme and year, linked to its list's page.
    await type(page, 'hoa da bien ho');
    await waitForStatus(page, /^Có 1 doanh nghiệp khớp với “hoa da bien ho”\.$/);
    const business = file.businesses.find((b) => b.i === 'htx-hoa-da-bien-ho')!;
    const shown = await honorsOf(page, business.i);
    const expected = business.h.map((h) => ({ text: `${file.programs[h[0]]!.name} năm ${h[1]}`, href: honorPageUrl(file, h) }));
    problems.check(
      JSON.stringify(shown.map(({ text, href }) => ({ text, href }))) === JSON.stringify(expected),
      `các lượt tôn vinh hiện ra:\n  ${JSON.stringify(shown)}\n  cần: ${JSON.stringify(expected)}`,
    );
    // An award with its own title says it.
    await type(page, 'non ngua');
    await waitForStatus(page, /^Có 1 doanh nghiệp khớp với “non ngua”\.$/);
    const titled = await honorsOf(page, 'htx-non-ngua-phu-cat');
    problems.check(titled[0]?.line.includes('Đơn vị tiêu biểu giữ gìn và phát triển nghề truyền thống') === true, `danh hiệu riêng không hiện: ${JSON.stringify(titled)}`);
    await type(page, 'khong co doanh nghiep nay');
    await waitForStatus(page, /^Không có doanh nghiệp nào khớp với “khong co doanh nghiep nay”\.$/);
    problems.check((await resultIds(page)).length === 0, 'không khớp mà vẫn còn kết quả');
    problems.throwIfAny();
  }),
);

test('tra cứu tôn vinh: tìm theo mã số thuế có dấu chấm, khoảng trắng, có và không có số chi nhánh', ({ browser }) =>
  withPage(browser, '/ton-vinh/', {}, async (page) => {
    const problems = new Problems();
    for (const [query, status] of [
      ['0108623916', /^Có 1 doanh nghiệp khớp với mã số thuế 0108623916\.$/],
      ['0108.623.916', /^Có 1 doanh nghiệp khớp với mã số thuế 0108623916\.$/],
      ['0108 623 916', /^Có 1 doanh nghiệp khớp với mã số thuế 0108623916\.$/],
      ['0108623916-001', /^Có 1 doanh nghiệp khớp với mã số thuế 0108623916-001\.$/],
      ['MST 0108.623.916 - 001', /^Có 1 doanh nghiệp khớp với mã số thuế 0108623916-001\.$/],
    ] as const) {
      await type(page, query);
      await waitForStatus(page, status);
      const ids = await resultIds(page);
      problems.check(ids.join(' ') === 'htx-gom-ben-song', `"${query}": kết quả ${ids.join(', ') || '(không có)'}; cần htx-gom-ben-song`);
    }
    await type(page, '0108623917');
    await waitForStatus(page, /^Không có doanh nghiệp nào khớp với mã số thuế 0108623917\.$/);
    problems.throwIfAny();
  }),
);

test('tra cứu tôn vinh: chỉ tải dữ liệu và mã khi dùng ô tra cứu; ?q= điền ô và hiện kết quả, gõ thì địa chỉ giữ ?q=', async ({ browser }) => {
  const requested: string[] = [];
  await withPage(browser, '/ton-vinh/', { before: (page) => Promise.resolve(page.on('request', (r) => requested.push(new URL(r.url()).pathname))) }, async (page) => {
    const lazy = () => requested.filter((p) => p.endsWith('/tra-cuu.json') || /honor-lookup-app/.test(p));
    assert(lazy().length === 0, `tải khi chưa dùng: ${lazy().join(', ')}`);
    await box(page).focus();
    await page.waitForResponse((r) => r.url().endsWith('/ton-vinh/tra-cuu.json'), { timeout: 10_000 });
    assert(lazy().some((p) => p.endsWith('/tra-cuu.json')), 'chạm vào ô mà không tải dữ liệu tra cứu');
    await type(page, 'ben nghe');
    await waitForStatus(page, /^Có 1 doanh nghiệp khớp với “ben nghe”\.$/);
    assert(new URL(page.url()).searchParams.get('q') === 'ben nghe', `địa chỉ sau khi gõ: ${page.url()}`);
    // The address, reloaded or shared, gives the same result.
    await page.reload({ waitUntil: 'load' });
    await waitForStatus(page, /^Có 1 doanh nghiệp khớp với “ben nghe”\.$/);
    assert((await box(page).inputValue()) === 'ben nghe', `sau khi tải lại ô chứa "${await box(page).inputValue()}"`);
    assert((await resultIds(page)).join(' ') === 'thuc-pham-ben-nghe-xanh', `sau khi tải lại: ${(await resultIds(page)).join(', ')}`);
    await box(page).fill('');
    await box(page).dispatchEvent('input');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
    assert((await resultIds(page)).length === 0, 'xóa ô mà kết quả vẫn còn');
  });
  await withPage(browser, `/ton-vinh/?q=${encodeURIComponent('0315.872.646')}`, {}, async (page) => {
    await waitForStatus(page, /^Có 1 doanh nghiệp khớp với mã số thuế 0315872646\.$/);
    assert((await resultIds(page)).join(' ') === 'thuc-pham-ben-nghe-xanh', `?q= theo mã số thuế: ${(await resultIds(page)).join(', ')}`);
  });
});

test('tra cứu tôn vinh: không có JavaScript thì biểu mẫu tìm trên toàn trang (/tim-kiem/?q=…)', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    for (const url of ['/ton-vinh/', HVNCLC, HVNCLC_2026]) {
      await page.goto(siteUrl(url), { waitUntil: 'load' });
      const form = lookup(page).locator('form');
      const problems = new Problems();
      problems.check((await form.getAttribute('action')) === '/tim-kiem/', `${url}: action là ${await form.getAttribute('action')}`);
      problems.check(((await form.getAttribute('method')) ?? 'get').toLowerCase() === 'get', `${url}: method không phải get`);
      problems.check((await box(page).getAttribute('name')) === 'q', `${url}: ô tra cứu không có name="q"`);
      problems.throwIfAny();
    }
    await box(page).fill('Bến Sông');
    await box(page).press('Enter');
    await page.waitForURL((u) => u.pathname === '/tim-kiem/');
    assert(new URL(page.url()).searchParams.get('q') === 'Bến Sông', `gửi biểu mẫu tới ${page.url()}`);
  } finally {
    await context.close();
  }
});

test('tra cứu tôn vinh: trang chương trình chỉ tìm trong doanh nghiệp được chương trình đó tôn vinh', ({ browser }) =>
  withPage(browser, GIA_LAI, {}, async (page) => {
    const problems = new Problems();
    problems.check(((await page.locator('main dl').textContent()) ?? '').includes('Đối tượng tôn vinh'), 'trang chương trình không nói chương trình tôn vinh ai');
    // Bến Sông is honoured by Hàng Việt Nam chất lượng cao only.
    await type(page, 'ben song');
    await waitForStatus(page, /^Không có doanh nghiệp nào khớp với “ben song” trong chương trình “Biểu dương/);
    await type(page, 'hoa da');
    await waitForStatus(page, /^Có 1 doanh nghiệp khớp với “hoa da” trong chương trình “Biểu dương/);
    problems.check((await resultIds(page)).join(' ') === 'htx-hoa-da-bien-ho', `kết quả: ${(await resultIds(page)).join(', ')}`);
    problems.throwIfAny();
  }),
);

test('lọc danh sách năm: lọc trên cả danh sách (mọi trang), ẩn danh sách tĩnh và phân trang khi lọc, bỏ lọc thì hiện lại', ({ browser }) => {
  // The sample's lists fit on one page: serve a list of 320 rows (three pages), whose last rows are not on page 1.
  const file = yearFile();
  const filler = Array.from({ length: 318 }, (_, i) => ({ business: { id: `dn-${i}`, name: `Công ty Thử nghiệm ${i}`, taxCode: String(5000000000 + i), provinceName: 'Gia Lai' } }));
  const rows = [...file.rows, ...filler, { business: { id: 'dn-cuoi', name: 'Hợp tác xã Đồng Đước Cuối Danh Sách', taxCode: '4100856930-003', provinceName: 'Gia Lai' }, title: 'Danh hiệu thử' }];
  return withPage(
    browser,
    HVNCLC_2026,
    { before: (page) => page.route('**/2026/danh-sach.json', (route) => route.fulfill({ json: { rows } })) },
    async (page) => {
      const problems = new Problems();
      const staticTable = page.locator('[data-honor-list] table');
      problems.check((await staticTable.locator('tbody tr').count()) === file.rows.length, 'danh sách tĩnh không đủ hàng');
      // The programme heads the page; no row repeats its name.
      const program = ((await page.locator('h1').textContent()) ?? '').replace(/ năm \d{4}.*$/, '');
      const cells = await staticTable.locator('td').allTextContents();
      problems.check(!cells.some((c) => c.trim() === program), `có hàng lặp lại tên chương trình "${program}"`);
      problems.throwIfAny();

      await type(page, 'dong duoc cuoi');
      await waitForStatus(page, /^Có 1 lượt tôn vinh khớp với “dong duoc cuoi” trong danh sách năm 2026 \(mọi trang\)\.$/);
      const found = lookup(page).locator('[data-results] tbody tr');
      problems.check((await found.count()) === 1, `lọc ra ${await found.count()} hàng, cần 1`);
      problems.check((await found.locator('a').first().getAttribute('href')) === '/doanh-nghiep/dn-cuoi/', 'hàng lọc ra không liên kết tới trang doanh nghiệp');
      problems.check(((await found.textContent()) ?? '').includes('Danh hiệu thử'), 'hàng lọc ra thiếu danh hiệu');
      problems.check(!(await staticTable.isVisible()), 'danh sách tĩnh vẫn hiện cùng kết quả lọc');

      await type(page, '4100.856.930');
      await waitForStatus(page, /^Có 2 lượt tôn vinh khớp với mã số thuế 4100856930 /);
      const byTax = await lookup(page).locator('[data-results] tbody tr td:first-child a').allTextContents();
      problems.check(byTax.join('|') === 'Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh|Hợp tác xã Đồng Đước Cuối Danh Sách', `lọc theo mã số thuế: ${byTax.join('|')}`);
      // Same columns, same labels as the static list (each cell is labelled on a phone).
      const heads = await lookup(page).locator('[data-results] thead th').allTextContents();
      const staticHeads = await staticTable.locator('thead th').allTextContents();
      problems.check(heads.join('|') === staticHeads.join('|'), `cột: ${heads.join('|')}; danh sách: ${staticHeads.join('|')}`);

      await box(page).fill('');
      await box(page).dispatchEvent('input');
      await page.waitForFunction(() => !document.querySelector('[data-honor-list]')?.hasAttribute('hidden'));
      problems.check(await staticTable.isVisible(), 'bỏ lọc mà danh sách tĩnh không hiện lại');
      problems.check((await lookup(page).locator('[data-results] tr').count()) === 0, 'bỏ lọc mà kết quả lọc vẫn còn');
      problems.throwIfAny();
    },
  );
});

for (const viewport of VIEWPORT_NAMES) {
  for (const [url, query] of [
    ['/ton-vinh/', 'xanh'],
    [HVNCLC, 'xanh'],
    [HVNCLC_2026, 'xanh'],
  ] as const) {
    test(`tra cứu tôn vinh: ${url} đang tra cứu @ ${VIEWPORTS[viewport].width}px qua axe, không cuộn ngang`, ({ browser }) =>
      withPage(browser, url, { context: { viewport: VIEWPORTS[viewport] } }, async (page) => {
        await box(page).focus();
        await page.keyboard.type(query);
        await waitForStatus(page, /^Có \d+ (doanh nghiệp|lượt tôn vinh) khớp/);
        const problems = new Problems();
        const outline = await box(page).evaluate((b) => getComputedStyle(b).outlineStyle);
        problems.check(outline !== 'none', 'ô tra cứu đang có tiêu điểm mà không có viền tiêu điểm');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        problems.check(width <= VIEWPORTS[viewport].width, `cuộn ngang: scrollWidth = ${width}`);
        for (const v of await axeViolations(page)) problems.add(v);
        problems.throwIfAny();
      }),
    );
  }
}
