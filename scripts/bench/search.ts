/**
 * The cost of searching, measured in Chromium against a built site: bytes a visitor downloads for
 * a first and a second query on /tim-kiem/ (as a server would send them: text gzip-compressed,
 * Pagefind's already-compressed index files as they are) and the time until results show.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startServer } from '../serve.ts';

export interface QueryCost {
  query: string;
  kilobytes: number;
  milliseconds: number;
  results: string;
}

const COMPRESSIBLE = /\.(?:js|mjs|json|css|html)$/;

/** Run two queries one after the other on the search page of the site in `dist`. */
export async function measureSearch(browser: Browser, dist: string, queries: [string, string]): Promise<QueryCost[]> {
  const server = await startServer(dist, 0);
  const context = await browser.newContext();
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
    const costs: QueryCost[] = [];
    for (const query of queries) {
      await page.waitForLoadState('networkidle');
      bytes = 0;
      const started = performance.now();
      await page.fill('input[name="q"]', query);
      await page.click('[data-search-button]');
      await page.waitForFunction(() => /^(Có|Không tìm thấy)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      const milliseconds = Math.round(performance.now() - started);
      await page.waitForLoadState('networkidle');
      const results = (await page.textContent('[data-search-status]')) ?? '';
      costs.push({ query, kilobytes: Math.round(bytes / 102.4) / 10, milliseconds, results });
    }
    return costs;
  } finally {
    await context.close();
    await server.close();
  }
}
