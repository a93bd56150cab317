/**
 * The saved copy for slow and absent networks (issue #19, src/lib/offline.ts): with the service
 * worker allowed, a visitor opens pages; then the server stops (the network is gone: the worker's
 * fetches fail as they do offline) and the pages, the province list of a point opened, its map data
 * and the fairs list still load, saying they are a saved copy and from when; a page never opened
 * shows the offline page with the list of saved pages. The clock moved past a certificate's expiry
 * while offline: the saved page shows it expired. A new build (another server on the same origin,
 * with a changed page and its own sw.js) replaces the saved copy; the privacy note deletes it.
 *
 * Each test serves its own copy of the build with nginx on a port of its own (the origin must
 * outlive the server for the saved copy to be used).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { buildDigest, shellFiles, workerSource } from '../../src/integrations/offline.ts';
import { CACHE_PREFIX, withPageContent } from '../../src/lib/offline.ts';
import { localDate } from '../../src/lib/dates.ts';
import { assert, axeViolations, DIST, newContext, test, VIEWPORTS } from './env.ts';

test.describe.configure({ mode: 'serial' });

/** A point page whose province list exists, with what it asks to be saved with it. */
function pointWithProvince(root: string): { point: string; province: string; mapData: string } {
  for (const slug of readdirSync(path.join(root, 'diem-ban')).sort()) {
    if (slug === 'tinh' || slug === 'trang' || slug.endsWith('.html')) continue;
    const html = readFileSync(path.join(root, 'diem-ban', slug, 'index.html'), 'utf8');
    const [province, mapData] = withPageContent(html)?.split(' ') ?? [];
    if (province && mapData && readdirSync(path.join(root, province)).includes('index.html')) return { point: `/diem-ban/${slug}/`, province, mapData };
  }
  throw new Error('Không có trang điểm bán nào kèm danh sách tỉnh');
}

