/**
 * The point finder (<point-finder> on /diem-ban/ and the province pages): "Gần tôi" sorts by
 * distance from a fixed position, "Chỉ hiện điểm đang mở cửa" follows a fixed clock, a province
 * page finds exactly its own points, names that look like HTML stay text, the map hears every
 * filter change, a refused position or a failed download is said in words, and the page with the
 * finder in use still passes axe with no console errors or CSP violations. Near a commune or ward:
 * old and new names lead to the same list (the place's points, then the nearest), an ambiguous
 * name offers choices, an unknown one is said; on a phone the finder is above the map and the map
 * lets one finger scroll the page until it is tapped.
 *
 * Expected results are computed here from the data files the browser fetches, with the site's
 * own rules (`isOpenAt`, `distanceKm`), not read back from the page.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { distanceKm, type LatLng } from '../../src/lib/geo.ts';
import type { MapPoint, PointsFile } from '../../src/lib/map-points.ts';
import type { PlaceFile } from '../../src/lib/place-names.ts';
import { isOpenAt } from '../../src/lib/open-now.ts';
import { assert, axeViolations, distText, newContext, Problems, settle, siteUrl, test, VIEWPORT_NAMES, VIEWPORTS, watchPage } from './env.ts';

type FilePoint = MapPoint;

const XSS_ID = 'diem-ban-thu-nghiem-xss';
/** Gia Lai's official code since 1 July 2025. */
const GIA_LAI = '52';
/** A few metres from Chợ Phố Xanh Phan Bội Châu, in Phường Bến Thành, Hồ Chí Minh City. */
const NEAR_BEN_THANH: LatLng = { lat: 10.7731, lng: 106.6989 };

/** Open a page in a fresh context, run `body`, then check for console errors and CSP violations. */
async function withPage(browser: Browser, url: string, options: { context?: BrowserContextOptions; clock?: Date; before?: (page: Page) => Promise<unknown> }, body: (page: Page) => Promise<void>): Promise<void> {
  const context = await newContext(browser, options.context);
  try {
    const page = await context.newPage();
    if (options.clock) await page.clock.setFixedTime(options.clock);
    await options.before?.(page);
    const watch = watchPage(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(siteUrl(url), { waitUntil: 'load' });
    await settle(page);
    await body(page);
    const csp = await page.evaluate(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).slice());
    watch.stop();
    const problems = [...watch.errors, ...csp.map((v) => `CSP violation: ${v}`), ...dialogs.map((d) => `hộp thoại bật lên: ${d}`)];
    assert(problems.length === 0, `${url}:\n${problems.join('\n')}`);
  } finally {
    await context.close();
  }
}

const finder = (page: Page) => page.locator('point-finder');
const statusText = async (page: Page) => ((await finder(page).locator('[role="status"]').textContent()) ?? '').trim();

/** Wait until the status line reports a result (or a failure), and return it. */
async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  await page
    .waitForFunction((source: string) => new RegExp(source).test(document.querySelector('point-finder [role="status"]')?.textContent ?? ''), pattern.source, { timeout: 10_000 })
    .catch(() => undefined);
  const text = await statusText(page);
  assert(pattern.test(text), `dòng trạng thái là "${text}", cần khớp ${pattern}`);
  return text;
}

/** Point ids in the result list, in order, after pressing "Xem thêm" until everything is shown. */
async function allResultIds(page: Page): Promise<string[]> {
  const more = finder(page).locator('[data-more]');
  for (let i = 0; i < 100 && (await more.isVisible()); i++) await more.click();
  return finder(page)
    .locator('[data-results] > li h3 a')
    .evaluateAll((links) => links.map((a) => decodeURIComponent((a.getAttribute('href') ?? '').replace(/^\/diem-ban\/|\/$/g, ''))));
}

/** Distances shown in the results ("khoảng 1,2 km"), in kilometres. */
async function shownDistances(page: Page): Promise<number[]> {
  const texts = await finder(page).locator('[data-results] > li').allTextContents();
  return texts.map((t) => {
    if (/dưới 0,1 km/.test(t)) return 0;
    const m = /khoảng ([\d.]+(?:,\d+)?) km/.exec(t);
    return m ? Number(m[1]!.replace(/\./g, '').replace(',', '.')) : NaN;
  });
}

