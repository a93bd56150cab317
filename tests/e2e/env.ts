/**
 * What every browser suite receives from `scripts/e2e.ts`, and the checks one page must pass.
 * A suite file is `tests/e2e/*.e2e.ts` with a default export `(env) => Promise<TestCase[]>`.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import type { TestCase } from '../../scripts/lib/runner.ts';

/** The two viewports every page is checked at. */
export const VIEWPORTS = {
  mobile: { width: 360, height: 800 },
  desktop: { width: 1280, height: 800 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** Shared state of one browser run. */
export interface E2EEnv {
  /** Base URL of the local server, with a trailing slash. */
  baseUrl: string;
  /** The build folder being served. */
  dist: string;
  browser: Browser;
  /** One context per viewport; pages are opened and closed per test. */
  contexts: Record<ViewportName, BrowserContext>;
  /** axe-core's source, injected into pages for the accessibility pass. */
  axeSource: string;
}

/** A suite file's default export. */
export type Suite = (env: E2EEnv) => Promise<TestCase[]>;

/** The banner every page of the sample site carries. */
export const SAMPLE_BANNER = 'Dữ liệu minh họa';

/** axe-core rule tags the site promises to meet. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

/** Problems noticed while a page was open: console errors, uncaught exceptions, failed local requests. */
export interface PageWatch {
  errors: string[];
  stop: () => void;
}

/**
 * Watch a page for console errors, uncaught exceptions, CSP reports and failed requests to the
 * local server. Requests we block on purpose (map tiles and anything else off 127.0.0.1) are
 * expected to fail and are not reported. `expectedUrl` is a URL whose 404 is expected (the
 * 404 page itself).
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
  const onResponse = (response: import('playwright-core').Response) => {
    const url = response.url();
    if (isLocal(url) && response.status() >= 400 && url !== expectedUrl) errors.push(`HTTP ${response.status()} for ${url}`);
  };
  const onRequestFailed = (request: import('playwright-core').Request) => {
    const url = request.url();
    if (isLocal(url)) errors.push(`request failed: ${url} (${request.failure()?.errorText ?? '?'})`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  page.on('requestfailed', onRequestFailed);
  return {
    errors,
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('response', onResponse);
      page.off('requestfailed', onRequestFailed);
    },
  };
}

/**
 * Open `url` in a new page of the shared context for `viewport`, run `body` with the page and its
 * watch, and close the page whatever happens. `before` runs on the page before it loads (to add
 * listeners).
 */
export async function onPage(
  env: E2EEnv,
  url: string,
  body: (page: Page, watch: PageWatch) => Promise<void>,
  { viewport = 'desktop', before }: { viewport?: ViewportName; before?: (page: Page) => void } = {},
): Promise<void> {
  const page = await env.contexts[viewport].newPage();
  const watch = watchPage(page);
  before?.(page);
  try {
    await page.goto(new URL(url, env.baseUrl).href, { waitUntil: 'load' });
    await body(page, watch);
  } finally {
    watch.stop();
    await page.close();
  }
}

/** Let late scripts (idle-time loads, Pagefind, the map) run before checking. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Run axe-core in the page and return its violations, one line each.
 *
 * axe is injected with `page.evaluate(source)`, not `page.addScriptTag({ content })`: an inline
 * `<script>` added to the page is blocked by the site's CSP (no 'unsafe-inline'), and a
 * `bypassCSP` context would change the page under test. `evaluate` goes through the DevTools
 * protocol, which CSP does not govern, so axe audits the page exactly as visitors get it.
 */
export async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 3)
      .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`)
      .join('; ');
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    return `axe ${v.id} [${v.impact ?? '?'}] ${v.help}: ${nodes}${more}`;
  });
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
