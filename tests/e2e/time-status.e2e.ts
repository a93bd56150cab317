/**
 * Truthful over time: a page built today and opened later must not show an expired certificate
 * as valid, a past fair as upcoming, or a past deadline as coming. The browser's clock is moved
 * past the dates the page itself carries, and the statuses must follow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { finalEnd, type FairTiming } from '../../src/lib/fairs.ts';
import { assert, DIST, settle, siteUrl, test, watchPage } from './env.ts';

/**
 * The first built page under `section` whose HTML matches `marker`, as a URL path. The markers
 * pick pages whose build-time status is still current, so only the browser's recomputation can
 * turn it into the later status.
 */
function findPage(dist: string, section: string, marker: RegExp): string | undefined {
  const dir = path.join(dist, section);
  for (const entry of readdirSafe(dir)) {
    const file = path.join(dir, entry, 'index.html');
    try {
      if (marker.test(readFileSync(file, 'utf8'))) return `/${section}/${entry}/`;
    } catch {
      // Not a page folder.
    }
  }
  return undefined;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * One check: find a page under `section` by `marker`, read `attribute` from it, open the page with
 * the browser's clock at `later(value)` and expect its status label to match `expected`. The
 * context is a plain one (Playwright's defaults): only the clock is moved.
 */
const check = (name: string, section: string, marker: RegExp, attribute: string, later: (value: string) => Date, expected: RegExp) =>
  test(name, async ({ browser }) => {
    const url = findPage(DIST, section, marker);
    assert(url, `không có trang nào trong /${section}/ mang ${marker}`);
    const html = readFileSync(path.join(DIST, url, 'index.html'), 'utf8');
    const value = new RegExp(`${attribute}="([^"]+)"`).exec(html)?.[1];
    assert(value, `${url}: không đọc được ${attribute}`);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.clock.setFixedTime(later(value));
      const watch = watchPage(page);
      await page.goto(siteUrl(url), { waitUntil: 'load' });
      await settle(page);
      const label = (await page.locator(`[${attribute}] [data-status-label], [data-status-label][${attribute}]`).first().textContent())?.trim() ?? '';
      assert(expected.test(label), `${url} mở lúc ${later(value).toISOString()}: trạng thái là "${label}", cần khớp ${expected}`);
      watch.stop();
      assert(watch.errors.length === 0, watch.errors.join('\n'));
    } finally {
      await context.close();
    }
  });

const days = (n: number) => n * 86_400_000;
// Monday 30 November 2026, 00:00 in Vietnam, plus minutes into the week.
const weekMinute = (m: number) => new Date(Date.parse('2026-11-30T00:00:00+07:00') + m * 60_000);
const firstOpening = (hours: string) => (JSON.parse(hours.replace(/&quot;/g, '"')) as [number, number][])[0]![0];

check(
  'giờ mở cửa: mở trang vào phút đầu tiên của giờ mở cửa trong tuần → "Đang mở cửa"',
  'diem-ban',
  /data-open-hours="\[\[/,
  'data-open-hours',
  (hours) => weekMinute(firstOpening(hours)),
  /^Đang mở cửa$/,
);
check(
  'giờ mở cửa: mở trang một phút trước giờ mở cửa đầu tiên trong tuần → "Đã đóng cửa"',
  'diem-ban',
  /data-open-hours="\[\[[1-9]/,
  'data-open-hours',
  (hours) => weekMinute(firstOpening(hours) - 1),
  /^Đã đóng cửa$/,
);
check(
  'chứng nhận OCOP còn hiệu lực lúc dựng: mở trang một ngày sau ngày cuối hiệu lực → "Đã hết hạn"',
  'san-pham',
  /class="app-cert" data-status="(?:valid|expiring)" data-cert-until="[^"]+"(?! data-cert-revoked)/,
  'data-cert-until',
  (until) => new Date(Date.parse(`${until}T00:00:00+07:00`) + days(1)),
  /^Đã hết hạn$/,
);

/**
 * Years after the build, every certificate a page shows, in its status sentence and beside its
 * stars, reads as expired or revoked, and says so in `data-status`: on the product list as well as
 * on a product's page.
 */
for (const url of ['/san-pham/', '/san-pham/mat-ong-hoa-ca-phe-hoa-da/'])
  test(`chứng nhận OCOP 10 năm sau khi dựng: ${url} không còn sao nào “còn hiệu lực”`, async ({ browser }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(Date.now() + days(3653)));
      const watch = watchPage(page);
      await page.goto(siteUrl(url), { waitUntil: 'load' });
      await settle(page);
      const shown = await page.locator('[data-cert-until]').evaluateAll((els) => els.map((e) => ({ status: (e as HTMLElement).dataset.status, text: e.textContent ?? '' })));
      assert(shown.length > 0, `${url}: không có chứng nhận nào`);
      for (const { status, text } of shown) {
        assert(status === 'expired' || status === 'revoked', `${url}: data-status="${status}" cho “${text.trim()}”`);
        assert(!/còn hiệu lực|sắp hết hạn/i.test(text), `${url}: “${text.trim()}” mười năm sau vẫn như còn hiệu lực`);
      }
      assert(shown.some(({ text }) => /\d sao – đã (hết hạn|thu hồi)/.test(text)), `${url}: số sao không kèm tình trạng chứng nhận`);
      watch.stop();
      assert(watch.errors.length === 0, watch.errors.join('\n'));
    } finally {
      await context.close();
    }
  });
check(
  'hội chợ đang hoặc sắp diễn ra lúc dựng: mở trang một ngày sau phiên cuối cùng → "Đã kết thúc"',
  'hoi-cho',
  /data-fair="[^"]+" data-fair-until="[^"]+" data-status="(?:upcoming|ongoing)"/,
  'data-fair',
  (timing) => new Date(Date.parse(finalEnd(JSON.parse(timing.replace(/&quot;/g, '"')) as FairTiming)!) + days(1)),
  /^Đã kết thúc$/,
);
