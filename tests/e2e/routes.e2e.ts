/**
 * Every top-level route, one detail page of each type (found by following the list pages) and the
 * 404 page, at 360 px and 1280 px: status, one <h1>, lang="vi", no console errors or CSP
 * violations, no axe violations, no sideways scrolling on a phone, targets big enough for a finger
 * on a phone (WCAG 2.5.8), a working skip link and the sample-data banner.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import nodePath from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, DIST, SAMPLE_BANNER, settle, siteUrl, skipLinkProblems, targetSizeProblems, test, VIEWPORT_NAMES, VIEWPORTS, watchPage, type ViewportName } from './env.ts';

/** The site map's top-level routes. */
export const TOP_LEVEL = [
  '/',
  '/ke-hoach/',
  '/nhiem-vu/',
  '/diem-ban/',
  '/ban-do/',
  '/san-pham/',
  '/kiem-tra-ma-vach/',
  '/kiem-tra-ma-vach/tien-to/',
  '/doanh-nghiep/',
  '/ton-vinh/',
  '/hoi-cho/',
  '/tin-tuc/',
  '/tim-kiem/',
  '/phan-anh/',
  '/du-lieu/',
  '/gioi-thieu/',
  '/tiep-can/',
  '/quyen-rieng-tu/',
  '/ngoai-tuyen/',
];

/** Detail page types: the list page to start from and the shape of a detail URL. */
export const DETAIL_TYPES: { list: string; pattern: RegExp; shape: string }[] = [
  { list: '/ke-hoach/', pattern: /^\/ke-hoach\/[a-z0-9-]+\/$/, shape: '/ke-hoach/<slug>/' },
  { list: '/diem-ban/', pattern: /^\/diem-ban\/[a-z0-9-]+\/$/, shape: '/diem-ban/<slug>/' },
  { list: '/san-pham/', pattern: /^\/san-pham\/[a-z0-9-]+\/$/, shape: '/san-pham/<slug>/' },
  { list: '/doanh-nghiep/', pattern: /^\/doanh-nghiep\/[a-z0-9-]+\/$/, shape: '/doanh-nghiep/<slug>/' },
  { list: '/hoi-cho/', pattern: /^\/hoi-cho\/[a-z0-9-]+\/$/, shape: '/hoi-cho/<slug>/' },
  // A post, not one of the folders of lists under /tin-tuc/ (topics, related-news lists, later pages).
  { list: '/tin-tuc/', pattern: /^\/tin-tuc\/(?!(?:the|lien-quan|trang)\/)[a-z0-9-]+\/$/, shape: '/tin-tuc/<slug>/' },
  { list: '/tin-tuc/', pattern: /^\/tin-tuc\/the\/$/, shape: '/tin-tuc/the/' },
  { list: '/tin-tuc/the/', pattern: /^\/tin-tuc\/the\/[a-z0-9-]+\/$/, shape: '/tin-tuc/the/<chủ-đề>/' },
  { list: '/ton-vinh/', pattern: /^\/ton-vinh\/[a-z0-9-]+\/\d{4}\/$/, shape: '/ton-vinh/<chương-trình>/<năm>/' },
  { list: '/ton-vinh/', pattern: /^\/ton-vinh\/[a-z0-9-]+\/$/, shape: '/ton-vinh/<chương-trình>/' },
  { list: '/diem-ban/', pattern: /^\/diem-ban\/tinh\/[a-z0-9-]+\/$/, shape: '/diem-ban/tinh/<tỉnh>/' },
  { list: '/nhiem-vu/', pattern: /^\/nhiem-vu\/[a-z0-9-]+\/$/, shape: '/nhiem-vu/<cơ-quan>/' },
  { list: '/ke-hoach/', pattern: /^\/ke-hoach\/(?:nam|cap|co-quan)\/[a-z0-9-]+\/$/, shape: '/ke-hoach/<bộ-lọc>/<giá-trị>/' },
];

/** Record pages that hold a verification poster. */
const POSTER_PAGE = /^\/(?:san-pham|doanh-nghiep|diem-ban)\/[a-z0-9-]+\/$/;

/** A path that no page has. */
export const MISSING_PATH = '/khong-co-trang-nay/';

// Pagination ("/ke-hoach/2/", "/ke-hoach/trang-2/") is a list page, not a detail page.
const PAGINATION = /\/(?:trang-)?\d+\/$/;

