/**
 * The barcode check (/kiem-tra-ma-vach/): a sample product's number typed finds the product, with
 * its certificate's state computed by the browser's clock, producer, where to buy and the poster
 * link; a number the directory does not hold says so and offers the search and “Phản ánh”; a
 * mistyped number is refused in Vietnamese; the number itself never leaves the page (only the
 * lookup file of its first seven digits is fetched, and no decoder before the camera starts); at
 * 360 px with the camera refused the page says so and typing still works; axe finds nothing with a
 * result shown; without JavaScript the form leads to the prefix table and sends no number. The
 * camera itself: barcode-camera.e2e.ts.
 */
import type { BrowserContextOptions } from '@playwright/test';
import { lookupBucket } from '../../src/lib/gtin.ts';
import { certificateSentence, statusUntil } from '../../src/lib/ocop.ts';
import { cspViolations, HONEY, lookupRow, MISS_NO_FILE, MISS_SAME_FILE, openChecker, result, typeNumber, unexpected, WINE } from './barcode-helpers.ts';
import { assert, axeViolations, newContext, test, VIEWPORTS, watchPage } from './env.ts';

test('gõ mã của một sản phẩm mẫu: hiện sản phẩm, chủ thể, tình trạng OCOP tính theo đồng hồ của trình duyệt, nơi bán, áp phích; mã không rời trang', async ({ page }) => {
  // A clock years after the build: the certificate's state must be the browser's, not the build's.
  const now = new Date('2031-06-01T10:00:00+07:00');
  await page.clock.setFixedTime(now);
  const watch = watchPage(page);
  const requested: string[] = [];
  await openChecker(page, requested);
  await typeNumber(page, '893 6045 120019');
  const hit = result(page).locator(`[data-barcode-hit]`);
  await hit.waitFor({ timeout: 10_000 });

  const row = lookupRow(HONEY)!;
  assert(row.id === 'mat-ong-hoa-ca-phe-hoa-da', `tệp tra cứu: ${row.id}`);
  const text = (await result(page).innerText()).normalize('NFC');
  assert(text.includes(`Mã ${HONEY}`), `kết quả không ghi mã: ${text}`);
  assert(/GS1 Việt Nam\. Đó không phải bằng chứng hàng được sản xuất tại Việt Nam/.test(text), `giải thích tiền tố 893 sai: ${text}`);
  assert(text.includes('nhãn hàng hóa'), 'không nói xuất xứ là điều nhãn hàng hóa ghi');
  assert((await hit.getByRole('link', { name: row.name }).getAttribute('href')) === row.href, 'liên kết tới trang sản phẩm sai');
  assert((await hit.getByRole('link', { name: row.business.name }).getAttribute('href')) === row.business.href, 'thiếu chủ thể');
  for (const p of row.points) assert((await hit.getByRole('link', { name: p.name }).getAttribute('href')) === p.href, `thiếu nơi bán ${p.name}`);
  assert((await hit.getByRole('link', { name: 'Áp phích xác minh của sản phẩm' }).getAttribute('href')) === row.poster, 'thiếu liên kết áp phích');

  const expected = statusUntil(row.ocop!.until, row.ocop!.revoked, now);
  assert(expected === 'expired', `chứng nhận mẫu hết hạn 15/01/2027, ngày 01/06/2031 phải "expired", tính ra ${expected}`);
  assert((await hit.locator('.app-cert').getAttribute('data-status')) === expected, 'data-status của chứng nhận không theo đồng hồ trình duyệt');
  assert((await hit.locator('.app-stars').getAttribute('data-status')) === expected, 'data-status của số sao không theo đồng hồ trình duyệt');
  const sentence = certificateSentence(expected, row.ocop!.until, row.ocop!.revoked, now);
  assert(text.includes(`${sentence.label}${sentence.rest}`), `câu tình trạng khác "${sentence.label}${sentence.rest}": ${text}`);

  // Only the file of the first seven digits was fetched; the number itself was in no request.
  const lookups = requested.filter((u) => u.includes('/kiem-tra-ma-vach/ma/'));
  assert(lookups.length === 1 && lookups[0]!.endsWith(`/kiem-tra-ma-vach/ma/${lookupBucket(HONEY)}.json`), `tệp tra cứu đã tải: ${lookups.join(', ')}`);
  const leaked = requested.filter((u) => u.includes(HONEY) || u.includes(HONEY.slice(7)));
  assert(leaked.length === 0, `mã xuất hiện trong yêu cầu gửi đi: ${leaked.join(', ')}`);
  // Without the camera, nothing of the decoder loads.
  const decoder = requested.filter((u) => /zxing|\.wasm|camera/.test(u));
  assert(decoder.length === 0, `bộ đọc mã vạch đã tải dù chưa bật camera: ${decoder.join(', ')}`);

  const problems = [...unexpected(watch.errors), ...(await cspViolations(page)).map((v) => `CSP: ${v}`), ...(await axeViolations(page))];
  watch.stop();
  assert(problems.length === 0, problems.join('\n'));
});

test('chứng nhận đã thu hồi hiện “đã thu hồi” (?ma= trong địa chỉ cũng kiểm tra ngay)', async ({ page }) => {
  const requested: string[] = [];
  await openChecker(page, requested, `?ma=${WINE}`);
  const hit = result(page).locator('[data-barcode-hit="ruou-gao-go-sat"]');
  await hit.waitFor({ timeout: 10_000 });
  assert((await hit.locator('.app-cert').getAttribute('data-status')) === 'revoked', 'chứng nhận bị thu hồi không hiện là revoked');
});

