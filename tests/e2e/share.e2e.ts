/**
 * Share links in the browser, on a news post and a fair: “Sao chép liên kết” puts the page's
 * canonical address on the clipboard and says “Đã sao chép liên kết” in a live region; where the
 * clipboard refuses, it says so and leaves the address selected; without JavaScript there is no
 * button, and the address stands in a read-only field. Targets are large enough to touch.
 * (axe, CSP and the rest of the page checks run over one post and one fair in routes.e2e.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { assert, DIST, newContext, onPage, Problems, test, VIEWPORTS } from './env.ts';

/** The first detail page of a section (its list and pagination aside). */
function firstPage(section: string): string {
  const id = readdirSync(path.join(DIST, section))
    .filter((d) => d !== 'trang' && existsSync(path.join(DIST, section, d, 'index.html')))
    .sort()[0];
  assert(id, `không có trang nào trong /${section}/`);
  return `/${section}/${id}/`;
}
const PAGES = [firstPage('tin-tuc'), firstPage('hoi-cho')];
const canonical = (url: string) => /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(path.join(DIST, url, 'index.html'), 'utf8'))?.[1];

const COPIED = 'Đã sao chép liên kết';

/** Height and width of an element, in CSS pixels. */
async function size(page: Page, selector: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(selector).first().boundingBox();
  return { width: box?.width ?? 0, height: box?.height ?? 0 };
}

for (const url of PAGES) {
  test(`chia sẻ ${url}: “Sao chép liên kết” chép địa chỉ của trang và báo “${COPIED}”`, async ({ browser }) => {
    const context = await newContext(browser, { viewport: VIEWPORTS.mobile });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems = new Problems();
    try {
      await onPage(await context.newPage(), url, async (page, watch) => {
        const expected = canonical(url);
        assert(expected, `${url} không có liên kết canonical`);
        const button = page.getByRole('button', { name: 'Sao chép liên kết' });
        await button.waitFor({ state: 'visible' });
        const status = page.locator('app-copy-link [role="status"]');
        problems.check((await status.getAttribute('aria-live')) === 'polite', 'vùng thông báo không có aria-live="polite"');
        problems.check((await status.textContent())?.trim() === '', 'vùng thông báo đã có chữ trước khi bấm nút');
        await button.click();
        await page.waitForFunction((text) => document.querySelector('app-copy-link [role="status"]')?.textContent === text, COPIED, { timeout: 5_000 }).catch(() => undefined);
        problems.check((await status.textContent()) === COPIED, `sau khi bấm nút, vùng thông báo là “${await status.textContent()}”, cần “${COPIED}”`);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        problems.check(copied === expected, `bộ nhớ tạm chứa “${copied}”, cần ${expected}`);
        // Touch targets of at least 24 × 24 CSS px (WCAG 2.2, 2.5.8).
        for (const selector of ['app-copy-link button', '.app-share__links a', '#lien-ket-trang']) {
          const s = await size(page, selector);
          problems.check(s.width >= 24 && s.height >= 24, `${selector}: ${s.width} × ${s.height} px, cần ít nhất 24 × 24`);
        }
        const facebook = page.getByRole('link', { name: 'Chia sẻ lên Facebook (mở trong thẻ mới)' });
        problems.check(new URL((await facebook.getAttribute('href')) ?? 'about:blank').searchParams.get('u') === expected, 'liên kết Facebook không mang địa chỉ của trang');
        for (const e of watch.errors) problems.add(e);
      });
    } finally {
      await context.close();
    }
    problems.throwIfAny();
  });
}

test('chia sẻ: khi trình duyệt không cho chép, trang nói vậy và để sẵn địa chỉ được chọn', async ({ browser }) => {
  const context = await newContext(browser);
  // The clipboard refuses, as it does in a page without the permission.
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) } });
  });
  try {
    await onPage(await context.newPage(), PAGES[0]!, async (page) => {
      await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
      const status = page.locator('app-copy-link [role="status"]');
      await page.waitForFunction(() => document.querySelector('app-copy-link [role="status"]')?.textContent !== '', undefined, { timeout: 5_000 });
      const text = (await status.textContent()) ?? '';
      assert(text.startsWith('Không sao chép được'), `vùng thông báo: “${text}”`);
      const selected = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#lien-ket-trang')!;
        return document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length;
      });
      assert(selected, 'ô địa chỉ không được chọn sẵn sau khi chép thất bại');
    });
  } finally {
    await context.close();
  }
});

test('chia sẻ không có JavaScript: không có nút chép, địa chỉ nằm trong ô chỉ đọc có nhãn', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  try {
    await onPage(await context.newPage(), PAGES[1]!, async (page) => {
      assert((await page.getByRole('button', { name: 'Sao chép liên kết' }).count()) === 0, 'nút “Sao chép liên kết” hiện ra khi không có JavaScript');
      const field = page.getByLabel(/^Liên kết của trang/);
      assert(await field.isVisible(), 'ô địa chỉ không hiện');
      assert((await field.inputValue()) === canonical(PAGES[1]!), `ô địa chỉ chứa “${await field.inputValue()}”`);
      assert(await field.evaluate((el) => (el as HTMLInputElement).readOnly), 'ô địa chỉ không chỉ đọc');
    });
  } finally {
    await context.close();
  }
});

test('chia sẻ: nơi trình duyệt có bảng chia sẻ của hệ thống (điện thoại), nút “Chia sẻ qua Zalo…” mở nó với địa chỉ của trang; nơi không có, nút ẩn', async ({ browser }) => {
  const url = PAGES[0]!;
  const expected = canonical(url);
  // Chromium on Linux has no share sheet: a phone's is stood in for, recording what it is given.
  const phone = await newContext(browser, { viewport: VIEWPORTS.mobile });
  await phone.addInitScript(() => {
    const shared: unknown[] = [];
    Object.defineProperty(window, '__shared', { value: shared });
    Object.defineProperty(navigator, 'share', { value: (data: unknown) => (shared.push(data), Promise.resolve()) });
  });
  const desktop = await newContext(browser);
  try {
    await onPage(await phone.newPage(), url, async (page, watch) => {
      const button = page.getByRole('button', { name: 'Chia sẻ qua Zalo hoặc ứng dụng khác' });
      await button.click();
      const shared = await page.evaluate(() => (window as unknown as { __shared: { url?: string; title?: string }[] }).__shared);
      assert(shared.length === 1 && shared[0]?.url === expected, `bảng chia sẻ nhận ${JSON.stringify(shared)}, cần địa chỉ ${expected}`);
      const box = await button.boundingBox();
      assert((box?.height ?? 0) >= 24, 'nút chia sẻ thấp hơn 24 px');
      assert(watch.errors.length === 0, watch.errors.join('\n'));
    });
    await onPage(await desktop.newPage(), url, async (page) => {
      assert(typeof (await page.evaluate(() => (navigator as Navigator & { share?: unknown }).share)) === 'undefined', 'Chromium trong kiểm thử có navigator.share: kiểm thử này cần xem lại');
      assert(!(await page.locator('[data-share]').isVisible()), 'nút chia sẻ hiện ra ở trình duyệt không có bảng chia sẻ');
    });
  } finally {
    await phone.close();
    await desktop.close();
  }
});
