/**
 * Fairs as a citizen and a business use them, in Chromium at 360 px: what is on this weekend, a
 * market day's next sessions following the clock, registration still open or closed, the filters
 * as links, "Hội chợ gần tôi", and — years after the build — no fair shown as coming. Every page
 * is checked for console errors and CSP violations; the list and a fair page with axe.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { assert, axeViolations, distText, newContext, settle, siteUrl, test, VIEWPORTS, watchPage } from './env.ts';

const MARKET = '/hoi-cho/phien-cho-hang-viet-cuoi-tuan-nguyen-du/';
const MONTHLY = '/hoi-cho/phien-cho-ocop-chu-nhat-dau-thang-pleiku/';
const TRADE_FAIR = '/hoi-cho/hoi-cho-thuong-mai-quy-nhon-2027/';
/** Beside 116 Nguyễn Du, Phường Bến Thành (the weekend market). */
const NEAR_MARKET = { latitude: 10.7741, longitude: 106.6949 };

/** Open `url` at 360 px with the browser's clock at `clock` (if given), run `body`, then require no console error or CSP violation. */
async function at(browser: Browser, url: string, clock: Date | undefined, body: (page: Page, requested: string[]) => Promise<void>, context: BrowserContextOptions = {}): Promise<void> {
  const ctx = await newContext(browser, { viewport: VIEWPORTS.mobile, ...context });
  try {
    const page = await ctx.newPage();
    if (clock) await page.clock.setFixedTime(clock);
    const watch = watchPage(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(siteUrl(url), { waitUntil: 'load' });
    await settle(page);
    await body(page, requested);
    const csp = await page.evaluate(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).slice());
    watch.stop();
    const problems = [...watch.errors, ...csp.map((v) => `CSP violation: ${v}`)];
    assert(problems.length === 0, `${url}:\n${problems.join('\n')}`);
  } finally {
    await ctx.close();
  }
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().innerText()) ?? '').trim();
const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

test('phiên chợ cuối tuần: 02:00 thứ Ba là “Sắp diễn ra”, phiên tới là thứ Bảy; 17:00 thứ Bảy là “Đang diễn ra”', async ({ browser }) => {
  await at(browser, MARKET, new Date('2027-03-09T02:00:00+07:00'), async (page) => {
    assert((await page.locator('article[data-fair]').getAttribute('data-status')) === 'upcoming', 'data-status không phải upcoming lúc 02:00 thứ Ba');
    assert((await text(page, 'article[data-fair] [data-status-label]')) === 'Sắp diễn ra', 'nhãn trạng thái sai lúc 02:00 thứ Ba');
    const next = await page.locator('[data-fair-next] li').allInnerTexts();
    assert(next[0] === 'Thứ Bảy, 13/03/2027, 16:00–22:00', `phiên tới là "${next[0]}"`);
    assert(next[1] === 'Chủ nhật, 14/03/2027, 16:00–22:00', `phiên sau đó là "${next[1]}"`);
    assert(await visible(page, 'article[data-fair] [data-fair-weekend]'), 'phiên chợ cuối tuần này không được đánh dấu “Cuối tuần này”');
  });
  await at(browser, MARKET, new Date('2027-03-13T17:00:00+07:00'), async (page) => {
    assert((await page.locator('article[data-fair]').getAttribute('data-status')) === 'ongoing', 'data-status không phải ongoing lúc 17:00 thứ Bảy');
    assert((await text(page, 'article[data-fair] [data-status-label]')) === 'Đang diễn ra', 'nhãn trạng thái sai lúc 17:00 thứ Bảy');
  });
});

test('phiên chợ: ngày nghỉ Tết bị bỏ qua; sau ngày họp cuối cùng không còn phiên nào', async ({ browser }) => {
  await at(browser, MARKET, new Date('2027-02-03T10:00:00+07:00'), async (page) => {
    const next = await page.locator('[data-fair-next] li').allInnerTexts();
    assert(next[0] === 'Thứ Bảy, 13/02/2027, 16:00–22:00', `phiên tới sau Tết là "${next[0]}" (06–07/02/2027 là ngày nghỉ)`);
    assert(!(await visible(page, 'article[data-fair] [data-fair-weekend]')), 'cuối tuần nghỉ Tết vẫn được đánh dấu “Cuối tuần này”');
  });
  await at(browser, MONTHLY, new Date('2031-01-01T10:00:00+07:00'), async (page) => {
    assert((await page.locator('article[data-fair]').getAttribute('data-status')) === 'past', 'phiên chợ hằng tháng chưa kết thúc sau ngày họp cuối');
    assert(!(await visible(page, '[data-fair-next-block]')), 'vẫn liệt kê phiên sắp tới sau ngày họp cuối');
  });
});

