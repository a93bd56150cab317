/**
 * Pages on a slow network and a cheap phone (issue #19), in Chromium: the network emulated at
 * 400 kbit/s down and up with 400 ms of latency, the CPU slowed 4×, a 360 px screen, the build
 * served by nginx with its own configuration. For the home page, a point page, its province's list,
 * a product page and the map, three runs each of:
 *
 *  - cold: a new browser profile (empty cache, no service worker);
 *  - warm: the same page again in that profile (the browser's cache; pages are `no-cache`, so the
 *    page itself is asked for again, its scripts and styles are not);
 *  - saved copy: the network gone after the pages were opened once with the service worker on: the
 *    saved copy (src/lib/offline.ts), still with the CPU slowed 4×.
 *
 * Figures per page, medians of the runs, from the page's own timing: main content visible = the
 * largest contentful paint (the title or first block of text: no web font, script or tile delays
 * it); usable = the end of DOMContentLoaded (the page's scripts have run: links, forms, filters,
 * lookups and the map's placeholder work); the page's bytes over the network (transfer size).
 *
 *   node scripts/bench/throttled.ts [--dist dist] [--runs 3]
 *
 * `npm run bench` calls measureThrottled() on the national build and checks the budgets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { startNginx, type RunningNginx } from '../lib/nginx.ts';
import { CACHE_PREFIX, withPageContent } from '../../src/lib/offline.ts';

/** The emulated network: 400 kbit/s each way, 400 ms round trip; and the CPU slowdown. */
export const NETWORK = { latencyMs: 400, downKbps: 400, upKbps: 400, cpuSlowdown: 4 } as const;

export interface Timing {
  /** Largest contentful paint, ms from navigation start. */
  contentMs: number;
  /** DOMContentLoaded end, ms. */
  usableMs: number;
  /** Bytes over the network (HTML, scripts, styles, data), KB. */
  transferKB: number;
}

export interface ThrottledPage {
  name: string;
  path: string;
  cold: Timing;
  warm: Timing;
  saved: Timing;
}

export interface ThrottledFigures {
  runs: number;
  pages: ThrottledPage[];
  /** The worst of the pages, per measure. */
  worst: { contentColdMs: number; usableColdMs: number; contentWarmMs: number; contentSavedMs: number; usableSavedMs: number };
}

const round = (n: number) => Math.round(n);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** The five pages: home, a point page with a province list, that list, a product page, the map. */
export function benchPages(dist: string): { name: string; path: string }[] {
  let point = '';
  let province = '';
  for (const slug of readdirSync(path.join(dist, 'diem-ban')).sort()) {
    if (slug === 'tinh' || slug === 'trang') continue;
    let html;
    try {
      html = readFileSync(path.join(dist, 'diem-ban', slug, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    const list = withPageContent(html)?.split(' ')[0];
    if (list) {
      point = `/diem-ban/${slug}/`;
      province = list;
      break;
    }
  }
  const product = readdirSync(path.join(dist, 'san-pham')).sort().find((s) => !['nhom', 'tinh', 'trang'].includes(s) && !s.includes('.'));
  if (!point || !product) throw new Error(`${dist}: không tìm thấy trang điểm bán hoặc sản phẩm để đo`);
  return [
    { name: 'Trang chủ', path: '/' },
    { name: 'Trang điểm bán', path: point },
    { name: 'Điểm bán của tỉnh', path: province },
    { name: 'Trang sản phẩm', path: `/san-pham/${product}/` },
    { name: 'Bản đồ', path: '/ban-do/' },
  ];
}

async function throttle(page: Page, offline = false): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline,
    latency: NETWORK.latencyMs,
    downloadThroughput: (NETWORK.downKbps * 1000) / 8,
    uploadThroughput: (NETWORK.upKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: NETWORK.cpuSlowdown });
  return cdp;
}

/** Open `url` and read the page's own timing once it has loaded. */
async function timed(page: Page, url: string): Promise<Timing> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return page.evaluate(
    () =>
      new Promise<Timing>((resolve) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const bytes = nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0);
        let lcp = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) lcp = Math.max(lcp, e.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        // The buffered entries arrive in a task of their own.
        setTimeout(() => resolve({ contentMs: Math.round(lcp), usableMs: Math.round(nav.domContentLoadedEventEnd), transferKB: Math.round(bytes / 102.4) / 10 }), 50);
      }),
  );
}