/** Ids of `points` from nearest to farthest from `from`, equal distances in file order. */
function byDistance(points: FilePoint[], from: LatLng): string[] {
  return points
    .map((p, i) => ({ id: p.id, km: distanceKm(from, p), i }))
    .sort((a, b) => a.km - b.km || a.i - b.i)
    .map((p) => p.id);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

const readJson = <T>(file: string) => JSON.parse(distText(file)) as T;
const all = () => readJson<PointsFile>('du-lieu/ban-do/diem-ban.json');
const geo = (position: LatLng): BrowserContextOptions => ({ geolocation: { latitude: position.lat, longitude: position.lng }, permissions: ['geolocation'] });

test('tìm điểm bán: "Gần tôi" từ một vị trí cố định xếp điểm gần nhất lên đầu, khoảng cách không giảm', ({ browser }) =>
  withPage(browser, '/diem-ban/', { context: geo(NEAR_BEN_THANH) }, async (page) => {
    const expected = byDistance(all().points, NEAR_BEN_THANH);
    assert(await finder(page).locator('[data-finder]').isVisible(), 'bộ tìm điểm bán không hiện ra khi có JavaScript');
    await finder(page).getByRole('button', { name: 'Gần tôi' }).click();
    const status = await waitForStatus(page, /^Có \d+ điểm bán, xếp từ gần đến xa\./);
    const ids = await allResultIds(page);
    const problems = new Problems();
    problems.check(ids[0] === expected[0], `điểm đầu tiên là ${ids[0]}, điểm gần nhất là ${expected[0]}`);
    problems.check(ids.join(' ') === expected.join(' '), `thứ tự:\n  trang: ${ids.join(' ')}\n  cần:   ${expected.join(' ')}`);
    const km = await shownDistances(page);
    problems.check(km.every((d) => Number.isFinite(d)), `có kết quả không ghi khoảng cách: ${km.join(', ')}`);
    problems.check(km.every((d, i) => i === 0 || d >= km[i - 1]!), `khoảng cách không tăng dần: ${km.join(', ')}`);
    problems.check(status.startsWith(`Có ${expected.length} điểm bán`), `dòng trạng thái "${status}" không nói đúng ${expected.length} điểm`);
    problems.check((await finder(page).getByRole('button', { name: 'Gần tôi' }).getAttribute('aria-pressed')) === 'true', 'nút "Gần tôi" không có aria-pressed="true"');
    problems.throwIfAny();
  }),
);

test('tìm điểm bán: "Chỉ hiện điểm đang mở cửa" theo đồng hồ cố định (qua nửa đêm +07:00) rồi đổi khi đồng hồ tới giờ đóng cửa', async ({ browser }) => {
  // Monday 06:30 in Vietnam is still Sunday 23:30 in UTC: the day must be Vietnam's.
  const morning = new Date('2026-11-29T23:30:00Z');
  // Monday 02:00 in Vietnam: every sample point is closed.
  const night = new Date('2026-11-30T02:00:00+07:00');
  const openAt = (now: Date) => all().points.filter((p) => p.hours && isOpenAt(p.hours, now)).map((p) => p.id);
  const expectedMorning = openAt(morning);
  const expectedNight = openAt(night);
  assert(expectedMorning.length > 0 && !sameSet(expectedMorning, expectedNight), 'dữ liệu mẫu cần có điểm mở lúc 06:30 thứ Hai mà đóng lúc 02:00');
  await withPage(browser, '/diem-ban/', { clock: morning }, async (page) => {
    await finder(page).getByLabel('Chỉ hiện điểm đang mở cửa').check();
    await waitForStatus(page, new RegExp(`^Có ${expectedMorning.length} điểm bán đang mở cửa\\.`));
    const shown = await allResultIds(page);
    assert(sameSet(shown, expectedMorning), `lúc ${morning.toISOString()}: trang hiện ${shown.join(' ')}; cần ${expectedMorning.join(' ')}`);
    const badges = await finder(page).locator('[data-results] .app-badge').allTextContents();
    assert(badges.length === shown.length && badges.every((b) => b === 'Đang mở cửa'), `nhãn trạng thái: ${badges.join(', ')}`);

    await page.clock.setFixedTime(night);
    await finder(page).getByLabel('Chỉ hiện điểm đang mở cửa').uncheck();
    await finder(page).getByLabel('Chỉ hiện điểm đang mở cửa').check();
    if (expectedNight.length === 0) {
      await waitForStatus(page, /^Không có điểm bán đang mở cửa lúc này\./);
      assert((await allResultIds(page)).length === 0, 'lúc 02:00 vẫn còn kết quả');
    } else {
      await waitForStatus(page, new RegExp(`^Có ${expectedNight.length} điểm bán đang mở cửa\\.`));
      const later = await allResultIds(page);
      assert(sameSet(later, expectedNight), `lúc ${night.toISOString()}: trang hiện ${later.join(' ')}; cần ${expectedNight.join(' ')}`);
    }
  });
});

// No geolocation permission is granted: headless Chromium refuses the request.
test('tìm điểm bán: bị từ chối vị trí thì nói rõ, giữ nguyên danh sách, không có lỗi', ({ browser }) =>
  withPage(browser, '/diem-ban/tinh/ho-chi-minh/', {}, async (page) => {
    const staticLinks = await page.locator('main section[aria-labelledby^="loai-"] h3 a').count();
    assert(staticLinks > 0, 'trang tỉnh không có danh sách tĩnh');
    await finder(page).getByRole('button', { name: 'Gần tôi' }).click();
    await waitForStatus(page, /chưa được phép dùng vị trí của bạn, nên danh sách không được sắp xếp theo khoảng cách/);
    const problems = new Problems();
    problems.check((await finder(page).getByRole('button', { name: 'Gần tôi' }).getAttribute('aria-pressed')) === 'false', 'nút "Gần tôi" vẫn ở trạng thái bật');
    problems.check(await page.locator('main section[aria-labelledby^="loai-"]').first().isVisible(), 'danh sách tĩnh bị ẩn dù không có bộ lọc nào');
    problems.check((await page.locator('main section[aria-labelledby^="loai-"] h3 a').count()) === staticLinks, 'danh sách tĩnh bị thay đổi');
    problems.throwIfAny();
  }),
);

test('tìm điểm bán: tên và địa chỉ trông như HTML hiện thành chữ trong kết quả', ({ browser }) =>
  withPage(browser, '/diem-ban/tinh/ho-chi-minh/', { context: geo(NEAR_BEN_THANH) }, async (page) => {
    const xss = all().points.find((p) => p.id === XSS_ID);
    assert(xss, `không có điểm ${XSS_ID} trong dữ liệu mẫu`);
    await finder(page).getByRole('button', { name: 'Gần tôi' }).click();
    await waitForStatus(page, /^Có \d+ điểm bán/);
    const card = finder(page).locator('[data-results] > li').filter({ has: page.locator(`a[href="/diem-ban/${XSS_ID}/"]`) });
    const problems = new Problems();
    problems.check((await card.count()) === 1, `không thấy ${XSS_ID} trong kết quả`);
    problems.check((await card.locator('h3 a').textContent()) === xss.name, `tên hiện ra là "${await card.locator('h3 a').textContent()}", cần "${xss.name}"`);
    problems.check(((await card.textContent()) ?? '').includes(xss.address), 'địa chỉ không hiện nguyên văn');
    problems.check((await finder(page).locator('[data-results] img, [data-results] script').count()) === 0, 'kết quả có thẻ <img> hoặc <script> sinh ra từ dữ liệu');
    problems.throwIfAny();
  }),
);

test('tìm điểm bán: mỗi lần đổi bộ lọc phát sự kiện point-filter cho bản đồ, với đúng loại và trạng thái mở cửa', ({ browser }) =>
  withPage(browser, '/diem-ban/', {}, async (page) => {
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { __filters: unknown[] }).__filters = seen;
      document.addEventListener('point-filter', (e) => seen.push((e as CustomEvent).detail));
    });
    const events = () => page.evaluate(() => JSON.stringify((window as unknown as { __filters: unknown[] }).__filters));
    await finder(page).getByLabel('Loại điểm bán').selectOption('cua-hang-ocop');
    await waitForStatus(page, /^(Có \d+|Không có) điểm bán loại “Cửa hàng/);
    await finder(page).getByLabel('Chỉ hiện điểm đang mở cửa').check();
    await finder(page).getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.waitForTimeout(100);
    const expected = JSON.stringify([
      { kinds: ['cua-hang-ocop'], openNow: false },
      { kinds: ['cua-hang-ocop'], openNow: true },
      { kinds: null, openNow: false },
    ]);
    assert((await events()) === expected, `sự kiện point-filter: ${await events()}; cần ${expected}`);
    await waitForStatus(page, /^Đã bỏ lọc/);
    assert(!(await finder(page).locator('[data-results]').isVisible()), 'sau "Bỏ lọc" danh sách kết quả vẫn hiện');
  }),
);

