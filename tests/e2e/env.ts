/**
 * What every browser test shares: Playwright's `test` with this site's browser contexts, the built
 * site under test, and the checks one page must pass (axe, CSP, console errors, skip link).
 *
 * `global-setup.ts` serves `dist/` on 127.0.0.1 and puts the address in HANGVIET_E2E_URL. Every
 * context the tests use blocks requests that leave 127.0.0.1 (so map tiles never load) and
 * records Content-Security-Policy violations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testSiteSettings } from '../../scripts/lib/test-site.ts';
import { test as base, type Browser, type BrowserContext, type BrowserContextOptions, type ConsoleMessage, type Page, type Request, type Response } from '@playwright/test';
import { AXE_TAGS, describeViolation, runAxe } from '../../scripts/lib/axe.ts';

/** The project root. */
const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The settings the test build was made with (the sample's site.yaml and tests/fixtures/site.yaml). */
export const TEST_SITE = testSiteSettings();

/** The build folder the tests read and the server serves. */
export const DIST = path.join(ROOT, 'dist');

/** The environment variable through which `global-setup.ts` hands the server's address to the tests. */
export const SERVER_URL_VAR = 'HANGVIET_E2E_URL';

/** An absolute URL on the test server for a path of the site (`/tim-kiem/`). */
export function siteUrl(pathname = '/'): string {
  const base = process.env[SERVER_URL_VAR];
  if (!base) throw new Error(`${SERVER_URL_VAR} chưa có: hãy chạy kiểm thử trình duyệt bằng "npm run test:e2e" (global-setup.ts khởi động máy chủ)`);
  return new URL(pathname, base).href;
}

/** The two viewports every page is checked at. */
export const VIEWPORTS = {
  mobile: { width: 360, height: 800 },
  desktop: { width: 1280, height: 800 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** Every viewport, in the order the tests are listed. */
export const VIEWPORT_NAMES = Object.keys(VIEWPORTS) as ViewportName[];

/** Options of every browser context: a Vietnamese visitor in Vietnam's time zone, on a desktop unless a test says otherwise. */
export const CONTEXT_OPTIONS = {
  viewport: VIEWPORTS.desktop,
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
  serviceWorkers: 'block',
} satisfies BrowserContextOptions;

/** The banner every page of the sample site carries. */
export const SAMPLE_BANNER = 'Dữ liệu minh họa';

/** axe-core rule tags the site promises to meet. */
export { AXE_TAGS };

/**
 * Records Content-Security-Policy violations in the page. Init scripts are injected through the
 * DevTools protocol, which CSP does not govern, so this runs even under the site's strict policy.
 */
export const CSP_RECORDER = `(() => {
  const seen = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (e) => {
    seen.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : '') + (e.sample ? ' sample: ' + e.sample : ''));
  });
})();`;

/** Whether a request goes to the local test server; everything else is blocked. */
export function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
    return u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * Every URL that `isLocal` refuses. A regular expression rather than a function, so Playwright
 * matches it on the browser's side and requests to 127.0.0.1 never wait for a round trip to the
 * test process.
 */
const OFF_SITE = /^(?![a-z][a-z0-9+.-]*:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/i;

/**
 * The one other host a page may ask for something: the tile server of site.yaml's `map.tileUrl`
 * (its `{s}` subdomains included). A URL of any other host fails the test that made it.
 */
const TILE_URL = (TEST_SITE as { map?: { tileUrl?: string } }).map?.tileUrl ?? '';
const TILE_ORIGIN = new RegExp(`^${TILE_URL.replace(/^([a-z]+:\/\/[^/]+).*$/i, '$1').replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{s\\?\}/g, '[a-z0-9-]+')}/`, 'i');

/** Whether `url` is a request to the configured tile server. */
export function isTileRequest(url: string): boolean {
  return TILE_URL !== '' && TILE_ORIGIN.test(url);
}

/** The off-site requests each context made (and the guard refused), in order. */
const offSite = new WeakMap<BrowserContext, string[]>();
/** The contexts guarded during the current test (one test at a time runs in a worker). */
const guarded = new Set<BrowserContext>();

/** What pages of `context` asked of other hosts so far (every one was refused). */
export function offSiteRequests(context: BrowserContext): string[] {
  return offSite.get(context) ?? [];
}

/**
 * Block every request that leaves 127.0.0.1, recording it (`offSiteRequests`), and record CSP
 * violations, in every page of `context`.
 */
export async function guard(context: BrowserContext): Promise<void> {
  const seen: string[] = [];
  offSite.set(context, seen);
  guarded.add(context);
  await context.route(OFF_SITE, (route) => {
    seen.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.addInitScript({ content: CSP_RECORDER });
}

/** Fail unless every off-site request of `context` went to the tile server. */
export function assertOnlyTileRequests(context: BrowserContext): void {
  const stray = offSiteRequests(context).filter((url) => !isTileRequest(url));
  assert(stray.length === 0, `Trang đã gửi yêu cầu tới máy chủ ngoài (chỉ được phép máy chủ bản đồ ${TILE_URL}):\n${[...new Set(stray)].join('\n')}`);
}

/**
 * A context of its own for a test that needs other options (geolocation, a clock of its own, a
 * short window), set up like the `context` fixture. The test closes it.
 */
export async function newContext(browser: Browser, extra: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, ...extra });
  await guard(context);
  return context;
}

/**
 * Playwright's `test`, whose `context` (and so `page`) blocks off-site requests and records CSP
 * violations. Viewport, locale and time zone come from the config's `use` (CONTEXT_OPTIONS) or a
 * file's `test.use`.
 */
export const test = base.extend<{ onlyTileRequests: void }>({
  context: async ({ context }, use) => {
    await guard(context);
    await use(context);
  },
  // After every test, whichever contexts it used (the fixture's or its own, `newContext`): no
  // request may have gone to any host but the tile server.
  onlyTileRequests: [
    async ({}, use) => {
      guarded.clear();
      await use();
      const contexts = [...guarded];
      guarded.clear();
      for (const context of contexts) assertOnlyTileRequests(context);
    },
    { auto: true },
  ],
});

/** Fail the current test unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Collects problems so one test can report all of them at once, then fails if there were any. */
export class Problems {
  readonly list: string[] = [];
  add(message: string): void {
    this.list.push(message);
  }
  check(condition: unknown, message: string): void {
    if (!condition) this.list.push(message);
  }
  throwIfAny(): void {
    if (this.list.length) throw new Error(this.list.map((p) => `- ${p}`).join('\n'));
  }
}

/** Problems noticed while a page was open: console errors, uncaught exceptions, failed local requests. */
export interface PageWatch {
  errors: string[];
  stop: () => void;
}

/**
 * Watch a page for console errors, uncaught exceptions, CSP reports and failed requests to the
 * local server. Requests we block on purpose (map tiles and anything else off 127.0.0.1) are
 * expected to fail and are not reported, nor are requests the page abandoned because it navigated
 * away or reloaded after they started (Chromium aborts them: `net::ERR_ABORTED`; a reload in the
 * middle of loading the favicon failed a test that way). `expectedUrl` is a URL whose 404 is
 * expected (the 404 page itself).
 */
export function watchPage(page: Page, expectedUrl?: string): PageWatch {
  const errors: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    const text = msg.text();
    const where = msg.location().url;
    if (/Content[- ]Security[- ]Policy/i.test(text)) {
      errors.push(`CSP (console): ${text}`);
      return;
    }
    if (msg.type() !== 'error') return;
    // "Failed to load resource: net::ERR_BLOCKED_BY_CLIENT" for the off-site requests we block.
    if (where && !isLocal(where)) return;
    if (expectedUrl && where === expectedUrl && /404/.test(text)) return;
    errors.push(`console error: ${text}${where ? ` (${where}:${msg.location().lineNumber})` : ''}`);
  };
  const onPageError = (error: Error) => errors.push(`uncaught exception: ${error.message}`);
  const onResponse = (response: Response) => {
    const url = response.url();
    if (isLocal(url) && response.status() >= 400 && url !== expectedUrl) errors.push(`HTTP ${response.status()} for ${url}`);
  };
  // Main-frame navigations started so far (counted at their request, before the old document's
  // requests are aborted), and how many there had been when each request started.
  let navigations = 0;
  const startedAt = new WeakMap<Request, number>();
  const onRequest = (request: Request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations++;
    startedAt.set(request, navigations);
  };
  const onRequestFailed = (request: Request) => {
    const url = request.url();
    const reason = request.failure()?.errorText ?? '?';
    const started = startedAt.get(request);
    if (reason === 'net::ERR_ABORTED' && started !== undefined && started < navigations) return;
    // Chromium fetches the favicon by itself once a page has loaded, and the next navigation can
    // cancel it before that navigation (or the favicon's own request) is reported here. A missing
    // favicon is an HTTP 404 above, so a cancelled one is never the page's fault.
    if (reason === 'net::ERR_ABORTED' && new URL(url).pathname === '/favicon.svg') return;
    if (isLocal(url)) errors.push(`request failed: ${url} (${reason})`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  page.on('request', onRequest);
  page.on('requestfailed', onRequestFailed);
  return {
    errors,
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('response', onResponse);
      page.off('request', onRequest);
      page.off('requestfailed', onRequestFailed);
    },
  };
}

/**
 * Open `url` (a path of the site) in `page`, watching it, and run `body` with the page and its
 * watch. Listeners that must see the page load are added to `page` before calling this.
 */
export async function onPage(page: Page, url: string, body: (page: Page, watch: PageWatch) => Promise<void>): Promise<void> {
  const watch = watchPage(page);
  try {
    await page.goto(siteUrl(url), { waitUntil: 'load' });
    await body(page, watch);
  } finally {
    watch.stop();
  }
}

/** Let late scripts (idle-time loads, the search index, the map) run before checking. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

/** Read a file of the build as text, e.g. `distText('du-lieu/ban-do/diem-ban.json')`. */
export function distText(file: string): string {
  return readFileSync(path.join(DIST, file), 'utf8');
}

/** Run axe-core in the page (scripts/lib/axe.ts) and return its violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await runAxe(page)).map(describeViolation);
}

/**
 * The skip link: the first Tab from a fresh page lands on an in-page link, and following it moves
 * focus into `<main>`. Returns problems, empty when all is well.
 */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return { tag: el.tagName.toLowerCase(), href: el.getAttribute('href'), text: (el.textContent ?? '').trim().slice(0, 80) };
  });
  if (!first) return ['skip link: Tab từ đầu trang không đưa tiêu điểm tới phần tử nào'];
  if (first.tag !== 'a' || !first.href?.startsWith('#') || first.href.length < 2) {
    return [`skip link: phần tử nhận tiêu điểm đầu tiên là <${first.tag}${first.href ? ` href="${first.href}"` : ''}> "${first.text}", không phải liên kết bỏ qua (<a href="#…">)`];
  }
  await page.keyboard.press('Enter');
  await page.waitForTimeout(50);
  const landed = await page.evaluate((href: string) => {
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    const active = document.activeElement;
    return {
      targetExists: Boolean(target),
      targetInMain: Boolean(target && (target.tagName === 'MAIN' || target.closest('main') || target.querySelector('main'))),
      focusInMain: Boolean(active && active !== document.body && (active.tagName === 'MAIN' || active.closest('main'))),
      active: active ? `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}>` : 'none',
    };
  }, first.href);
  const problems: string[] = [];
  if (!landed.targetExists) problems.push(`skip link "${first.text}" trỏ tới ${first.href} nhưng không có phần tử nào có id đó`);
  else if (!landed.targetInMain) problems.push(`skip link "${first.text}" trỏ tới ${first.href}, không phải <main> hay phần tử trong <main>`);
  if (landed.targetExists && !landed.focusInMain) {
    problems.push(`skip link "${first.text}": sau Enter tiêu điểm ở ${landed.active}, không ở trong <main> (thêm tabindex="-1" cho đích)`);
  }
  return problems;
}

/** One control that misses WCAG 2.5.8's 24 × 24 px, as `targetSizeProblems` reports it. */
interface SmallTarget {
  what: string;
  width: number;
  height: number;
  near?: string;
}

/**
 * Target size (WCAG 2.2, 2.5.8, AA) over every visible link, button, summary, form field and
 * focusable widget of the page as it is laid out now: each is at least 24 × 24 CSS px, or (the
 * criterion's spacing exception) a 24 px circle centred on it touches no other target and no other
 * small target's circle. A link inline in text (text outside any target shares its line) is
 * exempt, as the criterion allows.
 *
 * Two house rules are stricter, and hold what the site's CSS promises. A link or button that
 * stands alone (in a list, a heading, a cell, a line of its own) and is not in running text
 * (`.app-prose`, where links stay inline and wrap with their sentence) is 24 × 24 px itself: 18 px
 * links stacked in lists passed the spacing exception by a few pixels, and were hard to hit. Check
 * boxes and radio buttons are 24 × 24 px themselves: the criterion counts their label as part of
 * the target, but the box is what people aim at, and boxes squeezed to 16 × 20 px by a wrapping
 * label once shipped. Returns one line per failing target, empty when all is well.
 */
export async function targetSizeProblems(page: Page): Promise<string[]> {
  const small = await page.evaluate(() => {
    const MIN = 24;
    const SELECTOR = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [tabindex]:not([tabindex="-1"])';
    type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };
    const describe = (el: Element) => {
      const text = (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value || '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
      return `<${el.tagName.toLowerCase()}${type}> "${text}"`;
    };
    /** The part of `el`'s box not cut off by an ancestor that clips its overflow (a map, a scrolling table). */
    const visibleBox = (el: Element, rect: DOMRect): Box | undefined => {
      let { left, top, right, bottom } = rect;
      for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        if (getComputedStyle(a).overflow === 'visible') continue;
        const r = a.getBoundingClientRect();
        left = Math.max(left, r.left);
        top = Math.max(top, r.top);
        right = Math.min(right, r.right);
        bottom = Math.min(bottom, r.bottom);
      }
      // Off the page (the skip link waits above it) or cut off entirely.
      if (right - left < 1 || bottom - top < 1 || bottom + window.scrollY <= 0) return undefined;
      return { left, top, right, bottom, width: right - left, height: bottom - top };
    };
    /** The biggest of an element's boxes (a link wrapped over two lines has one per line). */
    const boxOf = (el: Element): Box | undefined => {
      // Hidden, or in a closed <details> (whose content keeps its boxes, unpainted).
      if (!el.checkVisibility({ visibilityProperty: true })) return undefined;
      const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      // Visually hidden text for screen readers (1 × 1 px) is not a target.
      if (!rects.length || rects.every((r) => r.width <= 1 || r.height <= 1)) return undefined;
      const boxes = rects.map((r) => visibleBox(el, r)).filter((b): b is Box => b !== undefined);
      return boxes.sort((a, b) => Math.min(b.width, b.height) - Math.min(a.width, a.height))[0];
    };
    /** Text outside any target on the target's line, in the same block: the target is inline in it. */
    const inText = (el: Element, box: Box) => {
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) return false;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/[\p{L}\p{N}]/u.test(node.textContent ?? '') || node.parentElement?.closest(SELECTOR)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.bottom > box.top + 2 && r.top < box.bottom - 2) return true;
      }
      return false;
    };
    const targets = [...document.querySelectorAll(SELECTOR)].flatMap((el) => {
      const box = boxOf(el);
      return box ? [{ el, box }] : [];
    });
    const center = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
    const distanceToBox = (p: { x: number; y: number }, b: Box) => Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));
    const isBox = (el: Element) => el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
    const undersized = targets.filter(({ box }) => box.width < MIN - 0.5 || box.height < MIN - 0.5);
    const out: SmallTarget[] = [];
    for (const t of undersized) {
      const report = { what: describe(t.el), width: Math.round(t.box.width * 10) / 10, height: Math.round(t.box.height * 10) / 10 };
      if (isBox(t.el)) {
        out.push(report);
        continue;
      }
      if (inText(t.el, t.box)) continue;
      if (!t.el.closest('.app-prose')) {
        out.push({ ...report, near: 'đứng riêng, ngoài đoạn văn' });
        continue;
      }
      const c = center(t.box);
      const related = (o: Element) => o === t.el || o.contains(t.el) || t.el.contains(o);
      const touches =
        targets.find((o) => !related(o.el) && distanceToBox(c, o.box) < MIN / 2) ??
        undersized.find((o) => !related(o.el) && Math.hypot(c.x - center(o.box).x, c.y - center(o.box).y) < MIN);
      if (touches) out.push({ ...report, near: describe(touches.el) });
    }
    return out;
  });
  return small.map((t) => {
    const why = !t.near ? 'ô chọn cần ít nhất 24 × 24 px' : t.near.startsWith('<') ? `quá gần ${t.near}; WCAG 2.5.8: cần ít nhất 24 × 24 px hoặc đủ khoảng cách` : `${t.near}: cần ít nhất 24 × 24 px`;
    return `target-size: ${t.what} chỉ ${t.width} × ${t.height} px (${why})`;
  });
}