test('mã không có trong danh mục: nói rõ, đưa tới tìm kiếm và Phản ánh; mã gõ sai bị từ chối bằng tiếng Việt', async ({ page }) => {
  const watch = watchPage(page);
  const requested: string[] = [];
  await openChecker(page, requested);
  for (const miss of [MISS_SAME_FILE, MISS_NO_FILE]) {
    await typeNumber(page, miss);
    const note = result(page).locator('[data-barcode-miss]');
    await note.waitFor({ timeout: 10_000 });
    const text = (await result(page).innerText()).normalize('NFC');
    assert(text.includes(`Mã ${miss}`), `kết quả không ghi mã ${miss}`);
    assert(text.includes('Không có sản phẩm nào mang mã này trong danh mục'), `không nói rõ là không có: ${text}`);
    assert((await result(page).getByRole('link', { name: `Tìm “${miss}” trên toàn trang` }).getAttribute('href')) === `/tim-kiem/?q=${miss}`, 'thiếu liên kết tìm kiếm');
    assert((await result(page).getByRole('link', { name: 'Phản ánh' }).getAttribute('href')) === '/phan-anh/', 'thiếu liên kết Phản ánh');
    assert((await result(page).locator('[data-barcode-hit]').count()) === 0, 'hiện một sản phẩm cho mã không có');
  }
  assert((await result(page).locator('[data-barcode-prefix]').getAttribute('data-barcode-prefix')) === 'member', 'tiền tố 400 phải là của một tổ chức thành viên GS1');
  assert(/GS1 Đức/.test(await result(page).innerText()), 'tiền tố 400 phải nói GS1 Đức');

  // One digit off: the check digit says so, and the box is marked invalid with the message.
  await typeNumber(page, '8936045120018');
  const error = page.locator('[data-barcode-error]');
  await error.waitFor({ state: 'visible', timeout: 10_000 });
  const message = (await error.innerText()).normalize('NFC');
  assert(message.includes('phải là 9, không phải 8'), `thông báo số kiểm tra: ${message}`);
  const box = page.getByLabel('Dãy số dưới mã vạch (thường 13 chữ số, hoặc 8)');
  assert((await box.getAttribute('aria-invalid')) === 'true', 'ô nhập không được đánh dấu aria-invalid');
  assert((await result(page).innerText()).trim() === '', 'vẫn còn kết quả của mã trước');
  await typeNumber(page, '12345');
  await page.waitForFunction(() => /có 5 chữ số/.test(document.querySelector('[data-barcode-error]')?.textContent ?? ''), undefined, { timeout: 5_000 });
  await typeNumber(page, '893604512001x');
  await page.waitForFunction(() => /chỉ gồm chữ số/.test(document.querySelector('[data-barcode-error]')?.textContent ?? ''), undefined, { timeout: 5_000 });

  const problems = [...unexpected(watch.errors), ...(await cspViolations(page)).map((v) => `CSP: ${v}`), ...(await axeViolations(page))];
  watch.stop();
  assert(problems.length === 0, problems.join('\n'));
});

test('360 px, camera không được phép: trang nói rõ bằng tiếng Việt, gõ số vẫn tìm được, không cuộn ngang, axe sạch', async ({ browser }) => {
  // No permission granted: Chromium refuses the camera (or has none), as when a visitor says no.
  const options: BrowserContextOptions = { viewport: VIEWPORTS.mobile, permissions: [] };
  const context = await newContext(browser, options);
  try {
    const page = await context.newPage();
    const watch = watchPage(page);
    const requested: string[] = [];
    await openChecker(page, requested);
    await page.getByRole('button', { name: 'Bật camera để quét' }).click();
    const status = page.locator('[data-camera-status]');
    await page.waitForFunction(() => /gõ dãy số/.test(document.querySelector('[data-camera-status]')?.textContent ?? ''), undefined, { timeout: 10_000 });
    const said = (await status.innerText()).normalize('NFC');
    assert(/chưa được phép dùng camera|Không tìm thấy camera|không cho trang dùng camera/.test(said), `thông báo camera: ${said}`);
    assert(await page.getByRole('button', { name: 'Bật camera để quét' }).isVisible(), 'nút bật camera phải còn để thử lại');
    await typeNumber(page, HONEY);
    await result(page).locator('[data-barcode-hit]').waitFor({ timeout: 10_000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= VIEWPORTS.mobile.width, `cuộn ngang ở 360 px: scrollWidth = ${width}`);
    const problems = [...unexpected(watch.errors), ...(await cspViolations(page)).map((v) => `CSP: ${v}`), ...(await axeViolations(page))];
    watch.stop();
    assert(problems.length === 0, problems.join('\n'));
  } finally {
    await context.close();
  }
});

test('không có JavaScript: nút “Kiểm tra” mở bảng tiền tố và cách tự kiểm tra số cuối, không gửi mã đi', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const requested: string[] = [];
    await openChecker(page, requested);
    assert(await page.locator('[data-camera]').isHidden(), 'phần camera hiện ra dù không có JavaScript');
    await typeNumber(page, HONEY);
    await page.waitForURL(/\/kiem-tra-ma-vach\/tien-to\//, { timeout: 10_000 });
    assert(!page.url().includes(HONEY) && !requested.some((u) => u.includes(HONEY)), `mã bị gửi đi: ${page.url()}`);
    assert((await page.locator('h1').innerText()).normalize('NFC') === 'Ba chữ số đầu của mã vạch nói gì', 'không tới trang giải thích tiền tố');
    const row = page.locator('tr', { has: page.locator('td', { hasText: /^893$/ }) });
    assert(((await row.innerText()) ?? '').includes('GS1 Việt Nam'), 'bảng không có dòng 893 – GS1 Việt Nam');
  } finally {
    await context.close();
  }
});