test('tìm điểm bán: trang tỉnh tìm đúng và đủ các điểm của tỉnh đó; "Bỏ lọc" trả lại danh sách tĩnh', ({ browser }) =>
  withPage(browser, '/diem-ban/tinh/gia-lai/', { context: geo({ lat: 13.98, lng: 108.0 }) }, async (page) => {
    const own = readJson<PointsFile>('du-lieu/ban-do/tinh/gia-lai.json').points.map((p) => p.id);
    const exported = readJson<{ points: { id: string; status: string; province: string }[] }>('du-lieu/diem-ban.json')
      .points.filter((p) => p.status === 'active' && p.province === GIA_LAI)
      .map((p) => p.id);
    assert(own.length > 0 && sameSet(own, exported), `tệp của Gia Lai (${own.join(' ')}) khác các điểm đang hoạt động mã tỉnh ${GIA_LAI} (${exported.join(' ')})`);
    await finder(page).getByRole('button', { name: 'Gần tôi' }).click();
    await waitForStatus(page, new RegExp(`^Có ${own.length} điểm bán ở Gia Lai, xếp từ gần đến xa\\.`));
    const shown = await allResultIds(page);
    const problems = new Problems();
    problems.check(sameSet(shown, own) && new Set(shown).size === shown.length, `trang hiện ${shown.join(' ')}; cần ${own.join(' ')}`);
    problems.check(!(await page.locator('main section[aria-labelledby^="loai-"]').first().isVisible()), 'danh sách tĩnh vẫn hiện cùng kết quả (hai danh sách)');
    await finder(page).getByRole('button', { name: 'Bỏ lọc' }).click();
    problems.check(await page.locator('main section[aria-labelledby^="loai-"]').first().isVisible(), 'sau "Bỏ lọc" danh sách tĩnh không hiện lại');
    problems.check(!(await finder(page).locator('[data-results]').isVisible()), 'sau "Bỏ lọc" kết quả vẫn hiện');
    problems.throwIfAny();
  }),
);