test('đăng ký gian hàng: “còn N ngày” theo đồng hồ, rồi “Đã hết hạn đăng ký”; phiếu đăng ký tải được', async ({ browser }) => {
  await at(browser, TRADE_FAIR, new Date('2027-02-05T09:00:00+07:00'), async (page) => {
    assert((await text(page, 'p[data-fair-registration]')) === 'Đang nhận đăng ký – còn 10 ngày', `câu đăng ký: "${await text(page, 'p[data-fair-registration]')}"`);
    assert(await visible(page, '.app-badge[data-fair-registration]'), 'không có nhãn “Đang nhận đăng ký”');
    const form = page.getByRole('link', { name: /Tải phiếu đăng ký \(PDF, \d+ KB\)/ });
    const href = await form.getAttribute('href');
    assert(href, 'không có liên kết phiếu đăng ký');
    const response = await page.request.get(siteUrl(href));
    assert(response.ok() && (await response.body()).subarray(0, 5).toString() === '%PDF-', `phiếu đăng ký ${href} không tải được dưới dạng PDF (${response.status()})`);
  });
  await at(browser, TRADE_FAIR, new Date('2027-02-16T00:00:00+07:00'), async (page) => {
    assert((await text(page, 'p[data-fair-registration]')) === 'Đã hết hạn đăng ký', `câu đăng ký sau hạn: "${await text(page, 'p[data-fair-registration]')}"`);
    assert(!(await visible(page, '.app-badge[data-fair-registration]')), 'nhãn “Đang nhận đăng ký” còn hiện sau hạn đăng ký');
  });
});

test('cuối tuần này: thứ Tư 10/03/2027, phiên chợ cuối tuần và hội chợ Quy Nhơn được đánh dấu, dòng tóm tắt đếm lại', async ({ browser }) => {
  await at(browser, '/hoi-cho/', new Date('2027-03-10T10:00:00+07:00'), async (page) => {
    const marked = await page.locator('article.app-fair--weekend h3').allInnerTexts();
    assert(
      marked.length === 2 && marked.includes('Phiên chợ hàng Việt cuối tuần tại 116 Nguyễn Du') && marked.includes('Hội chợ Thương mại hàng Việt Quy Nhơn 2027'),
      `đánh dấu cuối tuần: ${marked.join(' | ')}`,
    );
    const badges = await page.locator('article.app-fair--weekend [data-fair-weekend]:visible').count();
    assert(badges === 2, `${badges} nhãn “Cuối tuần này” đang hiện`);
    const line = await text(page, '[data-fair-weekend-line]');
    assert(/^Cuối tuần này \(13\/03–14\/03\): 2 hội chợ, phiên chợ/.test(line), `dòng cuối tuần: "${line}"`);
  });
});

test('danh sách hội chợ: bộ lọc là liên kết (không cần JS), giữ đúng tỉnh và loại', async ({ browser }) => {
  await at(
    browser,
    '/hoi-cho/',
    undefined,
    async (page) => {
      await page.locator('summary', { hasText: 'Tỉnh, thành phố' }).click();
      await page.getByRole('link', { name: /^Gia Lai \(\d+\)$/ }).click();
      await page.waitForURL(/\/hoi-cho\/tinh\/gia-lai\/$/);
      assert((await text(page, 'h1')) === 'Hội chợ và phiên chợ ở Gia Lai', `tiêu đề: "${await text(page, 'h1')}"`);
      await page.getByRole('link', { name: /^Phiên chợ hàng Việt \(\d+\)$/ }).click();
      await page.waitForURL(/\/hoi-cho\/tinh\/gia-lai\/loai\/phien-cho-hang-viet\/$/);
      const titles = await page.locator('article[data-fair] h3, article[data-fair] h4').allInnerTexts();
      assert(titles.includes('Phiên chợ OCOP Chủ nhật đầu tháng tại Pleiku') && !titles.some((t) => /Nguyễn Du|Quy Nhơn/.test(t)), `danh sách lọc sai: ${titles.join(' | ')}`);
    },
    { javaScriptEnabled: false },
  );
});