const PROFILE = { viewport: { width: 360, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' } as const;

async function coldAndWarm(browser: Browser, url: string): Promise<{ cold: Timing; warm: Timing }> {
  const context = await browser.newContext({ ...PROFILE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await throttle(page);
    const cold = await timed(page, url);
    const warm = await timed(page, url);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

const medianTiming = (ts: Timing[]): Timing => ({
  contentMs: median(ts.map((t) => t.contentMs)),
  usableMs: median(ts.map((t) => t.usableMs)),
  transferKB: median(ts.map((t) => t.transferKB)),
});

/** Open every page once with the service worker on (no throttling) and wait until each is saved. */
async function saveAll(context: BrowserContext, base: string, paths: string[]): Promise<Page> {
  const page = await context.newPage();
  await page.goto(base, { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  for (const p of paths) await page.goto(new URL(p, base).href, { waitUntil: 'load' });
  const end = Date.now() + 60_000;
  for (;;) {
    const missing = await page.evaluate((ps) => Promise.all(ps.map((p) => caches.match(p).then((r) => (r ? '' : p)))).then((m) => m.filter(Boolean)), paths);
    if (!missing.length) break;
    if (Date.now() > end) throw new Error(`Chưa lưu được: ${missing.join(', ')}`);
    await page.waitForTimeout(200);
  }
  const names = await page.evaluate((prefix) => caches.keys().then((k) => k.filter((n) => n.startsWith(prefix))), CACHE_PREFIX);
  if (names.length !== 1) throw new Error(`Bản lưu: ${names.length} bộ nhớ đệm`);
  return page;
}

export async function measureThrottled(dist: string, runs = 3): Promise<ThrottledFigures> {
  const pages = benchPages(dist);
  let server: RunningNginx | undefined = await startNginx(dist);
  const browser = await launchChromium();
  try {
    const base = server.url;
    const online = new Map<string, { cold: Timing[]; warm: Timing[] }>();
    for (const p of pages) {
      const rows = { cold: [] as Timing[], warm: [] as Timing[] };
      for (let i = 0; i < runs; i++) {
        const { cold, warm } = await coldAndWarm(browser, new URL(p.path, base).href);
        rows.cold.push(cold);
        rows.warm.push(warm);
      }
      online.set(p.path, rows);
    }
    const context = await browser.newContext({ ...PROFILE, serviceWorkers: 'allow' });
    const saving = await saveAll(context, base, pages.map((p) => p.path));
    await server.close();
    server = undefined;
    const saved = new Map<string, Timing[]>();
    for (const p of pages) {
      const ts: Timing[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await context.newPage();
        await throttle(page);
        const t = await timed(page, new URL(p.path, base).href);
        if (!(await page.locator('.app-saved').count())) throw new Error(`${p.path}: không phải bản đã lưu`);
        ts.push(t);
        await page.close();
      }
      saved.set(p.path, ts);
    }
    await saving.close();
    await context.close();
    const result = pages.map((p) => ({ ...p, cold: medianTiming(online.get(p.path)!.cold), warm: medianTiming(online.get(p.path)!.warm), saved: medianTiming(saved.get(p.path)!) }));
    const worst = (f: (r: ThrottledPage) => number) => round(Math.max(...result.map(f)));
    return {
      runs,
      pages: result,
      worst: {
        contentColdMs: worst((r) => r.cold.contentMs),
        usableColdMs: worst((r) => r.cold.usableMs),
        contentWarmMs: worst((r) => r.warm.contentMs),
        contentSavedMs: worst((r) => r.saved.contentMs),
        usableSavedMs: worst((r) => r.saved.usableMs),
      },
    };
  } finally {
    await browser.close();
    await server?.close();
  }
}

export function throttledMarkdown(f: ThrottledFigures): string[] {
  const cell = (t: Timing) => `${t.contentMs} / ${t.usableMs} / ${t.transferKB}`;
  return [
    `### Mạng chậm (${NETWORK.downKbps} kbit/s, trễ ${NETWORK.latencyMs} ms, CPU chậm ${NETWORK.cpuSlowdown} lần, 360 px)`,
    '',
    `Trung vị của ${f.runs} lần đo mỗi ô: nội dung chính hiện ra (largest contentful paint) / dùng được (hết DOMContentLoaded), ms / tải qua mạng, KB. “Bản đã lưu”: mất mạng, trang mở từ bản lưu của service worker.`,
    '',
    '| trang | lần đầu | lần sau (bộ nhớ đệm) | bản đã lưu, không có mạng | địa chỉ |',
    '| --- | --- | --- | --- | --- |',
    ...f.pages.map((p) => `| ${p.name} | ${cell(p.cold)} | ${cell(p.warm)} | ${cell(p.saved)} | \`${p.path}\` |`),
    '',
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' } } });
  const f = await measureThrottled(path.resolve(values.dist!), Number(values.runs));
  console.log(throttledMarkdown(f).join('\n'));
  console.log(JSON.stringify(f.worst));
}
