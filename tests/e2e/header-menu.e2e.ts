/**
 * The header's menu ("Danh mục", a <details>) on a phone: Escape closes it from its summary or from
 * any of its links, and focus goes back to the summary; on a wide screen, where the list is always
 * shown, Escape leaves it as it is.
 */
import type { Page } from '@playwright/test';
import { assert, onPage, test, VIEWPORTS } from './env.ts';

/** Whether the menu is open, and where focus is. */
function menuState(page: Page): Promise<{ open: boolean; focus: string; linksShown: number }> {
  return page.evaluate(() => {
    const menu = document.querySelector('.app-nav details') as HTMLDetailsElement;
    const active = document.activeElement;
    return {
      open: menu.open,
      focus: active === menu.querySelector('summary') ? 'summary' : active?.closest('.app-nav') ? `link "${active.textContent}"` : `<${active?.tagName.toLowerCase()}>`,
      linksShown: [...menu.querySelectorAll('a')].filter((a) => a.checkVisibility()).length,
    };
  });
}

test.describe(() => {
  test.use({ viewport: VIEWPORTS.mobile });

  test(`menu: Escape đóng "Danh mục" và trả tiêu điểm về nút mở @ ${VIEWPORTS.mobile.width}px`, async ({ page }) => {
    await onPage(page, '/', async (page, watch) => {
      const summary = page.locator('.app-nav summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      let state = await menuState(page);
      assert(state.open && state.linksShown > 0, 'Enter trên "Danh mục" không mở danh mục');
      // From a link inside the menu.
      await page.keyboard.press('Tab');
      state = await menuState(page);
      assert(state.focus.startsWith('link'), `Tab sau khi mở danh mục không tới liên kết đầu tiên (tiêu điểm: ${state.focus})`);
      await page.keyboard.press('Escape');
      state = await menuState(page);
      assert(!state.open && state.linksShown === 0, 'Escape trong danh mục không đóng danh mục');
      assert(state.focus === 'summary', `sau Escape tiêu điểm ở ${state.focus}, không ở nút "Danh mục"`);
      // From the summary itself.
      await page.keyboard.press('Enter');
      assert((await menuState(page)).open, 'Enter lần hai không mở lại danh mục');
      await page.keyboard.press('Escape');
      state = await menuState(page);
      assert(!state.open && state.focus === 'summary', `Escape trên nút "Danh mục" không đóng danh mục (mở: ${state.open}, tiêu điểm: ${state.focus})`);
      assert(watch.errors.length === 0, watch.errors.join('\n'));
    });
  });
});

test(`menu: trên màn hình rộng, Escape không ẩn danh mục @ ${VIEWPORTS.desktop.width}px`, async ({ page }) => {
  await onPage(page, '/', async (page, watch) => {
    const before = await menuState(page);
    assert(before.linksShown > 0, 'danh mục không hiện trên màn hình rộng');
    await page.locator('.app-nav a').first().focus();
    await page.keyboard.press('Escape');
    const after = await menuState(page);
    assert(after.linksShown === before.linksShown, `sau Escape chỉ còn ${after.linksShown}/${before.linksShown} liên kết của danh mục hiện ra`);
    assert(after.focus.startsWith('link'), `Escape làm tiêu điểm rời liên kết của danh mục (tiêu điểm: ${after.focus})`);
    assert(watch.errors.length === 0, watch.errors.join('\n'));
  });
});
