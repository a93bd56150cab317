/**
 * Checks over every HTML page of the built site (`dist/`), after `npm run build`:
 *
 * - html-validate with `.htmlvalidate.json` (html-validate:recommended, exceptions explained there);
 * - internal links and asset references (`href`, `src`, `srcset`, `action`, `poster`, and `#id`
 *   fragments) resolve to files in the build; `x/` means `x/index.html`;
 * - every page has `lang="vi"`, a Content-Security-Policy `<meta>`, exactly one `<h1>` and a
 *   `<title>` no other page has;
 * - every page has a meta description, one canonical link to its own address under `site.yaml`'s
 *   `baseUrl`, and Open Graph tags (title, description, url equal to the canonical, type, locale,
 *   an image of the build); the exceptions (the 404 page, the editor's application) are listed
 *   with their reasons in `lib/head-meta.ts`;
 * - no vague link text ("xem thêm", "tại đây", "click here", …);
 * - no two words run together across an inline element's edge ("Đang mở cửa(lúc …)"), which
 *   Astro's HTML compression makes of a line break between two elements;
 * - no inline `<script>`/`<style>` the page's CSP does not hash, no `on…=` handler attributes
 *   (the CSP would block them silently in the browser).
 *
 *   node scripts/postbuild-check.ts [--dist dist] [--site https://…] [--all] [--without-html-validate]
 *
 * `--without-html-validate` leaves out the first check, which takes most of the time; `npm run
 * bench` runs the others over the national build, whose pages come from the same templates the
 * sample build validates.
 *
 * Prints each problem as `file:line:column [kind] message` (the same problem on many pages once, with
 * its first ten places; `--all` lists every place), then a summary by kind; exits 1 on any problem.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { HtmlValidate, Parser, StaticConfigLoader, type ConfigData, type HtmlElement } from 'html-validate';
import { parse as parseYaml } from 'yaml';
import { ms } from './lib/format.ts';
import { headMetaProblems } from './lib/head-meta.ts';
import { joinedWords } from './lib/joined-words.ts';
import { listFiles, resolveUrlPath, urlPathOf } from './lib/site-files.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Link texts that say nothing out of context (WCAG 2.4.4); compared after trimming punctuation. */
export const VAGUE_LINK_TEXTS = [
  'xem thêm',
  'đọc thêm',
  'bấm vào đây',
  'nhấn vào đây',
  'tại đây',
  'ở đây',
  'click here',
  'here',
  'more',
  'read more',
];

/** URL schemes that are not files in the build. */
const IGNORED_SCHEMES = new Set(['mailto:', 'tel:', 'geo:', 'sms:', 'data:', 'blob:', 'about:']);

/** One problem found. */
export interface Problem {
  kind: string;
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** Read `.htmlvalidate.json`, dropping the `//` comment keys html-validate's schema would reject. */
export function loadHtmlValidateConfig(file = path.join(ROOT, '.htmlvalidate.json')): ConfigData {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([key]) => !key.startsWith('//'))
          .map(([key, v]) => [key, strip(v)]),
      );
    }
    return value;
  };
  return strip(JSON.parse(readFileSync(file, 'utf8'))) as ConfigData;
}

/** The site's public base URL from `site.yaml` (canonical links; links to its origin are internal), if it can be read. */
function siteBase(explicit: string | undefined): URL | undefined {
  const raw = explicit ?? (() => {
    try {
      const root = path.resolve(process.env.HANGVIET_CONTENT || path.join(ROOT, 'content'));
      return (parseYaml(readFileSync(path.join(root, 'site.yaml'), 'utf8')) as { baseUrl?: string } | null)?.baseUrl;
    } catch {
      return undefined;
    }
  })();
  try {
    return raw ? new URL(raw) : undefined;
  } catch {
    return undefined;
  }
}

/** The CSP `<meta>`'s sources for one directive, e.g. `script-src`. */
export function cspSources(policy: string, directive: string): string[] {
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name?.toLowerCase() === directive) return sources;
  }
  return [];
}

