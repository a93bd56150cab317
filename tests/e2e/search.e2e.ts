/**
 * Search: on /tim-kiem/, typing "hang viet" (no diacritics, as people type on a phone) shows at
 * least one result from Pagefind, without console errors or CSP violations.
 */
import { assert } from '../../scripts/lib/runner.ts';
import { settle, watchPage, type Suite } from './env.ts';

const QUERY = 'hang viet';

const suite: Suite = async (env) => [
  {
    name: `tìm kiếm: "${QUERY}" trên /tim-kiem/ cho ít nhất một kết quả`,
    timeoutMs: 45_000,
    run: async () => {
      const page = await env.contexts.desktop.newPage();
      const watch = watchPage(page);
      try {
        await page.goto(new URL('/tim-kiem/', env.baseUrl).href, { waitUntil: 'load' });
        await settle(page);
        const box = page.locator('main input[type="search"], main [role="searchbox"], main input[name="q"]').first();
        assert((await box.count()) > 0, 'không có ô tìm kiếm (input[type=search], [role=searchbox] hay input[name=q]) trong <main> của /tim-kiem/');
        // Results are recognised by what a user sees: links in <main> that were not there before.
        const linksInMain = () => page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
        const before = new Set(await linksInMain());
        await box.click();
        await box.pressSequentially(QUERY, { delay: 30 });
        const appeared = async (timeout: number) =>
          page
            .waitForFunction(
              (known: string[]) => [...document.querySelectorAll('main a[href]')].some((a) => !known.includes((a as HTMLAnchorElement).href)),
              [...before],
              { timeout },
            )
            .then(() => true)
            .catch(() => false);
        // Live search shows results as one types; a plain form needs Enter (and may reload the page).
        let found = await appeared(2_000);
        if (!found) {
          await box.press('Enter');
          await page.waitForLoadState('load');
          await settle(page);
          found = await appeared(8_000);
        }
        const after = (await linksInMain()).filter((href) => !before.has(href));
        assert(found && after.length > 0, `gõ "${QUERY}" vào ô tìm kiếm không hiện kết quả nào (không có liên kết mới trong <main> sau 10 s)`);
        const csp = await page.evaluate(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).slice());
        assert(csp.length === 0, `CSP violations khi tìm kiếm:\n${csp.join('\n')}`);
        assert(watch.errors.length === 0, `lỗi khi tìm kiếm:\n${watch.errors.join('\n')}`);
      } finally {
        watch.stop();
        await page.close();
      }
    },
  },
];

export default suite;