test('tìm điểm bán: hiện 20 kết quả đầu, "Xem thêm" hiện tiếp 20 và đưa tiêu điểm tới kết quả mới', ({ browser }) => {
  // The sample has fewer than 20 points: serve a longer file made from them.
  const file = all();
  const kind = file.points[0]!.kind;
  const many = Array.from({ length: 45 }, (_, i) => ({ ...file.points[i % file.points.length]!, id: `diem-thu-${i + 1}`, name: `Điểm thử ${i + 1}`, kind }));
  return withPage(
    browser,
    '/diem-ban/',
    {
      before: (page) => page.route('**/du-lieu/ban-do/diem-ban.json', (route) => route.fulfill({ json: { ...file, points: many } })),
    },
    async (page) => {
      await finder(page).getByLabel('Loại điểm bán').selectOption(kind);
      await waitForStatus(page, /^Có 45 điểm bán loại .*\. Đang hiện 20 điểm đầu\.$/);
      const links = finder(page).locator('[data-results] > li h3 a');
      assert((await links.count()) === 20, `hiện ${await links.count()} kết quả, cần 20`);
      const more = finder(page).locator('[data-more]');
      await more.focus();
      await page.keyboard.press('Enter');
      assert((await links.count()) === 40, `sau "Xem thêm" có ${await links.count()} kết quả, cần 40`);
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      assert(focused === (await links.nth(20).textContent()), `sau "Xem thêm" tiêu điểm ở "${focused}", không ở kết quả thứ 21`);
      assert((await more.textContent()) === 'Xem thêm 5 điểm bán', `nút là "${await more.textContent()}", cần "Xem thêm 5 điểm bán"`);
      await more.click();
      assert((await links.count()) === 45 && !(await more.isVisible()), 'sau lần "Xem thêm" cuối chưa hiện đủ 45 điểm hoặc nút vẫn còn');
    },
  );
});

