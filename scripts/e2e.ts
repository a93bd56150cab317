/**
 * Browser tests: serve the built site (`dist/`) on 127.0.0.1, drive Debian's Chromium with
 * playwright-core and run every suite in `tests/e2e/*.e2e.ts`. Requests that leave 127.0.0.1 (map
 * tiles) are blocked: the site must work without them.
 *
 *   node scripts/e2e.ts [--dist dist] [--grep text] [--concurrency 2]
 *
 * Ends with `N passed, M failed`; exits 1 on any failure.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { ms, printSummary, runTests, type TestCase } from './lib/runner.ts';
import { startServer, type RunningServer } from './serve.ts';
import { CSP_RECORDER, isLocal, VIEWPORTS, type E2EEnv, type Suite, type ViewportName } from '../tests/e2e/env.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SUITES = path.join(ROOT, 'tests', 'e2e');

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    grep: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
  },
});

async function newContext(browser: Browser, viewport: ViewportName): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'block',
  });
  await context.route(
    () => true,
    (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')),
  );
  await context.addInitScript({ content: CSP_RECORDER });
  return context;
}

async function main(): Promise<number> {
  const started = performance.now();
  const dist = path.resolve(args.dist);
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`Không thấy ${path.join(dist, 'index.html')}: hãy chạy "npm run build" trước.`);
    return 1;
  }
  const require = createRequire(import.meta.url);
  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer(dist);
    browser = await launchChromium();
    const contexts = {
      mobile: await newContext(browser, 'mobile'),
      desktop: await newContext(browser, 'desktop'),
    };
    const env: E2EEnv = { baseUrl: server.url, dist, browser, contexts, axeSource };
    console.log(`Chromium ${browser.version()} · ${server.url} · ${dist}`);

    const files = (await readdir(SUITES)).filter((f) => f.endsWith('.e2e.ts')).sort();
    const tests: TestCase[] = [];
    for (const file of files) {
      const suite = (await import(pathToFileURL(path.join(SUITES, file)).href)) as { default: Suite };
      tests.push(...(await suite.default(env)));
    }
    const result = await runTests(tests, { concurrency: Number(args.concurrency) || 1, grep: args.grep });
    printSummary(result, `Kiểm thử trình duyệt lỗi (${ms(performance.now() - started)})`);
    return result.failed ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.log('\n0 passed, 1 failed');
    return 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
  }
}

process.exitCode = await main();