/** `'sha256-…'` source expression for a script or style body. */
export function sha256Source(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** The text a link is announced with: aria-label, else its text and the alt text of its images. */
function accessibleText(el: HtmlElement): string | undefined {
  if (el.hasAttribute('aria-labelledby')) return undefined;
  const label = el.getAttributeValue('aria-label');
  if (label !== null) return label;
  const walk = (node: HtmlElement): string =>
    node.childNodes
      .map((child) => {
        if (child instanceof Object && 'tagName' in child) {
          const c = child as HtmlElement;
          if (c.tagName === 'img') return ` ${c.getAttributeValue('alt') ?? ''} `;
          if (c.hasAttribute('aria-hidden') && c.getAttributeValue('aria-hidden') !== 'false') return '';
          return walk(c);
        }
        return child.textContent;
      })
      .join('');
  return walk(el);
}

const normaliseLinkText = (s: string) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');

/** A reference from one page to a URL, to check once every page has been read. */
interface Reference {
  file: string;
  line: number;
  column: number;
  attr: string;
  value: string;
  /** Decoded path in the build. */
  urlPath: string;
  fragment: string;
}

/** Check a built site. Returns every problem found and how many pages were read. */
export async function checkSite(dist: string, options: { site?: string | undefined; htmlValidate?: boolean } = {}): Promise<{ pages: number; problems: Problem[] }> {
  const problems: Problem[] = [];
  const config = loadHtmlValidateConfig();
  const loader = new StaticConfigLoader(config);
  const validator = new HtmlValidate(loader);
  const parser = new Parser(await validator.getConfigFor('page.html'));
  const siteUrl = siteBase(options.site);
  if (!siteUrl) throw new Error('không đọc được baseUrl trong site.yaml (hoặc --site): cần nó để kiểm tra địa chỉ chuẩn của mỗi trang');
  const origin = siteUrl.origin;
  const files = await listFiles(dist, ['.html']);
  const titles = new Map<string, string[]>();
  const ids = new Map<string, Set<string>>();
  const references: Reference[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;

  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const shown = rel(file);
    const pageUrl = urlPathOf(dist, file);
    const add = (kind: string, message: string, at?: { line: number; column: number }) =>
      problems.push({ kind, file: shown, line: at?.line, column: at?.column, message });

    // 1. html-validate.
    if (options.htmlValidate !== false) {
      const report = await validator.validateString(source, file);
      for (const result of report.results) {
        for (const m of result.messages) add(`html-validate:${m.ruleId}`, m.message, { line: m.line, column: m.column });
      }
    }

    // 2. The document, parsed once for the checks below.
    const doc = parser.parseHtml({ data: source, filename: file, line: 1, column: 1, offset: 0 });
    const at = (el: HtmlElement) => ({ line: el.location.line, column: el.location.column });

    const html = doc.querySelector('html');
    if (html?.getAttributeValue('lang') !== 'vi') add('lang', `<html lang="${html?.getAttributeValue('lang') ?? ''}">, cần lang="vi"`, html ? at(html) : undefined);

    const h1s = doc.querySelectorAll('h1');
    if (h1s.length !== 1) add('h1', `có ${h1s.length} thẻ <h1>, cần đúng 1`, h1s[1] ? at(h1s[1]) : undefined);

    const title = doc.querySelector('title')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    if (title) titles.set(title, [...(titles.get(title) ?? []), shown]);
    else add('title', 'thiếu <title> hoặc <title> rỗng');

    const pageIds = new Set<string>();
    for (const el of doc.querySelectorAll('[id], a[name]')) {
      const id = el.getAttributeValue('id') ?? el.getAttributeValue('name');
      if (id) pageIds.add(id);
    }
    ids.set(pageUrl, pageIds);

    // 2b. Description, canonical link and Open Graph tags.
    const headEl = doc.querySelector('head');
    const metaTags: [string, string][] = [];
    const canonicals: string[] = [];
    for (const el of headEl?.querySelectorAll('meta, link') ?? []) {
      if (el.tagName === 'link') {
        if (el.getAttributeValue('rel')?.toLowerCase().split(/\s+/).includes('canonical')) canonicals.push(el.getAttributeValue('href') ?? '');
        continue;
      }
      const key = el.getAttributeValue('property') ?? el.getAttributeValue('name');
      if (key) metaTags.push([key, el.getAttributeValue('content') ?? '']);
    }
    for (const message of headMetaProblems({ meta: metaTags, canonicals }, pageUrl, siteUrl.href)) add('head-meta', message, headEl ? at(headEl) : undefined);
    // The share image must be a file of the build: checked with the links below.
    const ogImage = headEl?.querySelectorAll('meta').find((m) => m.getAttributeValue('property') === 'og:image');
    const ogImageUrl = ogImage?.getAttributeValue('content');
    if (ogImage && ogImageUrl) {
      try {
        const u = new URL(ogImageUrl);
        if (u.origin === origin) references.push({ file: shown, ...at(ogImage), attr: 'og:image', value: ogImageUrl, urlPath: decodeURIComponent(u.pathname), fragment: '' });
      } catch {
        // headMetaProblems reported it.
      }
    }

    // 3. CSP.
    const cspMeta = doc.querySelectorAll('meta').find((m) => m.getAttributeValue('http-equiv')?.toLowerCase() === 'content-security-policy');
    const policy = cspMeta?.getAttributeValue('content') ?? '';
    if (!cspMeta) add('csp', 'thiếu <meta http-equiv="content-security-policy">');
    const scriptSrc = cspSources(policy, 'script-src');
    const styleSrc = cspSources(policy, 'style-src');
    for (const el of doc.querySelectorAll('script, style')) {
      const isScript = el.tagName === 'script';
      if (isScript && el.hasAttribute('src')) continue;
      const type = el.getAttributeValue('type')?.toLowerCase() ?? '';
      // Data blocks (JSON-LD) are not executed, so script-src does not govern them.
      if (isScript && type && !['module', 'text/javascript', 'application/javascript', 'importmap'].includes(type)) continue;
      if (!cspMeta) continue;
      // The parser keeps script and style bodies as raw text: the exact characters the browser hashes.
      const body = el.textContent;
      const hash = sha256Source(body);
      const allowed = isScript ? scriptSrc : styleSrc;
      if (!allowed.includes(hash) && !allowed.includes("'unsafe-inline'")) {
        add(
          'csp-inline',
          `<${el.tagName}> nội tuyến (${body.length} ký tự: "${body.trim().slice(0, 60).replace(/\s+/g, ' ')}…") không có ${hash} trong ${isScript ? 'script-src' : 'style-src'} của CSP; trình duyệt sẽ chặn nó`,
          at(el),
        );
      }
    }
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on[a-z]+$/i.test(attr.key)) add('csp-inline', `thuộc tính ${attr.key}="…" trên <${el.tagName}>: CSP chặn trình xử lý sự kiện nội tuyến`, at(el));
      }
    }

    // 4. Words run together across an element's edge.
    const body = doc.querySelector('body');
    for (const j of body ? joinedWords(body) : []) {
      add('joined-words', `"${j.left}" và "${j.right}" dính liền nhau qua cạnh thẻ <${j.at.tagName}>; hãy thêm dấu cách (Astro bỏ xuống dòng giữa hai thẻ)`, at(j.at));
    }

    // 4b. Vague link text.
    for (const a of doc.querySelectorAll('a[href]')) {
      const text = accessibleText(a);
      if (text === undefined) continue;
      const norm = normaliseLinkText(text);
      if (VAGUE_LINK_TEXTS.includes(norm)) {
        add('link-text', `liên kết "${text.trim()}" không nói nó dẫn tới đâu; hãy viết rõ, ví dụ "Xem danh sách điểm bán tại Gia Lai"`, at(a));
      }
    }

    // 5. References, checked once every page is known.
    const base = `http://site.invalid${pageUrl}`;
    const refAttrs = ['href', 'src', 'srcset', 'action', 'poster', 'xlink:href'];
    for (const el of doc.querySelectorAll('[href], [src], [srcset], [action], [poster], [xlink\\:href]')) {
      if (el.tagName === 'base') continue;
      // <link rel="preconnect|dns-prefetch"> and canonical/alternate to other origins are handled by the origin test.
      for (const attr of refAttrs) {
        const raw = el.getAttributeValue(attr);
        if (raw === null) continue;
        const values = attr === 'srcset' ? raw.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '') : [raw];
        for (const value of values) {
          const trimmed = value.trim();
          if (!trimmed) {
            add('link', `${attr}="" rỗng trên <${el.tagName}>`, at(el));
            continue;
          }
          let url: URL;
          try {
            url = new URL(trimmed, base);
          } catch {
            add('link', `${attr}="${trimmed}" không phải URL hợp lệ`, at(el));
            continue;
          }
          if (IGNORED_SCHEMES.has(url.protocol)) continue;
          if (url.protocol === 'javascript:') {
            add('link', `${attr}="${trimmed}": không dùng javascript: trong liên kết (CSP chặn nó)`, at(el));
            continue;
          }
          const internal = url.origin === 'http://site.invalid' || url.origin === origin;
          if (!internal) continue;
          let urlPath: string;
          try {
            urlPath = decodeURIComponent(url.pathname);
          } catch {
            add('link', `${attr}="${trimmed}": mã hóa phần trăm sai`, at(el));
            continue;
          }
          references.push({ file: shown, ...at(el), attr, value: trimmed, urlPath, fragment: url.hash.slice(1) });
        }
      }
    }
  }

  // Duplicate titles.
  for (const [title, where] of titles) {
    if (where.length > 1) {
      for (const file of where) {
        problems.push({ kind: 'title', file, message: `<title>${title}</title> trùng với ${where.length - 1} trang khác (${where.filter((w) => w !== file).slice(0, 3).join(', ')}${where.length > 4 ? ', …' : ''})` });
      }
    }
  }

  // References.
  const cache = new Map<string, boolean>();
  for (const ref of references) {
    const resolved = await resolveUrlPath(dist, ref.urlPath, cache);
    const where = { file: ref.file, line: ref.line, column: ref.column };
    if (resolved.kind === 'missing') {
      problems.push({ kind: 'link', ...where, message: `${ref.attr}="${ref.value}": không có tệp ${ref.urlPath}${ref.urlPath.endsWith('/') ? 'index.html' : ''} trong bản dựng` });
      continue;
    }
    if (resolved.kind === 'needs-slash') {
      problems.push({ kind: 'link', ...where, message: `${ref.attr}="${ref.value}": thiếu dấu / ở cuối (trang nằm ở ${ref.urlPath}/)` });
      continue;
    }
    if (ref.fragment && ref.fragment !== 'top' && resolved.file.endsWith('.html')) {
      const targetIds = ids.get(urlPathOf(dist, resolved.file));
      let fragment = ref.fragment;
      try {
        fragment = decodeURIComponent(fragment);
      } catch {
        // Keep it as written.
      }
      if (targetIds && !targetIds.has(fragment)) {
        problems.push({ kind: 'link', ...where, message: `${ref.attr}="${ref.value}": trang ${urlPathOf(dist, resolved.file)} không có phần tử id="${fragment}"` });
      }
    }
  }
  return { pages: files.length, problems };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: path.join(ROOT, 'dist') },
      site: { type: 'string' },
      all: { type: 'boolean', default: false },
      'without-html-validate': { type: 'boolean', default: false },
    },
  });
  const dist = path.resolve(values.dist);
  const started = performance.now();
  let outcome;
  try {
    outcome = await checkSite(dist, { site: values.site, htmlValidate: !values['without-html-validate'] });
  } catch (error) {
    console.error(`Không kiểm tra được ${dist}: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  const { pages, problems } = outcome;
  if (pages === 0) {
    console.error(`Không có trang HTML nào trong ${dist}: hãy chạy "npm run build" trước.`);
    return 1;
  }
  const byKind = new Map<string, number>();
  for (const p of problems) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
  // The same problem on many pages (a broken link in the footer) is printed once, with its places.
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.kind}\u0000${p.message}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const limit = values.all ? Infinity : 10;
  const place = (p: Problem) => `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
  for (const group of [...groups.values()].sort((a, b) => (a[0]?.kind ?? '').localeCompare(b[0]?.kind ?? '') || b.length - a.length)) {
    const first = group[0];
    if (!first) continue;
    if (group.length === 1) {
      console.log(`${place(first)} ${styleText('yellow', `[${first.kind}]`)} ${first.message}`);
      continue;
    }
    console.log(`${styleText('yellow', `[${first.kind}]`)} ${first.message} — ${group.length} chỗ:`);
    for (const p of group.slice(0, limit)) console.log(`    ${place(p)}`);
    if (group.length > limit) console.log(`    … và ${group.length - limit} chỗ khác (--all để xem hết)`);
  }
  console.log(`\nĐã kiểm tra ${pages} trang trong ${ms(performance.now() - started)}: ${problems.length ? styleText('red', `${problems.length} lỗi`) : styleText('green', 'không có lỗi')}`);
  for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${kind}`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = await main();
}