test('tìm điểm bán: không tải được dữ liệu thì nói rõ và giữ danh sách tĩnh', async ({ browser }) => {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.route('**/du-lieu/ban-do/tinh/*.json', (route) => route.abort('failed'));
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.goto(siteUrl('/diem-ban/tinh/ca-mau/'), { waitUntil: 'load' });
    await settle(page);
    await finder(page).getByLabel('Chỉ hiện điểm đang mở cửa').check();
    await waitForStatus(page, /^Không tải được danh sách điểm bán\./);
    assert(await page.locator('main section[aria-labelledby^="loai-"]').first().isVisible(), 'danh sách tĩnh bị ẩn khi không tải được dữ liệu');
    assert(uncaught.length === 0, `lỗi không bắt: ${uncaught.join('\n')}`);
  } finally {
    await context.close();
  }
});

test('trang điểm bán: JSON-LD của điểm có tên trông như HTML được trình duyệt đọc đúng, không vi phạm CSP', ({ browser }) =>
  withPage(browser, `/diem-ban/${XSS_ID}/`, {}, async (page) => {
    const xss = all().points.find((p) => p.id === XSS_ID)!;
    const blocks = await page.locator('script[type="application/ld+json"]').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
    assert(blocks.length === 1, `có ${blocks.length} khối JSON-LD, cần 1`);
    const data = JSON.parse(blocks[0]!) as { name: string; geo: { latitude: number; longitude: number } };
    assert(data.name === xss.name, `JSON-LD name là "${data.name}", cần "${xss.name}"`);
    assert(data.geo.latitude === xss.lat && data.geo.longitude === xss.lng, `JSON-LD geo ${JSON.stringify(data.geo)} khác dữ liệu`);
    assert((await page.locator('img[src="x"]').count()) === 0, 'tên điểm bán tạo ra một thẻ <img>');
  }),
);

for (const viewport of VIEWPORT_NAMES) {
  test(`tìm điểm bán: đang dùng trên trang tỉnh @ ${VIEWPORTS[viewport].width}px vẫn qua axe, dùng được bằng bàn phím, không cuộn ngang`, ({ browser }) =>
    withPage(browser, '/diem-ban/tinh/ho-chi-minh/', { context: { ...geo(NEAR_BEN_THANH), viewport: VIEWPORTS[viewport] }, clock: new Date('2026-11-30T09:00:00+07:00') }, async (page) => {
      // Keyboard only: Tab to the checkbox, Space to tick it; Tab to "Gần tôi", Enter.
      await page.locator('#chi-dang-mo').focus();
      await page.keyboard.press('Space');
      await waitForStatus(page, /^Có \d+ điểm bán đang mở cửa ở Thành phố Hồ Chí Minh\./);
      await page.locator('[data-near]').focus();
      await page.keyboard.press('Enter');
      await waitForStatus(page, /xếp từ gần đến xa/);
      const problems = new Problems();
      const outline = await page.locator('[data-near]').evaluate((b) => getComputedStyle(b).outlineStyle);
      problems.check(outline !== 'none', 'nút "Gần tôi" đang có tiêu điểm mà không có viền tiêu điểm');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      problems.check(width <= VIEWPORTS[viewport].width, `cuộn ngang: scrollWidth = ${width}`);
      for (const v of await axeViolations(page)) problems.add(v);
      problems.throwIfAny();
    }),
  );
}

// Near a commune or ward, named as it is now or as it was before 1 July 2025.

/** Phường Sài Gòn, which took in Phường Bến Nghé (Quận 1) on 1 July 2025. */
const SAI_GON = '26740';
const placesOf = (file: string) => readJson<PlaceFile>(file);

/** Ids of `points` in the place first, then the others, each by distance from its centre (file order on ties). */
function byPlace(points: FilePoint[], code: string, at: LatLng): string[] {
  return points
    .map((p, i) => ({ id: p.id, inside: p.commune === code, km: distanceKm(at, p), i }))
    .sort((a, b) => Number(b.inside) - Number(a.inside) || a.km - b.km || a.i - b.i)
    .map((p) => p.id);
}

/** Type a place name in the finder and press Enter, as a visitor would. */
async function askPlace(page: Page, name: string): Promise<void> {
  const input = finder(page).getByLabel('Gần phường, xã');
  await input.fill(name);
  await input.press('Enter');
}

