/**
 * The map (<app-map>): works with the tile server blocked (markers and clusters drawn, a notice
 * says the background failed, no console errors or CSP violations); a name that looks like HTML
 * stays text in its popup; Leaflet loads only on pages with a map and only when the map nears the
 * viewport; a province page's map shows exactly that province's points; the point finder's
 * `point-filter` event and /ban-do/'s own checkboxes filter the markers; keyboard use (entering a
 * cluster puts focus on what it split into); markers, clusters and kind boxes named by their words,
 * not their pin's glyph; markers clear of one another (target size); axe with the map loaded and a
 * popup open; a fair page's one-marker map shows its venue at street level without any data file
 * or clustering code, by keyboard too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fairNotOver } from '../../src/lib/fairs.ts';
import type { MapFair } from '../../src/lib/map-points.ts';
import { isOpenAt, type WeeklySchedule } from '../../src/lib/open-now.ts';
import { POINT_KIND_LABELS } from '../../src/lib/points.ts';
import { assert, axeViolations, DIST, distText, newContext, onPage, Problems, siteUrl, targetSizeProblems, test, VIEWPORT_NAMES, VIEWPORTS, watchPage, type PageWatch } from './env.ts';

interface PointsFile {
  points: { id: string; name: string; kind: string; hours: WeeklySchedule | null }[];
}
interface FairsFile {
  fairs: MapFair[];
}

const XSS_ID = 'diem-ban-thu-nghiem-xss';

function readJson<T>(url: string): T {
  return JSON.parse(distText(url)) as T;
}

/** Scroll the map into view and wait until it has drawn (or failed). */
async function mapReady(page: Page): Promise<void> {
  await page.locator('app-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('app-map[data-state="ready"], app-map[data-state="failed"]', { timeout: 15_000 });
  const state = await page.getAttribute('app-map', 'data-state');
  assert(state === 'ready', `bản đồ không tải được (data-state="${state}"): ${await page.textContent('[data-map-status]')}`);
}

/** `onPage` for a page with a map: `body` runs once the map is drawn. */
const onMapPage = (page: Page, url: string, body: (page: Page, watch: PageWatch) => Promise<void>) =>
  onPage(page, url, async (page, watch) => {
    await mapReady(page);
    await body(page, watch);
  });

/** What the map shows: markers for single points and clusters, with the number each stands for. */
async function markers(page: Page): Promise<{ total: number; singles: string[]; clusters: number[] }> {
  return page.evaluate(() => {
    const singles: string[] = [];
    const clusters: number[] = [];
    for (const m of document.querySelectorAll('app-map .leaflet-marker-icon')) {
      const pin = m.querySelector('.app-map__pin');
      if (pin?.classList.contains('app-map__pin--cluster')) clusters.push(Number((pin.getAttribute('data-glyph') ?? '').replace(/\D/g, '')));
      else singles.push((m.textContent ?? '').trim());
    }
    return { total: singles.length + clusters.reduce((a, b) => a + b, 0), singles, clusters };
  });
}

/** Wait until the markers stand for `expected` items (the map re-renders after moves and filters). */
async function expectTotal(page: Page, expected: number, what: string): Promise<void> {
  const ok = await page
    .waitForFunction(
      (n: number) => {
        let total = 0;
        for (const m of document.querySelectorAll('app-map .leaflet-marker-icon')) {
          const pin = m.querySelector('.app-map__pin');
          total += pin?.classList.contains('app-map__pin--cluster') ? Number((pin.getAttribute('data-glyph') ?? '').replace(/\D/g, '')) : 1;
        }
        return total === n;
      },
      expected,
      { timeout: 5_000 },
    )
    .then(() => true)
    .catch(() => false);
  if (!ok) {
    const seen = await markers(page);
    throw new Error(`${what}: bản đồ hiện ${seen.total} điểm (${seen.singles.length} điểm lẻ, cụm ${JSON.stringify(seen.clusters)}), cần ${expected}`);
  }
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).slice());
}

