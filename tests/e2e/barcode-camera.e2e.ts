/**
 * The barcode page's camera path end to end: Chromium's fake camera plays an EAN-13 of a sample
 * product's number, drawn by bwip-js; the page, with the camera allowed, reads it with its own
 * decoder (Chromium here has no BarcodeDetector, so zxing-wasm, whose WebAssembly the site serves
 * from /_astro/ under the page's CSP), stops the camera and shows the product. A file of its own:
 * the fake camera is a flag of the browser, so this file's worker launches its own.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';
import { barcodeY4m } from '../unit/barcode-image.ts';
import { cspViolations, HONEY, openChecker, result, unexpected } from './barcode-helpers.ts';
import { assert, test, watchPage } from './env.ts';

// The camera: Chromium's fake camera plays an EAN-13 of the honey's number, drawn by bwip-js. The
// file is written in the worker before its browser starts (the browser is launched for the first
// test that asks for a page) and removed after; the runner, which only lists the tests, writes none.
const video = path.join(tmpdir(), `hangviet-ma-vach-${HONEY}-${process.pid}.y4m`);
test.beforeAll(async () => writeFileSync(video, await barcodeY4m(HONEY)));
test.afterAll(() => rmSync(video, { force: true }));

test.use({
  launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`] },
  permissions: ['camera'],
});

test('quét mã vạch bằng camera: trang đọc ra mã, tắt camera và hiện sản phẩm; bộ đọc tải từ chính trang', async ({ page }) => {
  const watch = watchPage(page);
  const requested: string[] = [];
  await openChecker(page, requested);
  await page.getByRole('button', { name: 'Bật camera để quét' }).click();
  const hit = result(page).locator('[data-barcode-hit="mat-ong-hoa-ca-phe-hoa-da"]');
  await hit.waitFor({ timeout: 30_000 });
  const said = (await page.locator('[data-camera-status]').innerText()).normalize('NFC');
  assert(said.includes(`Đã đọc được mã ${HONEY}`), `dòng trạng thái camera: ${said}`);
  assert((await page.getByLabel('Dãy số dưới mã vạch (thường 13 chữ số, hoặc 8)').inputValue()) === HONEY, 'ô nhập không nhận mã đã quét');
  // Chromium here has no BarcodeDetector: the page used zxing-wasm, from /_astro/.
  const wasm = requested.filter((u) => u.endsWith('.wasm'));
  assert(wasm.length === 1 && new URL(wasm[0]!).pathname.startsWith('/_astro/'), `tệp WebAssembly: ${wasm.join(', ') || 'không có'}`);
  assert((await page.locator('video').count()) === 0, 'khung camera vẫn còn sau khi đã đọc được mã');
  const problems = [...unexpected(watch.errors), ...(await cspViolations(page)).map((v) => `CSP: ${v}`)];
  watch.stop();
  assert(problems.length === 0, problems.join('\n'));
});