test('mười năm sau khi dựng: trang chủ và /hoi-cho/ không còn hội chợ nào “sắp” hay “đang” diễn ra', async ({ browser }) => {
  const later = new Date('2036-12-01T10:00:00+07:00');
  for (const url of ['/', '/hoi-cho/', '/hoi-cho/tinh/ho-chi-minh/']) {
    await at(browser, url, later, async (page) => {
      const statuses = await page.locator('[data-fair]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
      assert(statuses.length > 0, `${url}: không có hội chợ nào`);
      const coming = statuses.filter((s) => s === 'upcoming' || s === 'ongoing');
      assert(coming.length === 0, `${url}: ${coming.length} hội chợ vẫn “sắp/đang diễn ra” mười năm sau`);
      const labels = await page.locator('[data-fair] [data-status-label]').allInnerTexts();
      assert(!labels.some((l) => /Sắp diễn ra|Đang diễn ra/.test(l)), `${url}: nhãn ${labels.join(', ')}`);
      assert((await page.locator('[data-fair-weekend]:visible').count()) === 0, `${url}: còn nhãn “Cuối tuần này”`);
      assert((await page.locator('.app-badge[data-fair-registration]:visible').count()) === 0, `${url}: còn nhãn “Đang nhận đăng ký”`);
      if (url !== '/') assert(await visible(page, '[data-fair-list-empty]'), `${url}: không nói rằng không còn hội chợ nào sắp diễn ra`);
    });
  }
});

test('hội chợ gần tôi: đứng cạnh 116 Nguyễn Du, phiên chợ cuối tuần ở đó đứng đầu', async ({ browser }) => {
  await at(
    browser,
    '/hoi-cho/',
    new Date('2027-03-09T10:00:00+07:00'),
    async (page) => {
      await page.getByRole('button', { name: 'Hội chợ gần tôi' }).click();
      const first = page.locator('[data-near-results] li a').first();
      await first.waitFor({ timeout: 10_000 });
      assert((await first.innerText()) === 'Phiên chợ hàng Việt cuối tuần tại 116 Nguyễn Du', `hội chợ gần nhất: "${await first.innerText()}"`);
      const line = await page.locator('[data-near-results] li').first().innerText();
      assert(/Cách khoảng (dưới )?0,\d km/.test(line), `khoảng cách: "${line}"`);
      assert(/Phiên tới: Thứ Bảy, 13\/03\/2027/.test(line), `phiên tới: "${line}"`);
    },
    { geolocation: NEAR_MARKET, permissions: ['geolocation'] },
  );
});

for (const [name, viewport] of Object.entries(VIEWPORTS))
  test(`axe (${name}): danh sách hội chợ, một tỉnh, một năm, phiên chợ định kỳ, hội chợ có đăng ký`, async ({ browser }) => {
    for (const url of ['/hoi-cho/', '/hoi-cho/tinh/gia-lai/', '/hoi-cho/nam/2025/', MARKET, TRADE_FAIR]) {
      await at(
        browser,
        url,
        undefined,
        async (page) => {
          const violations = await axeViolations(page);
          assert(violations.length === 0, `${url} (${name}):\n${violations.join('\n')}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert(overflow <= 0, `${url} (${name}): trang rộng hơn màn hình ${overflow}px`);
        },
        { viewport },
      );
    }
  });

test('trang còn đúng thì không tải quy tắc tính lại; trang đã quá hạn data-fair-until thì tải và tính lại', async ({ browser }) => {
  const html = distText('hoi-cho/index.html');
  const untils = [...html.matchAll(/data-fair-until="([^"]+)"/g)].map((m) => Date.parse(m[1]!)).filter(Number.isFinite);
  assert(untils.length > 0, '/hoi-cho/ không có data-fair-until');
  const first = Math.min(...untils);
  for (const [clock, expected] of [
    [new Date(first - 1), false],
    [new Date(first), true],
  ] as const) {
    let loaded = false;
    await at(browser, '/hoi-cho/', clock, async (_, requested) => {
      loaded = requested.some((u) => /\/fair-refresh\.[^/]*\.js$/.test(u));
    });
    assert(loaded === expected, `đồng hồ ${clock.toISOString()}: ${expected ? 'không tải' : 'vẫn tải'} mã tính lại trạng thái hội chợ`);
  }
});
