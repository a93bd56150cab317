/**
 * The post-build checks and an accessibility audit over a built site, for the national build of
 * `npm run bench` (the sample build runs them in `npm test`; the national one has the same
 * templates but ~25,000 pages of generated records: same-named products, long lists, many pages):
 *
 * - the post-build checks (`scripts/postbuild-check.ts`: titles unique, links and fragments that
 *   resolve, one `<h1>`, `lang`, CSP, description, canonical link and Open Graph tags, vague link
 *   text, words run together) over every page, html-validate left out: it takes most of the time
 *   and judges markup, which comes from the templates the sample build validates;
 * - axe-core (the rules of the browser tests) in Chromium on one page per template, chosen from
 *   the route files (`scripts/lib/route-pages.ts`), at 360 px and 1280 px.
 *
 *   node scripts/bench/site-checks.ts [--dist dist] [--content content] [--no-axe]
 *
 * `npm run bench` calls both on the national build; each reports a count with a budget of 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { ADMIN } from '../../src/lib/urls.ts';
import { describeViolation, runAxe } from '../lib/axe.ts';
import { launchChromium } from '../lib/chromium.ts';
import { onePagePerRoute, routeFiles } from '../lib/route-pages.ts';
import { listFiles, urlPathOf } from '../lib/site-files.ts';
import { checkSite } from '../postbuild-check.ts';
import { startServer } from '../serve.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The widths every template is audited at (the browser tests' phone and desktop). */
export const AUDIT_VIEWPORTS = [
  { width: 360, height: 800 },
  { width: 1280, height: 800 },
] as const;

/**
 * Built pages that no route file makes, left out of the audit: the web editor's application
 * (`/admin/`, written by the editor integration; Decap's interface, not the site's).
 */
const NOT_FROM_ROUTES = new Set([ADMIN]);

export interface PostbuildFigures {
  pages: number;
  seconds: number;
  /** Problems found, all kinds together: the budgeted figure. */
  problems: number;
  byKind: Record<string, number>;
  /** A few problems as the check prints them. */
  examples: string[];
}

export interface AxeFigures {
  /** The page that stands for each template. */
  pages: { route: string; url: string }[];
  widths: number[];
  seconds: number;
  /** Rules broken, counted once per page and width: the budgeted figure. */
  violations: number;
  list: { route: string; url: string; width: number; rule: string; impact: string; elements: number; line: string }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The site's base URL from a content folder's `site.yaml`. */
export function baseUrlOf(content: string): string {
  return (parseYaml(readFileSync(path.join(content, 'site.yaml'), 'utf8')) as { baseUrl: string }).baseUrl;
}

/** Run the post-build checks (html-validate left out) over `dist`, the site's address being `baseUrl`. */
export async function measurePostbuild(dist: string, baseUrl: string): Promise<PostbuildFigures> {
  const started = performance.now();
  const { pages, problems } = await checkSite(dist, { site: baseUrl, htmlValidate: false });
  const byKind: Record<string, number> = {};
  for (const p of problems) byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;
  return {
    pages,
    seconds: round((performance.now() - started) / 1000),
    problems: problems.length,
    byKind,
    examples: problems.slice(0, 5).map((p) => `${path.relative(dist, path.resolve(p.file))} [${p.kind}] ${p.message}`),
  };
}

/** Audit one page per template of `dist` with axe at each of {@link AUDIT_VIEWPORTS}. */
export async function measureAxe(dist: string): Promise<AxeFigures> {
  const started = performance.now();
  const urls = (await listFiles(dist, ['.html'])).map((f) => urlPathOf(dist, f)).filter((u) => !NOT_FROM_ROUTES.has(u));
  const pages = onePagePerRoute(routeFiles(path.join(ROOT, 'src/pages')), urls);
  const server = await startServer(dist);
  const browser = await launchChromium();
  const list: AxeFigures['list'] = [];
  try {
    for (const viewport of AUDIT_VIEWPORTS) {
      const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: 'block' });
      // Nothing leaves the local server (map tiles included), as in the browser tests.
      await context.route(/^(?![a-z][a-z0-9+.-]*:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/i, (route) => route.abort('blockedbyclient'));
      try {
        for (const { route, url } of pages) {
          const page = await context.newPage();
          await page.goto(new URL(url, server.url).href, { waitUntil: 'load' });
          // Let late scripts (the map, the finder, idle-time loads) draw what they draw.
          await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
          for (const v of await runAxe(page)) {
            list.push({ route, url, width: viewport.width, rule: v.id, impact: v.impact ?? '?', elements: v.nodes.length, line: describeViolation(v) });
          }
          await page.close();
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { pages, widths: AUDIT_VIEWPORTS.map((v) => v.width), seconds: round((performance.now() - started) / 1000), violations: list.length, list };
}

/** The section of BENCHMARKS.md. */
export function siteChecksMarkdown(checks: PostbuildFigures, axe: AxeFigures | undefined): string[] {
  const lines = [
    '## Post-build checks and accessibility (national scale)',
    '',
    `The post-build checks (\`scripts/postbuild-check.ts\`, html-validate left out) over ${checks.pages} pages: ${checks.problems} problems in ${checks.seconds} s.`,
    '',
  ];
  if (checks.problems) {
    lines.push('| kind | problems |', '| --- | --- |', ...Object.entries(checks.byKind).map(([k, n]) => `| ${k} | ${n} |`), '');
    lines.push('First ones:', '', ...checks.examples.map((e) => `- ${e.replace(/\|/g, '/')}`), '');
  }
  if (axe) {
    lines.push(`axe-core (WCAG 2.2 A/AA rules of the browser tests) on one page per template (${axe.pages.length} templates, from the route files) at ${axe.widths.join(' and ')} px: ${axe.violations} violations in ${axe.seconds} s.`, '');
    if (axe.list.length) {
      lines.push('| template | page | width | rule | impact | elements |', '| --- | --- | --- | --- | --- | --- |');
      for (const v of axe.list) lines.push(`| \`${v.route}\` | \`${v.url}\` | ${v.width} | ${v.rule} | ${v.impact} | ${v.elements} |`);
      lines.push('');
    }
    lines.push('Pages audited:', '', ...axe.pages.map((p) => `- \`${p.route}\`: \`${p.url}\``), '');
  }
  return lines;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: path.join(ROOT, 'dist') },
      content: { type: 'string', default: process.env.HANGVIET_CONTENT || path.join(ROOT, 'content') },
      'no-axe': { type: 'boolean', default: false },
    },
  });
  const dist = path.resolve(values.dist!);
  const checks = await measurePostbuild(dist, baseUrlOf(path.resolve(values.content!)));
  const axe = values['no-axe'] ? undefined : await measureAxe(dist);
  console.log(siteChecksMarkdown(checks, axe).join('\n'));
  if (axe) for (const v of axe.list) console.log(`${v.url} ${v.width} px: ${v.line}`);
}