test('tìm điểm bán gần phường, xã: tên cũ "Bến Nghé" và tên mới "Sài Gòn" cho cùng một danh sách, điểm trong phường trước rồi tới điểm gần nhất', ({ browser }) => {
  const file = readJson<PointsFile>('du-lieu/ban-do/tinh/ho-chi-minh.json');
  const centre = placesOf('du-lieu/xa/tinh/ho-chi-minh.json').communes[SAI_GON]?.at;
  assert(centre, 'tệp phường, xã của Hồ Chí Minh không có trung tâm ước tính của Phường Sài Gòn');
  // A point of another ward right at Phường Sài Gòn's centre: nearer than its own points, listed after them.
  const across = { ...file.points[0]!, id: 'diem-phuong-ben-canh', name: 'Điểm phường bên cạnh', commune: '26743', lat: centre[0], lng: centre[1] };
  const points = [...file.points, across];
  const route = (page: Page) => page.route('**/du-lieu/ban-do/tinh/ho-chi-minh.json', (r) => r.fulfill({ json: { ...file, points } }));
  return withPage(browser, '/diem-ban/tinh/ho-chi-minh/', { before: route }, async (page) => {
    const inside = points.filter((p) => p.commune === SAI_GON).length;
    assert(inside > 0, 'dữ liệu mẫu không có điểm bán nào ở Phường Sài Gòn');
    const expected = byPlace(points, SAI_GON, { lat: centre[0], lng: centre[1] });
    const problems = new Problems();
    for (const [name, note] of [
      ['Bến Nghé', /^Phường Bến Nghé, Quận 1 \(cũ\) nay thuộc Phường Sài Gòn\. Khoảng cách tính từ trung tâm ước tính/],
      ['phuong ben nghe quan 1', /^Phường Bến Nghé, Quận 1 \(cũ\) nay thuộc Phường Sài Gòn\./],
      ['Sài Gòn', /^Khoảng cách tính từ trung tâm ước tính của Phường Sài Gòn/],
    ] as const) {
      await askPlace(page, name);
      const status = await waitForStatus(page, new RegExp(`Có ${inside} điểm bán ở Phường Sài Gòn, rồi ${points.length - inside} điểm khác, xếp từ gần đến xa\\.`));
      problems.check(note.test(status), `“${name}”: dòng trạng thái "${status}" không nói ${note}`);
      const shown = await allResultIds(page);
      problems.check(shown.join(' ') === expected.join(' '), `“${name}”: thứ tự ${shown.join(' ')}; cần ${expected.join(' ')}`);
      const cards = await finder(page).locator('[data-results] > li').allTextContents();
      problems.check(cards.slice(0, inside).every((t) => t.includes('Ở Phường Sài Gòn')), `“${name}”: điểm trong phường không ghi “Ở Phường Sài Gòn”`);
      problems.check(cards.slice(inside).every((t) => /Cách trung tâm Phường Sài Gòn khoảng .* km \(ước tính, đường chim bay\)/.test(t)), `“${name}”: điểm ngoài phường không ghi khoảng cách ước tính`);
      const url = new URL(page.url());
      problems.check(url.searchParams.get('xa') === name && url.searchParams.get('ma') === SAI_GON, `“${name}”: địa chỉ trang ${url.search} không giữ nơi đã chọn`);
    }
    // The address is a link to the result.
    await page.reload();
    await waitForStatus(page, new RegExp(`^Khoảng cách tính từ trung tâm ước tính của Phường Sài Gòn.*Có ${inside} điểm bán ở Phường Sài Gòn`));
    problems.check((await finder(page).getByLabel('Gần phường, xã').inputValue()) === 'Sài Gòn', 'tải lại trang: ô tên phường không còn “Sài Gòn”');
    problems.throwIfAny();
  });
});