/** A product page whose certificate is valid at build time, and the day it stops being valid. */
function validProduct(root: string): { path: string; until: string } {
  for (const slug of readdirSync(path.join(root, 'san-pham')).sort()) {
    let html;
    try {
      html = readFileSync(path.join(root, 'san-pham', slug, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    const m = /<span class="app-cert" data-status="valid" data-cert-until="(\d{4}-\d{2}-\d{2})"/.exec(html);
    if (m && !html.includes('data-cert-revoked="')) return { path: `/san-pham/${slug}/`, until: m[1]! };
  }
  throw new Error('Không có sản phẩm nào có chứng nhận còn hiệu lực');
}

/** A copy of the build in a folder of its own (nginx serves it; the "new build" test changes it). */
function copyOfBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hangviet-offline-'));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

/** The names of the site's caches in the browser. */
const cacheNames = (page: Page) => page.evaluate((prefix) => caches.keys().then((k) => k.filter((n) => n.startsWith(prefix))), CACHE_PREFIX);

/** Whether the site's caches hold `p` (a path, with its query for data). */
const isSaved = (page: Page, p: string) => page.evaluate((u) => caches.match(u).then((r) => r !== undefined), p);

/** Wait until the worker controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

/** Poll `check` in the page until it holds (an async page function: waitForFunction does not await it). */
async function until(page: Page, what: string, check: () => Promise<boolean>, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Hết ${timeout / 1000} giây mà chưa: ${what}`);
    await page.waitForTimeout(200);
  }
}

/** Wait until `paths` are all saved. */
async function saved(page: Page, paths: string[]): Promise<void> {
  await until(page, `lưu ${paths.join(', ')}`, () =>
    page.evaluate((ps) => Promise.all(ps.map((p) => caches.match(p))).then((rs) => rs.every((r) => r !== undefined)), paths),
  );
}

/** Open `p` with the network gone; the page's main heading and notice. */
async function openOffline(page: Page, p: string): Promise<{ h1: string; notice: string; savedAt: string | null }> {
  await page.goto(p, { waitUntil: 'load' });
  return {
    h1: (await page.locator('h1').first().innerText()).trim(),
    notice: (await page.locator('.app-saved').innerText().catch(() => '')).trim(),
    savedAt: await page.locator('meta[name="hangviet-saved"]').getAttribute('content').catch(() => null),
  };
}

let server: RunningNginx | undefined;
let folders: string[] = [];
let context: BrowserContext | undefined;

test.afterEach(async () => {
  await context?.close();
  context = undefined;
  await server?.close();
  server = undefined;
  for (const f of folders) rmSync(f, { recursive: true, force: true });
  folders = [];
});

test('không có mạng: trang đã mở, danh sách điểm bán của tỉnh và dữ liệu bản đồ, danh sách hội chợ vẫn mở được và nói là bản đã lưu; trang chưa mở hiện trang ngoại tuyến; đồng hồ qua ngày hết hạn thì chứng nhận hiện đã hết hạn; xóa bản lưu', async ({ browser }) => {
  const root = copyOfBuild();
  folders.push(root);
  server = await startNginx(root);
  const port = server.port;
  const { point, province, mapData } = pointWithProvince(root);
  const product = validProduct(root);
  context = await newContext(browser, { serviceWorkers: 'allow', viewport: VIEWPORTS.mobile, baseURL: server.url });
  const page = await context.newPage();

  await page.goto('/', { waitUntil: 'load' });
  await controlled(page);
  // The home page was open while the worker installed: it is saved once the worker takes over.
  await saved(page, ['/', '/hoi-cho/', '/ngoai-tuyen/']);
  await page.goto(point, { waitUntil: 'load' });
  const pointH1 = (await page.locator('h1').innerText()).trim();
  await saved(page, [point, province, mapData]);
  await page.goto(product.path, { waitUntil: 'load' });
  await saved(page, [product.path]);
  assert((await page.locator('.app-cert').first().getAttribute('data-status')) === 'valid', `${product.path}: chứng nhận không còn hiệu lực lúc mở`);
  // The editor is never saved, even when fetched through the worker.
  await page.evaluate(() => fetch('/admin/').then((r) => r.text()));
  assert(!(await isSaved(page, '/admin/')), 'Trang soạn tin /admin/ đã bị lưu');

  await server.close();
  server = undefined;

  const again = await openOffline(page, point);
  assert(again.h1 === pointH1, `Offline, ${point} hiện “${again.h1}” thay vì “${pointH1}”`);
  assert(/^Bản đã lưu lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\./.test(again.notice), `Offline, ${point} không nói là bản đã lưu: “${again.notice}”`);
  assert(again.savedAt !== null && Math.abs(Date.parse(again.savedAt) - Date.now()) < 5 * 60_000, `Thời điểm lưu không đúng: ${again.savedAt}`);

  const list = await openOffline(page, province);
  assert(list.notice.startsWith('Bản đã lưu lúc'), `Offline, danh sách tỉnh ${province} (chưa mở lần nào) không có: “${list.h1}” / “${list.notice}”`);
  const points = await page.evaluate((u) => fetch(u).then((r) => r.json() as Promise<{ points: unknown[] }>).then((j) => j.points.length), mapData);
  assert(points > 0, `Offline, dữ liệu bản đồ ${mapData} không có điểm nào`);
  // The province's map draws its markers from the saved data (tiles never load here).
  await page.locator('app-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('app-map .leaflet-marker-icon, app-map .leaflet-marker-pane > *', { timeout: 20_000 });

  const fairs = await openOffline(page, '/hoi-cho/');
  assert(fairs.notice.startsWith('Bản đã lưu lúc'), 'Offline, danh sách hội chợ không có');

  const never = await openOffline(page, '/tin-tuc/');
  assert(never.h1 === 'Xem trang khi không có mạng', `Offline, một trang chưa lưu hiện “${never.h1}” thay vì trang ngoại tuyến`);
  await page.waitForFunction((p) => [...document.querySelectorAll('saved-copy li a')].some((a) => a.getAttribute('href') === p), point);
  assert((await axeViolations(page)).length === 0, `axe trên trang ngoại tuyến: ${(await axeViolations(page)).join('\n')}`);

  // A year after the certificate stops being valid, still offline: the saved page says it expired.
  const later = new Date(`${product.until}T12:00:00+07:00`);
  later.setUTCFullYear(later.getUTCFullYear() + 1);
  await page.clock.install({ time: later });
  await openOffline(page, product.path);
  const status = await page.locator('.app-cert').first().getAttribute('data-status');
  assert(status === 'expired', `Offline, đồng hồ ${localDate(later)}: ${product.path} vẫn hiện trạng thái “${status}” thay vì hết hạn`);
  assert((await page.locator('.app-cert').first().innerText()).includes('hết hạn'), 'Offline: trạng thái hết hạn không hiện bằng chữ');

  // Back online, the privacy note lists the saved copy and deletes it.
  server = await startNginx(root, { port });
  await page.clock.resume().catch(() => undefined);
  const fresh = await context.newPage();
  await fresh.goto('/quyen-rieng-tu/#xoa-ban-luu', { waitUntil: 'load' });
  await fresh.waitForFunction(() => document.querySelectorAll('saved-copy li').length > 0);
  await fresh.getByRole('button', { name: 'Xóa bản đã lưu' }).click();
  await fresh.waitForFunction(() => document.querySelector('[data-saved-status]')?.textContent?.startsWith('Đã xóa bản lưu'));
  assert((await cacheNames(fresh)).length === 0, `Còn bản lưu sau khi xóa: ${(await cacheNames(fresh)).join(', ')}`);
  assert((await fresh.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))) === 0, 'Service worker vẫn còn đăng ký sau khi xóa');
});

test('bản dựng mới thay bản đã lưu, kể cả trang chưa mở lại', async ({ browser }) => {
  const first = copyOfBuild();
  const second = copyOfBuild();
  folders.push(first, second);
  const { point } = pointWithProvince(first);
  const product = validProduct(first);
  // The new build: the product page changed, and so its own sw.js (as the build writes it).
  const productFile = path.join(second, product.path, 'index.html');
  const html = readFileSync(productFile, 'utf8');
  const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!;
  writeFileSync(productFile, html.replace(`>${h1}</h1>`, `>${h1} – bản dựng mới</h1>`));
  const files = readdirSync(second, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(second, path.join(e.parentPath, e.name)));
  const { digest } = buildDigest(second, files);
  writeFileSync(path.join(second, 'sw.js'), await workerSource(digest, shellFiles(files)));

  server = await startNginx(first);
  const port = server.port;
  context = await newContext(browser, { serviceWorkers: 'allow', viewport: VIEWPORTS.mobile, baseURL: server.url });
  const page = await context.newPage();
  await page.goto(product.path, { waitUntil: 'load' });
  await controlled(page);
  await saved(page, [product.path]);
  const [oldCache] = await cacheNames(page);
  await server.close();

  // The new build is deployed; the visitor opens another page (the browser checks for a new worker).
  server = await startNginx(second, { port });
  await page.goto(point, { waitUntil: 'load' });
  await until(
    page,
    'bản dựng mới thay bản lưu cũ',
    async () => {
      const names = await cacheNames(page);
      return names.length === 1 && names[0] !== oldCache;
    },
    30_000,
  );
  await server.close();
  server = undefined;

  const offline = await openOffline(page, product.path);
  assert(offline.h1 === `${h1} – bản dựng mới`, `Offline sau bản dựng mới, ${product.path} hiện “${offline.h1}”, bản cũ`);
  assert(offline.notice.startsWith('Bản đã lưu lúc'), 'Offline sau bản dựng mới: trang không nói là bản đã lưu');
  const names = await cacheNames(page);
  assert(names.length === 1 && names[0] !== oldCache, `Bản lưu của bản dựng cũ còn lại: ${names.join(', ')}`);
});
