/**
 * Verification posters in the browser: a section of the record page, hidden (its QR code not even
 * downloaded) until “In áp phích xác minh” opens it at `#ap-phich`; the QR code as Chromium draws
 * it on a phone's screen reads back as the record's address; printed, the page gives the poster
 * alone on one sheet of the size chosen (A4 by default, A6 with the radio button, no script) with
 * a QR code large enough to scan from arm's length; the print date and the certificate's status
 * are the browser's, not the build's. (axe, CSP and the rest of the page checks run over one
 * opened poster of each kind in routes.e2e.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { formatDate, localDate } from '../../src/lib/dates.ts';
import { assert, DIST, newContext, Problems, siteUrl, test, VIEWPORTS, watchPage } from './env.ts';

/** Every poster of the build, by section: the record pages holding one, with the poster opened. */
function posters(section: string): string[] {
  const dir = path.join(DIST, section);
  return readdirSync(dir)
    .filter((id) => existsSync(path.join(dir, id, 'index.html')) && readFileSync(path.join(dir, id, 'index.html'), 'utf8').includes('<section id="ap-phich"'))
    .sort()
    .map((id) => `/${section}/${id}/#ap-phich`);
}
/** The built HTML of the page a poster is on. */
const htmlOf = (poster: string) => readFileSync(path.join(DIST, poster.replace(/#ap-phich$/, ''), 'index.html'), 'utf8');
const ALL = ['san-pham', 'doanh-nghiep', 'diem-ban'].flatMap(posters);

/** The words a poster prints, as they stand in its HTML. */
const printed = (poster: string) =>
  (/<article class="app-poster"[\s\S]*?<\/article>/.exec(htmlOf(poster))?.[0] ?? '').replace(/<[^>]+>/g, '');

/** The poster of each kind with the most words (the hardest to fit on a sheet), and the closed points'. */
const FULLEST = [
  ...['san-pham', 'doanh-nghiep', 'diem-ban'].map((s) => posters(s).reduce((a, b) => (printed(b).length > printed(a).length ? b : a))),
  ...posters('diem-ban').filter((p) => printed(p).includes('đã ngừng hoạt động')),
];

/** The canonical address of the record a poster stands for. */
const canonical = (poster: string) => /<link rel="canonical" href="([^"]+)"/.exec(htmlOf(poster))?.[1];

/** Sheets in points (1/72 in), as Chromium writes them into a PDF's MediaBox. */
const A4 = [595, 842];
const A6 = [298, 420];

/** Page count and size of a PDF Chromium made. */
function pdfPages(pdf: Buffer): { count: number; sizes: number[][] } {
  const text = pdf.toString('latin1');
  const count = Number(/\/Type\s*\/Pages\b[^>]*?\/Count (\d+)|\/Count (\d+)[^>]*?\/Type\s*\/Pages\b/.exec(text)?.slice(1).find(Boolean) ?? NaN);
  const sizes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  return { count, sizes };
}

test('áp phích: ẩn và không tải mã QR cho tới khi bấm “In áp phích xác minh”; in trang khi chưa mở thì không in áp phích', async ({ browser }) => {
  const context = await newContext(browser, { viewport: VIEWPORTS.mobile });
  const problems = new Problems();
  try {
    const page = await context.newPage();
    for (const poster of ['san-pham', 'doanh-nghiep', 'diem-ban'].map((s) => posters(s)[0]!)) {
      const record = poster.replace(/#ap-phich$/, '');
      const qrRequests: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/ma-qr.svg')) qrRequests.push(r.url());
      });
      await page.goto(siteUrl(record), { waitUntil: 'networkidle' });
      const section = page.locator('#ap-phich');
      problems.check(!(await section.isVisible()), `${record}: áp phích hiện ra khi chưa mở`);
      await page.mouse.wheel(0, 20_000);
      await page.waitForTimeout(200);
      problems.check(qrRequests.length === 0, `${record}: tải mã QR khi chưa mở áp phích (${qrRequests.join(', ')})`);
      await page.emulateMedia({ media: 'print' });
      problems.check(!(await section.isVisible()), `${record}: in trang (chưa mở áp phích) lại in cả áp phích`);
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('link', { name: 'In áp phích xác minh' }).click();
      await section.waitFor({ state: 'visible' });
      problems.check(new URL(page.url()).hash === '#ap-phich', `${record}: địa chỉ sau khi bấm là ${page.url()}`);
      await page.locator('.app-poster__qr img').evaluate((el: HTMLImageElement) => el.decode());
      problems.check(qrRequests.length === 1, `${record}: mã QR tải ${qrRequests.length} lần sau khi mở áp phích, cần 1`);
      await page.emulateMedia({ media: 'print' });
      const visibleOutside = await page.evaluate(() =>
        [...document.querySelectorAll('main .app-container > :not(#ap-phich), header, footer')].filter((el) => (el as HTMLElement).offsetParent !== null).length,
      );
      problems.check(visibleOutside === 0, `${record}: khi in áp phích, còn ${visibleOutside} phần khác của trang được in`);
      await page.emulateMedia({ media: 'screen' });
      page.removeAllListeners('request');
    }
  } finally {
    await context.close();
  }
  problems.throwIfAny();
});