/** Links (same-origin paths) inside <main>, or the whole document when there is no <main>. */
export function linksIn(html: string, base: string): string[] {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? html;
  const out: string[] = [];
  for (const m of main.matchAll(/<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
    try {
      const url = new URL(raw, base);
      if (url.origin === new URL(base).origin) out.push(url.pathname);
    } catch {
      // Not a URL; the post-build check reports it.
    }
  }
  return out;
}

/** The origin the built pages' links are resolved against (only their paths matter). */
const ORIGIN = 'http://127.0.0.1/';

/**
 * What the server answers for a path, read from dist/ as it would serve it (`x/` is
 * `x/index.html`, `x` a file or, redirected, `x/index.html`); undefined for a 404.
 */
function served(pathname: string): string | undefined {
  const file = nodePath.join(DIST, decodeURIComponent(pathname));
  const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
  const candidates = pathname.endsWith('/') ? [nodePath.join(file, 'index.html')] : [file, nodePath.join(file, 'index.html')];
  const found = candidates.find(isFile);
  return found ? readFileSync(found, 'utf8') : undefined;
}

/**
 * Find one detail page of each type from its list page, read from dist/ when the tests are
 * listed (each test must have its name then). When the list page only links to sub-lists (points
 * by province: /diem-ban/tinh/gia-lai/), follow those, a few pages at most.
 */
function discover(): { found: string[]; missing: string[] } {
  const found: string[] = [];
  const missing: string[] = [];
  for (const type of DETAIL_TYPES) {
    const isDetail = (p: string) => type.pattern.test(p) && !(type.list !== '/ton-vinh/' && PAGINATION.test(p));
    const queue = [type.list];
    const visited = new Set<string>();
    let link: string | undefined;
    let listStatus = 200;
    while (queue.length && !link && visited.size < 40) {
      const next = queue.shift() as string;
      if (visited.has(next)) continue;
      visited.add(next);
      const html = served(next);
      if (next === type.list) listStatus = html === undefined ? 404 : 200;
      if (html === undefined) continue;
      const links = linksIn(html, ORIGIN);
      link = links.find(isDetail);
      for (const l of links) if (l.startsWith(type.list) && l !== type.list && !visited.has(l)) queue.push(l);
    }
    if (link) found.push(link);
    else {
      missing.push(
        `${type.shape}: không tìm thấy liên kết nào dạng này trong <main> của ${type.list}${listStatus === 200 ? '' : ` (HTTP ${listStatus})`}` +
          (visited.size > 1 ? ` và ${visited.size - 1} trang con của nó` : ''),
      );
    }
  }
  return { found, missing };
}

/** All checks for one page at one viewport; throws with every problem found. */
async function checkPage(page: Page, viewport: ViewportName, path: string, expectStatus: number): Promise<void> {
  const url = siteUrl(path);
  const watch = watchPage(page, expectStatus === 404 ? url : undefined);
  const problems: string[] = [];
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const status = response?.status();
    if (status !== expectStatus) {
      problems.push(`HTTP ${status ?? 'không có phản hồi'}, cần ${expectStatus}`);
      // A missing page would repeat every other check as noise; its status says it all.
      if (status === 404) throw new Error(problems.map((p) => `- ${p}`).join('\n'));
    }

    const facts = await page.evaluate((banner: string) => {
      const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
      return {
        lang: document.documentElement.getAttribute('lang'),
        h1: document.querySelectorAll('h1').length,
        scrollWidth: document.documentElement.scrollWidth,
        banner: norm(document.body.innerText).includes(norm(banner)),
        csp: ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).slice(),
      };
    }, SAMPLE_BANNER);
    if (facts.lang !== 'vi') problems.push(`<html lang="${facts.lang ?? ''}">, cần lang="vi"`);
    if (facts.h1 !== 1) problems.push(`có ${facts.h1} thẻ <h1>, cần đúng 1`);
    const width = VIEWPORTS[viewport].width;
    if (viewport === 'mobile' && facts.scrollWidth > width) problems.push(`cuộn ngang ở ${width} px: scrollWidth = ${facts.scrollWidth}`);
    if (!facts.banner) problems.push(`không thấy dòng chữ "${SAMPLE_BANNER}" trên trang`);
    for (const v of facts.csp) problems.push(`CSP violation: ${v}`);

    problems.push(...(await axeViolations(page)));
    // On a phone, every link and control a finger aims at is big enough or far enough from the
    // next (WCAG 2.5.8, stricter than axe's rule, which skips links in lists and paragraphs).
    if (viewport === 'mobile') problems.push(...(await targetSizeProblems(page)));
    // Opened at a fragment, the first Tab starts from the fragment (a keyboard user who opened the
    // poster goes on into it); the skip link is checked on the same page without one.
    if (!path.includes('#')) problems.push(...(await skipLinkProblems(page)));
    // Errors raised while we tabbed and ran axe count too.
    await page.waitForTimeout(50);
    const late = await page.evaluate(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).slice());
    for (const v of late.slice(facts.csp.length)) problems.push(`CSP violation: ${v}`);
    problems.push(...watch.errors);
  } finally {
    watch.stop();
  }
  if (problems.length) throw new Error(problems.map((p) => `- ${p}`).join('\n'));
}

const { found, missing } = discover();
const pages: { path: string; status: number; label: string }[] = [
  ...TOP_LEVEL.map((path) => ({ path, status: 200, label: path })),
  ...found.map((path) => ({ path, status: 200, label: path })),
  // Record pages with their verification poster open (`#ap-phich`): the section shown, axe over it.
  ...found.filter((path) => POSTER_PAGE.test(path)).map((path) => ({ path: `${path}#ap-phich`, status: 200, label: `${path}#ap-phich` })),
  // The press office's guide, linked from the editor (the editor itself is Decap's page, tested in editor.e2e.ts).
  { path: '/admin/huong-dan/', status: 200, label: '/admin/huong-dan/' },
  { path: MISSING_PATH, status: 404, label: `404 (${MISSING_PATH})` },
];

for (const message of missing) {
  test(`trang chi tiết ${message.split(':')[0]}`, () => {
    throw new Error(message);
  });
}

for (const viewport of VIEWPORT_NAMES) {
  test.describe(() => {
    test.use({ viewport: VIEWPORTS[viewport] });
    for (const p of pages) {
      test(`${p.label} @ ${VIEWPORTS[viewport].width}px`, ({ page }) => checkPage(page, viewport, p.path, p.status));
    }
  });
}
