/**
 * The HTTP response headers the site is served with, from one source: the Content-Security-Policy
 * (also written into every page as a `<meta>` by astro.config.mjs, for hosts that send no headers),
 * the other security headers, caching and the open data's CORS. The build writes them out for nginx
 * (`nginxHttpConf`, `nginxServerConf`) and as a `_headers` file for hosts that read one
 * (`headersFile`): src/integrations/deploy-headers.ts. Pure: the site's settings come in as values.
 */
import { editorCsp, type EditorBackend } from './editor-config.ts';
import { WORKER_URL } from './offline.ts';
import { ADMIN, BARCODE, OPEN_DATA, SEARCH_INDEX } from './urls.ts';

/** The settings from site.yaml that the headers depend on. */
export interface HeaderSite {
  map?: { tileUrl?: string | undefined } | undefined;
  editor?: EditorBackend | undefined;
  /** Other sites whose search index the search page reads (site.yaml's `searchAcross`). */
  searchAcross?: readonly { url: string }[] | undefined;
}

/** The origin of an https address, if it is one. */
function httpsOrigin(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The origin of a tile URL template (`https://{s}.tile.example/{z}/{x}/{y}.png` → `https://a.tile.example`), if it is one. */
export function tileOrigin(tileUrl: string | undefined): string | undefined {
  if (!tileUrl) return undefined;
  try {
    const url = new URL(tileUrl.replace(/\{[a-z]\}/g, 'a'));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** A directive of those the page's policy has (typed so Astro's `security.csp.directives` takes them). */
type CspDirective = `${'default-src' | 'img-src' | 'connect-src' | 'font-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/**
 * The public site's policy without `script-src` and `style-src`, which Astro adds to the page's
 * `<meta>` with the hashes of what it inlines. No page inlines a script or a style (the post-build
 * check holds it), so the header says `'self'` for both.
 */
export function siteCspDirectives(site: HeaderSite): CspDirective[] {
  const tiles = tileOrigin(site.map?.tileUrl);
  const others = [...new Set((site.searchAcross ?? []).map((s) => httpsOrigin(s.url)).filter((o) => o !== undefined))];
  return [
    "default-src 'self'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ''}`,
    `connect-src 'self'${others.length ? ` ${others.join(' ')}` : ''}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/**
 * Pages whose script may compile WebAssembly: the barcode check, whose decoder (zxing-wasm, served
 * from the site's own `/_astro/`) runs where the browser has no BarcodeDetector. Only these pages
 * get `'wasm-unsafe-eval'`; the rest run no WebAssembly (the search reads its own JSON index).
 */
export const WASM_PAGES: readonly string[] = [BARCODE];

const isWasmPage = (path: string) => WASM_PAGES.some((p) => path === p || path === `${p}index.html`);

/** A page's `script-src` sources (its `<meta>` gets them from the page: pages/kiem-tra-ma-vach/index.astro). */
export function scriptSources(path: string): string[] {
  return isWasmPage(path) ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"];
}

/**
 * The policy sent as a header: the page's own, plus what a `<meta>` cannot carry — `frame-ancestors`
 * (no other site may frame the pages: clickjacking). `path` picks the script sources (`scriptSources`).
 */
export function siteCsp(site: HeaderSite, path = '/'): string {
  return [...siteCspDirectives(site), `script-src ${scriptSources(path).join(' ')}`, "style-src 'self'", "frame-ancestors 'none'"].join('; ');
}

/** The editor's policy (looser, see `editorCsp`), which may frame only its own previews. */
export function adminCsp(site: HeaderSite): string {
  return `${editorCsp(site.editor)}; frame-ancestors 'self'`;
}

/** Security headers sent with every response, whatever its path. */
export function securityHeaders(): Record<string, string> {
  return {
    // Two years, this host and its subdomains (only ever served over HTTPS).
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    // The tile server (OpenStreetMap's usage policy) needs to know which site asks; a full URL
    // never leaves the site.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Only the "near me" button asks for a position and the barcode check for the camera, and only
    // for this site; nothing else.
    'Permissions-Policy': 'geolocation=(self), camera=(self), microphone=(), payment=(), usb=()',
    // Older browsers that read no frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}

/** How long a file may be kept: Astro's hashed assets forever, everything else revalidated. */
export const CACHE_FOREVER = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';
/** Files whose name changes with their content. */
export const HASHED_ASSETS = '/_astro/';
/** What other sites may read from a browser (open data and the search index, for aggregation). */
export const CROSS_ORIGIN_PATHS = [OPEN_DATA, SEARCH_INDEX];

/** Files the build writes for the host, never served. */
export const DEPLOY_FOLDER = '/_deploy/';
export const HEADERS_FILE = '/_headers';

/** The headers of a response to `path` (a URL path), as the host configurations send them. */
export function headersFor(path: string, site: HeaderSite): Record<string, string> {
  const admin = path.startsWith(ADMIN);
  return {
    'Content-Security-Policy': admin ? adminCsp(site) : siteCsp(site, path),
    ...securityHeaders(),
    'Cache-Control': path.startsWith(HASHED_ASSETS) ? CACHE_FOREVER : CACHE_REVALIDATE,
    ...(CROSS_ORIGIN_PATHS.some((p) => path.startsWith(p)) ? { 'Access-Control-Allow-Origin': '*' } : {}),
  };
}

/** Content types by file extension (without the dot); text types are served as UTF-8. */
export const CONTENT_TYPES: Record<string, { type: string; text?: true }> = {
  html: { type: 'text/html', text: true },
  css: { type: 'text/css', text: true },
  js: { type: 'text/javascript', text: true },
  mjs: { type: 'text/javascript', text: true },
  json: { type: 'application/json', text: true },
  map: { type: 'application/json', text: true },
  webmanifest: { type: 'application/manifest+json', text: true },
  wasm: { type: 'application/wasm' },
  svg: { type: 'image/svg+xml' },
  png: { type: 'image/png' },
  jpg: { type: 'image/jpeg' },
  jpeg: { type: 'image/jpeg' },
  gif: { type: 'image/gif' },
  webp: { type: 'image/webp' },
  avif: { type: 'image/avif' },
  ico: { type: 'image/x-icon' },
  ics: { type: 'text/calendar', text: true },
  xml: { type: 'application/xml', text: true },
  rss: { type: 'application/rss+xml', text: true },
  csv: { type: 'text/csv', text: true },
  geojson: { type: 'application/geo+json', text: true },
  txt: { type: 'text/plain', text: true },
  yml: { type: 'text/yaml', text: true },
  pdf: { type: 'application/pdf' },
  woff: { type: 'font/woff' },
  woff2: { type: 'font/woff2' },
};

/** The `Content-Type` header of a file name; unknown extensions are bytes. */
export function contentTypeFor(file: string): string {
  const entry = CONTENT_TYPES[/\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? ''];
  if (!entry) return 'application/octet-stream';
  return entry.text ? `${entry.type}; charset=utf-8` : entry.type;
}

/** A value as an nginx string: in double quotes, `"` and `\` escaped; a `$` (a variable to nginx) is refused. */
function nginxString(value: string): string {
  if (value.includes('$')) throw new Error(`An nginx header value cannot hold "$": ${value}`);
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

const nginxRegex = (prefix: string) => `~^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;

/**
 * The http-level part of the nginx configuration: maps from the request path to the values that
 * vary by path. Headers are then set once per server (`nginxServerConf`), so that no `location`
 * has an `add_header` of its own (which would drop every header set above it).
 */
export function nginxHttpConf(site: HeaderSite): string {
  const map = (name: string, entries: [string, string][], fallback: string) =>
    [`map $uri $${name} {`, ...entries.map(([k, v]) => `  ${k} ${nginxString(v)};`), `  default ${nginxString(fallback)};`, '}'].join('\n');
  return [
    '# Written by the build from src/lib/http-headers.ts: edit that file, not this one.',
    '# Include it at the http level (for instance from /etc/nginx/conf.d/), once.',
    map('hangviet_csp', [[nginxRegex(ADMIN), adminCsp(site)], ...WASM_PAGES.map((p): [string, string] => [`${nginxRegex(p)}(index\\.html)?$`, siteCsp(site, p)])], siteCsp(site)),
    map('hangviet_cache', [[nginxRegex(HASHED_ASSETS), CACHE_FOREVER]], CACHE_REVALIDATE),
    map('hangviet_cors', CROSS_ORIGIN_PATHS.map((p) => [nginxRegex(p), '*']), ''),
    '',
  ].join('\n');
}

/**
 * The server-level part: content types, compression, the 404 page, the build's own files kept
 * private, and the headers (an empty value, as `$hangviet_cors` off the open data, sends none).
 */
export function nginxServerConf(): string {
  const textTypes = [...new Set(Object.values(CONTENT_TYPES).filter((t) => t.text).map((t) => t.type))];
  const lines = [
    '# Written by the build from src/lib/http-headers.ts: edit that file, not this one.',
    '# Include it inside the site\'s server block, after its `root` (the folder the build wrote).',
    'types {',
    ...Object.entries(CONTENT_TYPES).map(([ext, t]) => `  ${t.type} ${ext};`),
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    // text/html is always among them (naming it again is a warning).
    `charset_types ${textTypes.filter((t) => t !== 'text/html').join(' ')};`,
    'index index.html;',
    'server_tokens off;',
    // Compressed on the fly: HTML, data and scripts shrink to a fifth or less.
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 5;',
    'gzip_min_length 512;',
    `gzip_types ${textTypes.filter((t) => t !== 'text/html').join(' ')} image/svg+xml;`,
    // Large files come with a gzip copy written by the build (src/integrations/precompress.ts).
    'gzip_static on;',
    'error_page 404 /404.html;',
    `location ^~ ${DEPLOY_FOLDER} { return 404; }`,
    `location = ${HEADERS_FILE} { return 404; }`,
    // `x/` is x/index.html, and a folder without one is not found (never listed, never 403);
    // `x` → `x/` when x/ is a folder (nginx's own redirect, relative so it keeps the scheme and host).
    'absolute_redirect off;',
    'location ~ /$ { try_files ${uri}index.html =404; }',
    'location / { try_files $uri $uri/ =404; }',
    // Browsers learn that a new build is out by comparing the service worker's bytes, so it is never
    // answered "not modified" from its time and size (nginx's validators): two builds can write a
    // sw.js of the same size within a second, and a deploy can reset file times. It is small.
    `location = ${WORKER_URL} { etag off; if_modified_since off; try_files $uri =404; }`,
    'add_header Content-Security-Policy $hangviet_csp always;',
    ...Object.entries(securityHeaders()).map(([name, value]) => `add_header ${name} ${nginxString(value)} always;`),
    'add_header Cache-Control $hangviet_cache always;',
    'add_header Access-Control-Allow-Origin $hangviet_cors always;',
    '',
  ];
  return lines.join('\n');
}

/**
 * The same headers as a `_headers` file (Cloudflare Pages' and Netlify's format): every path gets
 * the public site's, the editor's folder swaps the policy (`! Name` detaches a header set by an
 * earlier rule), hashed assets are cached for good and open data may be read from other sites.
 */
export function headersFile(site: HeaderSite): string {
  const rule = (path: string, headers: string[]) => [path, ...headers.map((h) => `  ${h}`)].join('\n');
  const all = headersFor('/', site);
  return [
    '# Written by the build from src/lib/http-headers.ts: edit that file, not this one.',
    rule('/*', Object.entries(all).map(([k, v]) => `${k}: ${v}`)),
    rule(`${ADMIN}*`, ['! Content-Security-Policy', `Content-Security-Policy: ${adminCsp(site)}`]),
    ...WASM_PAGES.map((p) => rule(p, ['! Content-Security-Policy', `Content-Security-Policy: ${siteCsp(site, p)}`])),
    rule(`${HASHED_ASSETS}*`, ['! Cache-Control', `Cache-Control: ${CACHE_FOREVER}`]),
    ...CROSS_ORIGIN_PATHS.map((p) => rule(`${p}*`, ['Access-Control-Allow-Origin: *'])),
    '',
  ].join('\n\n');
}