/** The page's stylesheet and script URLs that carry Leaflet (recognised by content, whatever the chunk is called). */
function leafletAssets(urls: string[]): string[] {
  return urls.filter((u) => {
    const { pathname } = new URL(u);
    if (!/\.(?:js|css)$/.test(pathname)) return false;
    try {
      return /leaflet-pane|leaflet-container/.test(readFileSync(path.join(DIST, pathname), 'utf8'));
    } catch {
      return false;
    }
  });
}

// What the built data files hold, read when the tests are listed (test names and counts come from them).
const points = readJson<PointsFile>('du-lieu/ban-do/diem-ban.json').points;
// A market day's `end` is its first session's end; the fair rules know when its last one ends.
const now = new Date();
const fairs = readJson<FairsFile>('du-lieu/ban-do/hoi-cho.json').fairs.filter((f) => fairNotOver(f, now));
const provinces = readdirSync(path.join(DIST, 'du-lieu/ban-do/tinh'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ slug: f.replace(/\.json$/, ''), count: readJson<PointsFile>(`du-lieu/ban-do/tinh/${f}`).points.length }));
const xssProvince = provinces.find(({ slug }) => readJson<PointsFile>(`du-lieu/ban-do/tinh/${slug}.json`).points.some((p) => p.id === XSS_ID));
// The first fair page (by slug) with a one-marker map.
const fairPage = readdirSync(path.join(DIST, 'hoi-cho'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()
  .map((slug) => `/hoi-cho/${slug}/`)
  .find((url) => {
    try {
      return distText(`${url}index.html`).includes('data-marker-label=');
    } catch {
      return false;
    }
  });

/** The tile (x, y) that holds a place at zoom `z`, in the usual Web Mercator scheme of `{z}/{x}/{y}` tile URLs. */
function tileOf(lat: number, lng: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return { x: Math.floor(((lng + 180) / 360) * n), y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n) };
}

for (const viewport of VIEWPORT_NAMES) {
  test.describe(() => {
    test.use({ viewport: VIEWPORTS[viewport] });
    test(`bản đồ: /ban-do/ vẽ điểm và cụm khi nền bản đồ bị chặn, báo lỗi nền, không lỗi console @ ${VIEWPORTS[viewport].width}px`, async ({ page }) => {
      const problems = new Problems();
      await onMapPage(page, '/ban-do/', async (page, watch) => {
        await expectTotal(page, points.length + fairs.length, '/ban-do/');
        const notice = page.locator('[data-map-tiles]');
        await notice.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
        problems.check(await notice.isVisible(), 'không thấy thông báo "Không tải được nền bản đồ" khi máy chủ ô bản đồ bị chặn');
        problems.check(/Không tải được nền bản đồ/.test((await notice.textContent()) ?? ''), `thông báo nền bản đồ: "${await notice.textContent()}"`);
        const status = (await page.textContent('app-map [role="status"][data-map-status]')) ?? '';
        problems.check(status.includes(`${points.length} điểm bán`) && status.includes(`${fairs.length} hội chợ`), `dòng trạng thái không nói số điểm: "${status}"`);
        const label = await page.getAttribute('[data-map-canvas]', 'aria-label');
        problems.check(Boolean(label?.trim()), 'vùng bản đồ không có tên (aria-label)');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        problems.check(width <= VIEWPORTS[viewport].width, `cuộn ngang: scrollWidth = ${width}`);
        const height = await page.locator('[data-map-canvas]').evaluate((el) => el.getBoundingClientRect().height);
        problems.check(height >= 200 && height <= VIEWPORTS[viewport].height * 0.8, `chiều cao bản đồ ${height}px không hợp lý ở ${VIEWPORTS[viewport].width}px`);
        // Markers and clusters do not cover one another: each is a target of its own (WCAG 2.5.8).
        for (const p of await targetSizeProblems(page)) problems.add(p);
        for (const v of await cspViolations(page)) problems.add(`CSP violation: ${v}`);
        for (const e of watch.errors) problems.add(e);
      });
      problems.throwIfAny();
    });
  });
}

test('bản đồ: tên điểm dạng HTML hiện là chữ trong cửa sổ thông tin, mở bằng bàn phím', async ({ page }) => {
  assert(xssProvince, `không có tệp tỉnh nào chứa điểm ${XSS_ID}`);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await onMapPage(page, `/diem-ban/tinh/${xssProvince.slug}/`, async (page, watch) => {
    const shown = await page.evaluate((id: string) => (document.querySelector('app-map') as HTMLElement & { showPoint(id: string): boolean }).showPoint(id), XSS_ID);
    assert(shown, `showPoint("${XSS_ID}") trả về false`);
    await page.waitForSelector('.leaflet-popup', { timeout: 5_000 });
    // Escape closes the popup and gives focus back to the marker; Enter opens it again with focus on its link.
    await page.keyboard.press('Escape');
    await page.waitForSelector('.leaflet-popup', { state: 'detached', timeout: 5_000 });
    const focused = await page.evaluate(() => (document.activeElement?.closest('.leaflet-marker-icon')?.textContent ?? '').trim());
    assert(focused.includes('Điểm bán thử nghiệm'), `sau Escape tiêu điểm không ở điểm vừa mở (đang ở: "${focused}")`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.leaflet-popup', { timeout: 5_000 });
    const popup = await page.evaluate(() => {
      const box = document.querySelector('.leaflet-popup-content')!;
      return {
        text: box.textContent ?? '',
        images: box.querySelectorAll('img, script').length,
        link: box.querySelector('a')?.getAttribute('href'),
        focus: document.activeElement?.closest('.leaflet-popup') ? document.activeElement.tagName : null,
        strayImages: document.querySelectorAll('img[src="x"]').length,
        close: document.querySelector('.leaflet-popup-close-button')?.getAttribute('aria-label'),
      };
    });
    const problems = new Problems();
    problems.check(popup.text.includes('<img src=x onerror=alert(1)> Điểm bán thử nghiệm'), `cửa sổ thông tin không hiện tên dưới dạng chữ: "${popup.text.slice(0, 200)}"`);
    problems.check(popup.text.includes("<script>alert('đường')</script>"), `địa chỉ không hiện dưới dạng chữ: "${popup.text.slice(0, 300)}"`);
    problems.check(popup.images === 0 && popup.strayImages === 0, 'dữ liệu bị chèn thành phần tử HTML (<img>/<script>)');
    problems.check(popup.link === `/diem-ban/${XSS_ID}/`, `liên kết trong cửa sổ thông tin: ${popup.link}`);
    problems.check(popup.focus === 'A', 'mở bằng Enter nhưng tiêu điểm không chuyển vào liên kết trong cửa sổ thông tin');
    problems.check(popup.close === 'Đóng', `nút đóng có nhãn "${popup.close}", cần "Đóng"`);
    problems.check(dialogs.length === 0, `hộp thoại đã bật lên: ${dialogs.join('; ')}`);
    for (const v of await cspViolations(page)) problems.add(`CSP violation: ${v}`);
    for (const e of watch.errors) problems.add(e);
    problems.throwIfAny();
  });
});

test('bản đồ: cụm là nút nhận tiêu điểm; Enter hoặc bấm chuột vào cụm thì phóng to', async ({ page }) => {
  await onMapPage(page, '/ban-do/', async (page, watch) => {
    const texts = () => page.evaluate(() => [...document.querySelectorAll('app-map .leaflet-marker-icon')].map((m) => (m.textContent ?? '').trim()).join('|'));
    const changed = (before: string) =>
      page
        .waitForFunction((b: string) => [...document.querySelectorAll('app-map .leaflet-marker-icon')].map((m) => (m.textContent ?? '').trim()).join('|') !== b, before, { timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
    const before = await markers(page);
    assert(before.clusters.length > 0, 'trang /ban-do/ không có cụm nào lúc đầu');
    const cluster = page.locator('app-map .leaflet-marker-icon:has(.app-map__pin--cluster)').first();
    await cluster.focus();
    assert(await cluster.evaluate((el) => el === document.activeElement && el.getAttribute('role') === 'button'), 'cụm không nhận tiêu điểm bàn phím như một nút');
    let snapshot = await texts();
    await page.keyboard.press('Enter');
    assert(await changed(snapshot), 'Enter trên một cụm không phóng to bản đồ');
    assert(await page.evaluate(() => Boolean(document.activeElement?.closest('app-map'))), 'sau khi phóng to bằng bàn phím, tiêu điểm rời khỏi bản đồ');
    const next = page.locator('app-map .leaflet-marker-icon:has(.app-map__pin--cluster)').first();
    if (await next.count()) {
      snapshot = await texts();
      await next.click();
      assert(await changed(snapshot), 'bấm chuột vào một cụm không phóng to bản đồ');
    }
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  });
});

test('bản đồ: vào một cụm bằng bàn phím thì tiêu điểm tới điểm hoặc cụm đầu tiên của nó', async ({ page }) => {
  await onMapPage(page, '/ban-do/', async (page, watch) => {
    const cluster = page.locator('app-map .leaflet-marker-icon:has(.app-map__pin--cluster)').first();
    assert(await cluster.count(), 'trang /ban-do/ không có cụm nào lúc đầu');
    const count = Number((await cluster.locator('.app-map__pin').getAttribute('data-glyph'))?.replace(/\D/g, ''));
    await cluster.focus();
    // The marker entered, told apart from what replaces it (focus stays on it until the map has moved).
    await cluster.evaluate((el) => el.setAttribute('data-entered', ''));
    await page.keyboard.press('Enter');
    // The cluster's marker is replaced by what it splits into; focus must not fall back to the page or the whole map.
    const landed = await page
      .waitForFunction(() => {
        const active = document.activeElement;
        return active?.matches('app-map .leaflet-marker-icon:not([data-entered])') && active.isConnected ? true : null;
      }, null, { timeout: 5_000 })
      .then(() => true, () => false);
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      const canvas = document.querySelector('app-map [data-map-canvas]')!.getBoundingClientRect();
      const box = active?.getBoundingClientRect();
      return {
        what: active ? `<${active.tagName.toLowerCase()} class="${active.className}">${(active.textContent ?? '').trim().slice(0, 60)}` : 'none',
        inView: Boolean(box && box.left >= canvas.left && box.right <= canvas.right && box.top >= canvas.top && box.bottom <= canvas.bottom),
        pin: active?.querySelector('.app-map__pin')?.getAttribute('data-glyph') ?? null,
        cluster: Boolean(active?.querySelector('.app-map__pin--cluster')),
      };
    });
    assert(landed, `sau Enter trên cụm ${count} điểm, tiêu điểm ở ${where.what}, không ở một điểm hay cụm trên bản đồ`);
    assert(where.inView, `điểm nhận tiêu điểm (${where.what}) nằm ngoài khung bản đồ`);
    // What focus lands on stands for some of the cluster's points: a point, or a smaller cluster.
    assert(!where.cluster || Number(where.pin?.replace(/\D/g, '')) < count, `tiêu điểm ở cụm ${where.pin} điểm, không nhỏ hơn cụm ${count} điểm vừa mở`);
    // And the keyboard carries on from there, to the next marker or control of the map.
    await page.keyboard.press('Tab');
    assert(await page.evaluate(() => Boolean(document.activeElement?.closest('app-map'))), 'Tab sau khi vào cụm rời khỏi bản đồ');
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  });
});

test('bản đồ: tên của điểm, cụm và ô chọn loại bắt đầu bằng chữ, không bằng ký hiệu trên ghim', async ({ page }) => {
  const names = [...points.map((p) => p.name), ...fairs.map((f) => f.title)];
  const kindLabels = [...Object.values(POINT_KIND_LABELS), 'Hội chợ'];
  await onMapPage(page, '/ban-do/', async (page) => {
    const problems = new Problems();
    // What Chromium gives assistive technology, and the elements' own text: a reader that ignores
    // aria-hidden inside a label or button reads that ("TĐiểm bán…", "8Cụm 8 điểm…").
    const snapshot = await page.locator('app-map [data-map-canvas]').ariaSnapshot();
    const buttons = [...snapshot.matchAll(/button "((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string).filter((n) => n !== 'Phóng to' && n !== 'Thu nhỏ');
    const texts = await page.evaluate(() => [...document.querySelectorAll('app-map .leaflet-marker-icon')].map((m) => (m.textContent ?? '').replace(/\s+/g, ' ').trim()));
    problems.check(buttons.length > 0 && texts.length > 0, 'bản đồ không có điểm hay cụm nào');
    const named = (name: string) => /^Cụm \d[\d.]* điểm/.test(name) || names.some((n) => name.startsWith(n));
    for (const name of buttons) problems.check(named(name), `tên trợ năng "${name}" không bắt đầu bằng "Cụm …" hay tên một điểm, hội chợ`);
    for (const text of texts) problems.check(named(text), `chữ của điểm đánh dấu "${text}" không bắt đầu bằng "Cụm …" hay tên một điểm, hội chợ`);
    for (const label of kindLabels) {
      const box = page.getByRole('checkbox', { name: label, exact: true });
      problems.check((await box.count()) === 1, `không có đúng một ô chọn tên "${label}"`);
      if (await box.count()) {
        const text = await box.evaluate((el) => (el.closest('label')?.textContent ?? '').replace(/\s+/g, ' ').trim());
        problems.check(text === label, `chữ của nhãn ô chọn là "${text}", cần đúng "${label}"`);
      }
    }
    problems.throwIfAny();
  });
});

test('bản đồ: trang không có bản đồ (/san-pham/) không tải Leaflet', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(siteUrl('/san-pham/'), { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(300);
  assert((await page.locator('app-map').count()) === 0, '/san-pham/ có <app-map>');
  const leaflet = leafletAssets(requested);
  assert(leaflet.length === 0, `/san-pham/ tải mã hoặc CSS của Leaflet: ${leaflet.join(', ')}`);
  assert(!requested.some((u) => u.includes('/du-lieu/ban-do/')), '/san-pham/ tải dữ liệu bản đồ');
});

test('bản đồ: Leaflet và dữ liệu chỉ tải khi bản đồ tới gần khung nhìn; bộ lọc gửi trước đó vẫn được áp dụng', async ({ browser }) => {
  // A short window, so the map starts well below the fold (more than the 200 px margin).
  const viewport = { width: 360, height: 120 };
  const context = await newContext(browser, { viewport });
  try {
    const page = await context.newPage();
    const watch = watchPage(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(siteUrl('/diem-ban/'), { waitUntil: 'networkidle' });
    const top = await page.locator('app-map').evaluate((el) => el.getBoundingClientRect().top);
    assert(top > viewport.height + 200, `điều kiện kiểm thử: bản đồ bắt đầu ở ${top}px, cần dưới ${viewport.height + 200}px`);
    assert((await page.getAttribute('app-map', 'data-state')) === 'waiting', `trước khi cuộn, bản đồ ở trạng thái "${await page.getAttribute('app-map', 'data-state')}", cần "waiting"`);
    assert(leafletAssets(requested).length === 0, `Leaflet đã tải trước khi cuộn tới bản đồ: ${leafletAssets(requested).join(', ')}`);
    assert(!requested.some((u) => u.includes('/du-lieu/ban-do/')), 'dữ liệu bản đồ đã tải trước khi cuộn tới bản đồ');
    // A filter sent before the map exists (the point finder may send its state early) applies once it loads.
    const kind = points[0]!.kind;
    await page.evaluate((k) => document.dispatchEvent(new CustomEvent('point-filter', { bubbles: true, detail: { kinds: [k], openNow: false } })), kind);
    await mapReady(page);
    await expectTotal(page, points.filter((p) => p.kind === kind).length, `point-filter gửi trước khi bản đồ tải (kinds: ["${kind}"])`);
    const leaflet = leafletAssets(requested);
    assert(leaflet.some((u) => u.endsWith('.js')) && leaflet.some((u) => u.endsWith('.css')), `sau khi cuộn tới, không thấy mã và CSS của Leaflet được tải (đã tải: ${requested.filter((u) => /\.(js|css)$/.test(u)).join(', ')})`);
    watch.stop();
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  } finally {
    await context.close();
  }
});

test('bản đồ: CSS của Leaflet không nằm trong CSS của trang', () => {
  const html = readFileSync(path.join(DIST, 'ban-do/index.html'), 'utf8');
  const links = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => siteUrl(m[1]!));
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].some((m) => /leaflet-pane/.test(m[1]!));
  const leaflet = leafletAssets(links);
  assert(!inline && leaflet.length === 0, `/ban-do/ nạp CSS của Leaflet ngay khi tải trang: ${leaflet.join(', ') || '<style>'}`);
});

for (const { slug, count } of provinces.slice(0, 6)) {
  test(`bản đồ: /diem-ban/tinh/${slug}/ hiện đúng ${count} điểm của tỉnh`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await onMapPage(page, `/diem-ban/tinh/${slug}/`, async (page, watch) => {
      await expectTotal(page, count, `/diem-ban/tinh/${slug}/`);
      const data = requested.filter((u) => u.startsWith('/du-lieu/'));
      assert(data.length === 1 && data[0] === `/du-lieu/ban-do/tinh/${slug}.json`, `trang tỉnh tải dữ liệu: ${data.join(', ')}, cần đúng tệp của tỉnh`);
      assert(watch.errors.length === 0, watch.errors.join('\n'));
    });
  });
}

test('bản đồ: sự kiện point-filter (loại, đang mở cửa) lọc các điểm trên /diem-ban/', async ({ browser }) => {
  // Monday 30 November 2026, 10:00 in Vietnam: most points are open, a few are not.
  const at = new Date('2026-11-30T10:00:00+07:00');
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(at);
    const watch = watchPage(page);
    await page.goto(siteUrl('/diem-ban/'), { waitUntil: 'load' });
    await mapReady(page);
    await expectTotal(page, points.length, 'không lọc');
    const send = (detail: { kinds: string[] | null; openNow: boolean }) =>
      page.evaluate((d) => document.dispatchEvent(new CustomEvent('point-filter', { bubbles: true, detail: d })), detail);
    const kinds = [...new Set(points.map((p) => p.kind))].sort();
    for (const kind of kinds) {
      await send({ kinds: [kind], openNow: false });
      await expectTotal(page, points.filter((p) => p.kind === kind).length, `kinds: ["${kind}"]`);
    }
    await send({ kinds: [], openNow: false });
    await expectTotal(page, 0, 'kinds: []');
    const status = (await page.textContent('[data-map-status]')) ?? '';
    assert(/Không có điểm nào/.test(status), `khi không điểm nào khớp, dòng trạng thái là "${status}"`);
    const open = points.filter((p) => p.hours !== null && isOpenAt(p.hours, at));
    assert(open.length > 0 && open.length < points.length, `điều kiện kiểm thử: ${open.length}/${points.length} điểm mở cửa lúc ${at.toISOString()}`);
    await send({ kinds: null, openNow: true });
    await expectTotal(page, open.length, `openNow lúc ${at.toISOString()}`);
    assert(/đã lọc/.test((await page.textContent('[data-map-status]')) ?? ''), 'dòng trạng thái không nói bản đồ đang lọc');
    await send({ kinds: null, openNow: false });
    await expectTotal(page, points.length, 'bỏ lọc');
    watch.stop();
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  } finally {
    await context.close();
  }
});

test('bản đồ: ô chọn loại trên /ban-do/ ẩn, hiện điểm bán và hội chợ', async ({ page }) => {
  await onMapPage(page, '/ban-do/', async (page, watch) => {
    await expectTotal(page, points.length + fairs.length, 'tất cả');
    await page.locator('[data-map-kinds] input[value="hoi-cho"]').uncheck();
    await expectTotal(page, points.length, 'bỏ chọn "Hội chợ"');
    const kind = points[0]!.kind;
    await page.locator(`[data-map-kinds] input[value="${kind}"]`).uncheck();
    await expectTotal(page, points.filter((p) => p.kind !== kind).length, `bỏ chọn thêm "${kind}"`);
    await page.locator('[data-map-kinds] input[value="hoi-cho"]').check();
    await page.locator(`[data-map-kinds] input[value="${kind}"]`).check();
    await expectTotal(page, points.length + fairs.length, 'chọn lại tất cả');
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  });
});

const axePages = ['/ban-do/', '/diem-ban/', ...(xssProvince ? [`/diem-ban/tinh/${xssProvince.slug}/`] : [])];
for (const viewport of VIEWPORT_NAMES) {
  test.describe(() => {
    test.use({ viewport: VIEWPORTS[viewport] });
    for (const url of axePages) {
      test(`bản đồ: axe với bản đồ đã tải và một cửa sổ thông tin mở, ${url} @ ${VIEWPORTS[viewport].width}px`, async ({ page }) => {
        await onMapPage(page, url, async (page, watch) => {
          const first = await page.evaluate(async () => {
            const file = document.querySelector('app-map')!.getAttribute('data-points')!;
            const data = (await (await fetch(file)).json()) as { points: { id: string }[] };
            return data.points[0]?.id;
          });
          if (first) {
            await page.evaluate((id: string) => (document.querySelector('app-map') as HTMLElement & { showPoint(id: string): boolean }).showPoint(id), first);
            await page.waitForSelector('.leaflet-popup', { timeout: 5_000 });
            // The popup fades in (Leaflet's 0.2 s opacity transition) and axe measures contrast on
            // what is painted: on a busy machine 300 ms was not always enough.
            await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1', null, { timeout: 5_000 });
          }
          await page.waitForTimeout(300);
          const problems = await axeViolations(page);
          problems.push(...(await cspViolations(page)).map((v) => `CSP violation: ${v}`), ...watch.errors);
          if (problems.length) throw new Error(problems.map((p) => `- ${p}`).join('\n'));
        });
      });
    }
  });
}

test.describe(() => {
  test.use({ viewport: VIEWPORTS.mobile });
  test(`bản đồ một điểm: trang hội chợ hiện đúng một điểm ở địa điểm tổ chức, không tải tệp dữ liệu, báo lỗi nền, dùng được bằng bàn phím, axe @ ${VIEWPORTS.mobile.width}px`, async ({ page }) => {
    assert(fairPage, 'không có trang hội chợ nào có bản đồ một điểm (data-marker-label)');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const problems = new Problems();
    await onMapPage(page, fairPage, async (page, watch) => {
      const place = await page.evaluate(() => {
        const map = document.querySelector<HTMLElement>('app-map')!;
        return { lat: Number(map.dataset.markerLat), lng: Number(map.dataset.markerLng), label: map.dataset.markerLabel ?? '' };
      });
      const icons = page.locator('app-map .leaflet-marker-icon');
      problems.check((await icons.count()) === 1, `bản đồ có ${await icons.count()} điểm đánh dấu, cần đúng 1`);
      const marker = icons.first();
      if (await marker.count()) {
        const seen = await marker.evaluate((el) => ({
          glyph: el.querySelector('.app-map__pin--fair')?.getAttribute('data-glyph') ?? null,
          text: (el.textContent ?? '').trim(),
          title: el.getAttribute('title'),
          role: el.getAttribute('role'),
        }));
        problems.check(seen.glyph === 'H', `điểm đánh dấu không phải ghim hội chợ "H" (thấy: ${seen.glyph})`);
        problems.check(seen.text.includes(place.label) && seen.title === place.label, `tên điểm đánh dấu "${seen.text}", chú thích "${seen.title}", cần "${place.label}"`);
        problems.check(seen.role === 'button', `điểm đánh dấu có role="${seen.role}", cần "button" (dùng được bằng bàn phím)`);
        // Keyboard: the marker takes focus, Enter shows the place's name, Escape hides it and focus stays.
        await marker.focus();
        await page.keyboard.press('Enter');
        const opened = await page.waitForSelector('app-map .leaflet-popup', { timeout: 5_000 }).then(() => true, () => false);
        problems.check(opened && ((await page.textContent('app-map .leaflet-popup-content')) ?? '').includes(place.label), 'Enter trên điểm đánh dấu không hiện tên địa điểm');
        // axe with the popup painted (it fades in), as for the other maps.
        if (opened) {
          await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1', null, { timeout: 5_000 });
          for (const v of await axeViolations(page)) problems.add(v);
        }
        await page.keyboard.press('Escape');
        const closed = await page.waitForSelector('app-map .leaflet-popup', { state: 'detached', timeout: 5_000 }).then(() => true, () => false);
        problems.check(closed, 'Escape không đóng cửa sổ thông tin');
        problems.check(await marker.evaluate((el) => el === document.activeElement), 'sau Escape tiêu điểm không ở điểm đánh dấu');
      }
      // Street level, on the place: the tiles the map asked for (all blocked) are at zoom 15 or more, one of them holding the place.
      const tiles = requested.map((u) => /\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(new URL(u).pathname)).filter((m) => m !== null).map((m) => ({ z: Number(m[1]), x: Number(m[2]), y: Number(m[3]) }));
      const z = tiles[0]?.z ?? 0;
      const home = tileOf(place.lat, place.lng, z);
      problems.check(z >= 15 && tiles.some((t) => t.z === z && t.x === home.x && t.y === home.y), `bản đồ không mở ở mức đường phố quanh địa điểm (ô nền đã yêu cầu: ${tiles.slice(0, 4).map((t) => `${t.z}/${t.x}/${t.y}`).join(', ') || 'không có'})`);
      const notice = page.locator('[data-map-tiles]');
      await notice.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
      problems.check(/Không tải được nền bản đồ/.test((await notice.textContent()) ?? '') && (await notice.isVisible()), 'không thấy thông báo "Không tải được nền bản đồ" khi máy chủ ô bản đồ bị chặn');
      const status = (await page.textContent('[data-map-status]')) ?? '';
      problems.check(status.includes(place.label), `dòng trạng thái không nói bản đồ hiện gì: "${status}"`);
      problems.check((await page.locator('app-map .app-map__keys, app-map [data-map-kinds]').count()) === 0, 'bản đồ một điểm có chú giải các loại điểm hoặc bộ lọc');
      const data = requested.filter((u) => new URL(u).pathname.startsWith('/du-lieu/ban-do/'));
      problems.check(data.length === 0, `bản đồ một điểm tải dữ liệu bản đồ: ${data.join(', ')}`);
      const clusterCode = requested.filter((u) => /\.js$/.test(new URL(u).pathname) && /getClusterExpansionZoom/.test(distText(new URL(u).pathname.slice(1))));
      problems.check(clusterCode.length === 0, `bản đồ một điểm tải mã gom cụm: ${clusterCode.join(', ')}`);
      const height = await page.locator('[data-map-canvas]').evaluate((el) => el.getBoundingClientRect().height);
      problems.check(height >= 200 && height <= 300, `chiều cao bản đồ một điểm ${height}px, cần 200–300px`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      problems.check(width <= VIEWPORTS.mobile.width, `cuộn ngang: scrollWidth = ${width}`);
      for (const v of await cspViolations(page)) problems.add(`CSP violation: ${v}`);
      for (const e of watch.errors) problems.add(e);
    });
    problems.throwIfAny();
  });
});