test('áp phích: mã QR hiển thị trên điện thoại (360 px) đọc ra đúng địa chỉ trang', async ({ browser }) => {
  const context = await newContext(browser, { viewport: VIEWPORTS.mobile, deviceScaleFactor: 2 });
  const problems = new Problems();
  try {
    const page = await context.newPage();
    for (const poster of ['san-pham', 'doanh-nghiep', 'diem-ban'].map((s) => posters(s)[0]!)) {
      await page.goto(siteUrl(poster), { waitUntil: 'load' });
      const img = page.locator('.app-poster__qr img');
      await img.evaluate((el: HTMLImageElement) => el.decode());
      const shot = await img.screenshot();
      const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const read = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
      problems.check(read === canonical(poster), `${poster}: mã QR đọc ra ${read ?? '(không đọc được)'}, cần ${canonical(poster)}`);
    }
  } finally {
    await context.close();
  }
  problems.throwIfAny();
});

test('áp phích dài nhất mỗi loại: in ra đúng một tờ A4, hoặc A6 khi chọn khổ A6; mã QR rộng ít nhất 3 cm', async ({ page }) => {
  const problems = new Problems();
  const qrWidthMm = () => page.locator('.app-poster__qr img').evaluate((img) => (img.getBoundingClientRect().width * 25.4) / 96);
  for (const poster of new Set(FULLEST)) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(siteUrl(poster), { waitUntil: 'load' });
    for (const [size, sheet, minQr] of [['A4', A4, 70], ['A6', A6, 30]] as const) {
      if (size === 'A6') {
        await page.emulateMedia({ media: 'screen' });
        await page.getByRole('radio', { name: /^A6/ }).check();
      }
      await page.emulateMedia({ media: 'print' });
      const { count, sizes } = pdfPages(await page.pdf({ preferCSSPageSize: true }));
      problems.check(count === 1, `${poster} khổ ${size}: in ra ${count} tờ, cần 1`);
      problems.check(sizes.every(([w, h]) => Math.abs(w! - sheet[0]!) <= 1 && Math.abs(h! - sheet[1]!) <= 1), `${poster} khổ ${size}: trang in ${JSON.stringify(sizes)} pt, cần ${sheet.join(' × ')}`);
      const qr = await qrWidthMm();
      problems.check(qr >= minQr, `${poster} khổ ${size}: mã QR rộng ${qr.toFixed(1)} mm khi in, cần ít nhất ${minQr} mm`);
    }
  }
  problems.throwIfAny();
});

test('áp phích: ngày in và tình trạng chứng nhận do trình duyệt tính, sao bị gạch khi chứng nhận hết hạn', async ({ browser }) => {
  // A product whose certificate was still valid when the site was built.
  const poster = posters('san-pham').find((p) => /OCOP \d sao<\/span>[^<]*<span class="app-cert" data-status="(?:valid|expiring)" data-cert-until="[^"]+"(?! data-cert-revoked)/.test(htmlOf(p)));
  assert(poster, 'không có áp phích sản phẩm nào mang chứng nhận còn hiệu lực lúc dựng');
  const until = /data-cert-until="([^"]+)"/.exec(htmlOf(poster))![1]!;
  const later = new Date(Date.parse(`${until}T12:00:00+07:00`) + 86_400_000);
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(later);
    const watch = watchPage(page);
    await page.goto(siteUrl(poster), { waitUntil: 'load' });
    const problems = new Problems();
    const badge = (await page.locator('.app-poster [data-status-label]').textContent())?.trim();
    problems.check(badge === 'Đã hết hạn', `${poster} mở lúc ${later.toISOString()}: trạng thái "${badge}", cần "Đã hết hạn"`);
    const status = await page.locator('.app-poster [data-cert-until]').first().getAttribute('data-status');
    problems.check(status === 'expired', `${poster}: data-status="${status}", cần "expired"`);
    const struck = await page.locator('.app-poster__stars').evaluate((el) => getComputedStyle(el).textDecorationLine);
    problems.check(struck.includes('line-through'), `${poster}: số sao không bị gạch khi chứng nhận đã hết hạn (${struck})`);
    const printed = (await page.locator('[data-print-date]').innerText()).trim();
    const expected = `Ngày in: ${formatDate(localDate(later))}`;
    problems.check(printed === expected, `${poster}: "${printed}", cần "${expected}"`);
    for (const e of watch.errors) problems.add(e);
    watch.stop();
    problems.throwIfAny();
  } finally {
    await context.close();
  }
});

test('áp phích không có JavaScript: ghi ngày tạo trang, nói rõ không phải ngày in', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(siteUrl(ALL[0]!), { waitUntil: 'load' });
    const line = (await page.locator('[data-print-date]').innerText()).trim();
    assert(/^Trang tạo ngày \d{2}\/\d{2}\/\d{4} \(không phải ngày in\)$/.test(line), `${ALL[0]}: "${line}"`);
  } finally {
    await context.close();
  }
});