test('tìm điểm bán gần phường, xã: trên trang cả nước, tên mơ hồ cho danh sách để chọn, chỉ tải tệp tên của chữ đầu', ({ browser }) => {
  const requested: string[] = [];
  return withPage(
    browser,
    '/diem-ban/',
    { before: async (page) => void page.on('request', (r) => r.url().includes('/du-lieu/xa/') && requested.push(new URL(r.url()).pathname)) },
    async (page) => {
      const problems = new Problems();
      await askPlace(page, 'phuong 7');
      await waitForStatus(page, /^Có \d+ nơi ứng với “phuong 7”; hãy chọn một/);
      const choices = finder(page).locator('[data-place-choices] button');
      const labels = await choices.allTextContents();
      problems.check(labels.length > 5 && labels.length <= 12, `có ${labels.length} lựa chọn; cần 6–12`);
      problems.check(labels.every((l) => /^Phường 7, .* \(cũ.*\) → Phường .+, .+$/.test(l)), `lựa chọn không có dạng “Phường 7, Quận … (cũ) → Phường …, Tỉnh”: ${labels.join(' | ')}`);
      problems.check(requested.join(' ') === '/du-lieu/xa/7.json', `đã tải ${requested.join(' ')}; cần đúng /du-lieu/xa/7.json`);
      const dienHong = choices.filter({ hasText: 'Phường 7, Quận 10 (cũ) → Phường Diên Hồng' });
      problems.check((await dienHong.count()) === 1, 'không có lựa chọn “Phường 7, Quận 10 (cũ) → Phường Diên Hồng”');
      await dienHong.click();
      await waitForStatus(page, /^Phường 7, Quận 10 \(cũ\) nay thuộc Phường Diên Hồng\./);
      problems.check(new URL(page.url()).searchParams.get('ma') === '27169', `địa chỉ trang ${page.url()} không ghi mã Phường Diên Hồng`);
      problems.check(!(await finder(page).locator('[data-place-choices]').isVisible()), 'đã chọn mà danh sách lựa chọn vẫn hiện');
      problems.throwIfAny();
    },
  );
});

test('tìm điểm bán gần phường, xã: “Phường 7 Quận 3” (nhập vào Võ Thị Sáu năm 2021) không có điểm nào: xếp theo khu vực quận cũ, hoặc nói không có tọa độ; tên không có được nói rõ', ({ browser }) => {
  const places = placesOf('du-lieu/xa/tinh/ho-chi-minh.json');
  const file = readJson<PointsFile>('du-lieu/ban-do/tinh/ho-chi-minh.json');
  const XUAN_HOA = '27139';
  assert(places.communes[XUAN_HOA], 'tệp phường, xã của Hồ Chí Minh không có Phường Xuân Hòa');
  assert(!file.points.some((p) => p.commune === XUAN_HOA), 'dữ liệu mẫu đã có điểm ở Phường Xuân Hòa: chọn phường khác cho phép thử này');
  // The place file is served with Phường Xuân Hòa first standing in at its former district's centre, then with no centre at all.
  const standIn = { at: [NEAR_BEN_THANH.lat, NEAR_BEN_THANH.lng] as [number, number], area: 'Quận 3, Thành phố Hồ Chí Minh' };
  let xuanHoa: Partial<PlaceFile['communes'][string]> = standIn;
  const route = (page: Page) =>
    page.route('**/du-lieu/xa/tinh/ho-chi-minh.json', (r) => {
      const { area: _, ...own } = places.communes[XUAN_HOA]!;
      return r.fulfill({ json: { ...places, communes: { ...places.communes, [XUAN_HOA]: { ...own, ...xuanHoa } } } });
    });
  return withPage(browser, '/diem-ban/tinh/ho-chi-minh/', { before: route }, async (page) => {
    const problems = new Problems();
    await askPlace(page, 'Phường 7 Quận 3');
    let status = await waitForStatus(page, /^Phường 7, Quận 3 \(cũ, trước 2021\) nay thuộc Phường Xuân Hòa\. .*(?<!Đang tải danh sách điểm bán…)$/);
    const nearest = `Chưa có điểm bán nào ở Phường Xuân Hòa; đây là ${file.points.length} điểm bán gần nhất, xếp từ gần đến xa.`;
    problems.check(status.includes('Trang chưa ghi điểm nào ở Phường Xuân Hòa, nên khoảng cách tính từ vị trí ước tính của khu vực Quận 3, Thành phố Hồ Chí Minh cũ'), `không nói khoảng cách tính từ khu vực quận cũ: "${status}"`);
    problems.check(status.includes(nearest), `dòng trạng thái "${status}" không nói “${nearest}”`);
    const expected = byPlace(file.points, XUAN_HOA, NEAR_BEN_THANH);
    const shown = await allResultIds(page);
    problems.check(shown.join(' ') === expected.join(' '), `thứ tự ${shown.join(' ')}; cần ${expected.join(' ')}`);
    const cards = await finder(page).locator('[data-results] > li').allTextContents();
    problems.check(cards.length > 0 && cards.every((t) => /Cách khu vực Phường Xuân Hòa khoảng .* km \(ước tính theo huyện cũ, đường chim bay\)/.test(t)), 'kết quả không ghi khoảng cách ước tính theo khu vực quận cũ');

    // No centre either: the page says it cannot order the points and keeps its list.
    xuanHoa = { at: null };
    await page.reload();
    status = await waitForStatus(page, /^Phường 7, Quận 3 \(cũ, trước 2021\) nay thuộc Phường Xuân Hòa\. .*(?<!Đang tải danh sách điểm bán…)$/);
    problems.check(/trang không có tọa độ của Phường Xuân Hòa/.test(status), `không nói thiếu tọa độ: "${status}"`);
    problems.check(await page.locator('main section[aria-labelledby^="loai-"]').first().isVisible(), 'không có kết quả mà danh sách tĩnh bị ẩn');

    await askPlace(page, 'Phường Không Tồn Tại');
    await waitForStatus(page, /^Không tìm thấy phường, xã nào tên “Phường Không Tồn Tại” ở Thành phố Hồ Chí Minh\./);
    problems.check(await page.locator('main section[aria-labelledby^="loai-"]').first().isVisible(), 'tên không có mà danh sách tĩnh bị ẩn');
    problems.check(!(await finder(page).locator('[data-results]').isVisible()), 'tên không có mà vẫn hiện kết quả');
    problems.throwIfAny();
  });
});

