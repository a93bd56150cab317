/**
 * The cost of searching, measured in Chromium against a built site with the CPU slowed 4× (a
 * cheap phone): bytes a visitor downloads for a first and a second query on /tim-kiem/ (as a
 * server would send them: text gzip-compressed) and the time from pressing “Tìm” to the results
 * drawn, as the page reports it (`data-render-ms`, src/client/search-app.ts), for a series of
 * queries; and a filter chosen after a query.
 *
 *   node scripts/bench/search.ts [--dist dist]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { startServer } from '../serve.ts';

export interface QueryCost {
  query: string;
  kilobytes: number;
  /** From the request to the results drawn, CPU ×4. */
  milliseconds: number;
  results: string;
}

export interface SearchFigures {
  /** Each query in turn on one page: the first downloads the search code and the index's table of contents. */
  queries: QueryCost[];
  /** Choosing a province filter after the last query. */
  filter: QueryCost;
  /** Worst time of all. */
  maxMs: number;
}

const COMPRESSIBLE = /\.(?:js|mjs|json|css|html)$/;

/** The queries: products, places with and without diacritics, an old province name, a tax-code-like number, a word being typed. */
export const QUERIES = ['mat ong', 'nuoc mam', 'Đồng Tháp', 'hoi cho gia lai', 'Bình Định', 'cà phê', '0301', 'pleik'];

/**
 * Time one action until the search element says `done`. The wait is a promise in the page,
 * settled by a MutationObserver: no polling (Playwright's `waitForFunction` evaluates its
 * predicate every frame and compiles its own script on first use, on the same throttled main
 * thread, inside the interval measured).
 */
async function ask(page: Page, act: () => Promise<void>): Promise<{ ms: number; results: string }> {
  await page.evaluate(() => {
    const host = document.querySelector('app-search')!;
    host.removeAttribute('data-state');
    (window as unknown as { __searchDone: Promise<void> }).__searchDone = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (host.getAttribute('data-state') !== 'done') return;
        observer.disconnect();
        resolve();
      });
      observer.observe(host, { attributes: true, attributeFilter: ['data-state'] });
    });
  });
  await act();
  await page.evaluate(() => (window as unknown as { __searchDone: Promise<void> }).__searchDone);
  return page.evaluate(() => ({
    ms: Number(document.querySelector('app-search')!.getAttribute('data-render-ms')),
    results: document.querySelector('[data-search-status]')?.textContent ?? '',
  }));
}

/** Run the queries one after the other on the search page of the site in `dist`. */
export async function measureSearch(browser: Browser, dist: string, queries = QUERIES): Promise<SearchFigures> {
  const server = await startServer(dist, 0);
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  try {
    const page = await context.newPage();
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    let bytes = 0;
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        const url = new URL(response.url()).pathname;
        bytes += COMPRESSIBLE.test(url) ? gzipSync(body).length : body.length;
      } catch {
        // Redirects and aborted requests have no body.
      }
    });
    await page.goto(new URL('/tim-kiem/', server.url).href, { waitUntil: 'networkidle' });
    bytes = 0;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 4) });
    const costs: QueryCost[] = [];
    const kb = () => Math.round(bytes / 102.4) / 10;
    // Focusing the box loads the search code and the index's table of contents, as for a visitor
    // who starts typing; the first query's bytes count them.
    await Promise.all([page.waitForResponse((r) => r.url().includes('/muc-luc.json')), page.focus('main input[name="q"]')]);
    for (const [i, query] of queries.entries()) {
      await page.waitForLoadState('networkidle');
      if (i > 0) bytes = 0;
      await page.fill('main input[name="q"]', query);
      const { ms, results } = await ask(page, () => page.click('main form button[type="submit"]'));
      await page.waitForLoadState('networkidle');
      costs.push({ query, kilobytes: kb(), milliseconds: ms, results });
    }
    bytes = 0;
    const province = await page.$$eval('select[name="tinh"] option', (os) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v) ?? '');
    const chosen = await ask(page, () => page.selectOption('select[name="tinh"]', province).then(() => undefined));
    await page.waitForLoadState('networkidle');
    const filter = { query: `${queries.at(-1)} + tỉnh ${province}`, kilobytes: kb(), milliseconds: chosen.ms, results: chosen.results };
    return { queries: costs, filter, maxMs: Math.max(filter.milliseconds, ...costs.map((c) => c.milliseconds)) };
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  const browser = await launchChromium();
  try {
    const figures = await measureSearch(browser, path.resolve(values.dist!));
    for (const q of [...figures.queries, figures.filter]) console.log(`${q.query.padEnd(28)} ${String(q.kilobytes).padStart(7)} KB ${String(q.milliseconds).padStart(6)} ms  ${q.results}`);
  } finally {
    await browser.close();
  }
}