test('trên điện thoại: ô tìm điểm bán ở trên bản đồ; một ngón vuốt cuộn trang, chạm vào bản đồ mới kéo được, và trang nói vậy', ({ browser }) =>
  withPage(browser, '/diem-ban/tinh/ho-chi-minh/', { context: { viewport: VIEWPORTS.mobile, hasTouch: true, isMobile: true } }, async (page) => {
    const problems = new Problems();
    const finderTop = await finder(page).evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const mapTop = await page.locator('app-map').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    problems.check(finderTop < mapTop, `ô tìm (${finderTop}px) nằm dưới bản đồ (${mapTop}px)`);
    problems.check(finderTop < VIEWPORTS.mobile.height, `ô tìm bắt đầu ở ${finderTop}px, ngoài màn hình đầu tiên`);
    await page.locator('app-map').scrollIntoViewIfNeeded();
    const canvas = page.locator('[data-map-canvas].leaflet-container');
    await canvas.waitFor({ timeout: 10_000 });
    const hint = page.locator('[data-map-touch]');
    problems.check(/hai ngón tay/.test((await hint.textContent()) ?? '') && (await hint.isVisible()), 'không có dòng nói cách dùng hai ngón tay');
    const touchAction = () => canvas.evaluate((el) => getComputedStyle(el).touchAction);
    const before = await touchAction();
    problems.check(before === 'pan-x pan-y', `trước khi chạm, touch-action của bản đồ là "${before}": một ngón vuốt sẽ không cuộn trang`);
    const box = (await canvas.boundingBox())!;
    await canvas.tap({ position: { x: box.width / 2, y: box.height / 2 } });
    await page.waitForFunction(() => document.querySelector('[data-map-canvas]')?.classList.contains('leaflet-touch-drag'), null, { timeout: 5_000 }).catch(() => undefined);
    const after = await touchAction();
    problems.check(after === 'none', `sau khi chạm, touch-action của bản đồ là "${after}": chưa kéo được bằng một ngón`);
    problems.check(/Đã bật kéo bản đồ bằng một ngón tay/.test((await hint.textContent()) ?? ''), `sau khi chạm, dòng hướng dẫn là "${await hint.textContent()}"`);
    await page.locator('h1').tap();
    const again = await touchAction();
    problems.check(again === 'pan-x pan-y', `chạm ra ngoài mà touch-action vẫn là "${again}"`);
    for (const v of await axeViolations(page)) problems.add(v);
    problems.throwIfAny();
  }),
);

for (const viewport of VIEWPORT_NAMES) {
  test(`tìm điểm bán gần phường, xã: danh sách lựa chọn @ ${VIEWPORTS[viewport].width}px qua axe, không cuộn ngang`, ({ browser }) =>
    withPage(browser, '/diem-ban/?xa=Ph%C6%B0%E1%BB%9Dng%207', { context: { viewport: VIEWPORTS[viewport] } }, async (page) => {
      await waitForStatus(page, /nơi ứng với “Phường 7”/);
      const problems = new Problems();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      problems.check(width <= VIEWPORTS[viewport].width, `cuộn ngang: scrollWidth = ${width}`);
      for (const v of await axeViolations(page)) problems.add(v);
      problems.throwIfAny();
    }),
  );
}
