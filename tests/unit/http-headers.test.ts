/**
 * The headers the site is served with come from one source (lib/http-headers.ts) and reach the
 * host in two formats (nginx, `_headers`) and the pages in one (`<meta>`): each must say the same.
 */
import { describe, expect, it } from 'vitest';
import {
  CACHE_FOREVER,
  CACHE_REVALIDATE,
  contentTypeFor,
  headersFile,
  headersFor,
  nginxHttpConf,
  nginxServerConf,
  siteCsp,
  siteCspDirectives,
  tileOrigin,
} from '../../src/lib/http-headers.ts';

const OSM = { map: { tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' } };

/** The directives of a policy, by name. */
const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name as string, values]));

describe('tileOrigin', () => {
  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://tile.openstreetmap.org'],
    ['https://{s}.tile.example.vn/{z}/{x}/{y}.png', 'https://a.tile.example.vn'],
    ['http://127.0.0.1:8080/{z}/{x}/{y}.png', 'http://127.0.0.1:8080'],
    ['javascript:alert(1)', undefined],
    ['không phải địa chỉ', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, origin) => expect(tileOrigin(url)).toBe(origin));
});

describe('the Content-Security-Policy', () => {
  it('names the tile server in img-src and nothing off-site elsewhere', () => {
    const policy = directives(siteCsp(OSM));
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    for (const [name, values] of policy) if (name !== 'img-src') expect(values.every((v) => v.startsWith("'") || v === 'data:'), name).toBe(true);
    expect(directives(siteCsp({})).get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('lets the search read the other sites of searchAcross, by origin, https only', () => {
    const policy = directives(siteCsp({ ...OSM, searchAcross: [{ url: 'https://a.example.vn' }, { url: 'https://a.example.vn/khac/' }, { url: 'http://b.example.vn' }, { url: 'không phải' }] }));
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://a.example.vn']);
    expect(directives(siteCsp(OSM)).get('connect-src')).toEqual(["'self'"]);
  });

  it('allows no inline script or style, no eval, and no framing by other sites', () => {
    const policy = directives(siteCsp(OSM));
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('lets the barcode page alone compile WebAssembly (its decoder), no other page', () => {
    expect(directives(siteCsp(OSM, '/kiem-tra-ma-vach/')).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives(siteCsp(OSM, '/kiem-tra-ma-vach/index.html')).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const path of ['/', '/kiem-tra-ma-vach/tien-to/', '/kiem-tra-ma-vach/ma/0893604.json', '/tim-kiem/', '/_astro/x.js']) {
      expect(directives(siteCsp(OSM, path)).get('script-src'), path).toEqual(["'self'"]);
    }
    expect(headersFor('/kiem-tra-ma-vach/', OSM)['Content-Security-Policy']).toBe(siteCsp(OSM, '/kiem-tra-ma-vach/'));
    expect(nginxHttpConf(OSM)).toContain(`~^/kiem-tra-ma-vach/(index\\.html)?$ "${siteCsp(OSM, '/kiem-tra-ma-vach/')}"`);
    expect(headersFile(OSM)).toContain(`/kiem-tra-ma-vach/\n  ! Content-Security-Policy\n  Content-Security-Policy: ${siteCsp(OSM, '/kiem-tra-ma-vach/')}`);
  });

  it('the header carries every directive of the pages\' <meta>, word for word', () => {
    const header = siteCsp(OSM);
    for (const d of siteCspDirectives(OSM)) expect(header.split('; ')).toContain(d);
  });
});

describe('headersFor', () => {
  it.each([
    ['/', CACHE_REVALIDATE, false, "'none'"],
    ['/diem-ban/mot-diem/', CACHE_REVALIDATE, false, "'none'"],
    ['/_astro/PointMap.Ab12.js', CACHE_FOREVER, false, "'none'"],
    ['/du-lieu/diem-ban.csv', CACHE_REVALIDATE, true, "'none'"],
    ['/tim-kiem/chi-muc/a.json', CACHE_REVALIDATE, true, "'none'"],
    ['/tim-kiem/', CACHE_REVALIDATE, false, "'none'"],
    ['/admin/', CACHE_REVALIDATE, false, "'self'"],
  ])('%s: cache %s, cross-origin %s, framed by %s', (path, cache, cors, framing) => {
    const h = headersFor(path, OSM);
    expect(h['Cache-Control']).toBe(cache);
    expect('Access-Control-Allow-Origin' in h).toBe(cors);
    expect(directives(h['Content-Security-Policy'] ?? '').get('frame-ancestors')).toEqual([framing]);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(h['Permissions-Policy']).toMatch(/(^|, )geolocation=\(self\)(,|$)/);
    expect(h['Permissions-Policy']).toMatch(/(^|, )camera=\(self\)(,|$)/);
    expect(h['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });

  it('the editor gets its own looser policy, the public pages never do', () => {
    expect(headersFor('/admin/', OSM)['Content-Security-Policy']).toContain("'unsafe-eval'");
    expect(headersFor('/administration/', OSM)['Content-Security-Policy']).toBe(siteCsp(OSM));
  });
});

describe('the nginx configuration', () => {
  const http = nginxHttpConf(OSM);
  const server = nginxServerConf();

  it('maps each path to the policy, cache lifetime and CORS headersFor gives it', () => {
    expect(http).toContain(`default "${siteCsp(OSM)}"`);
    expect(http).toMatch(/~\^\/_astro\/ "public, max-age=31536000, immutable"/);
    expect(http).toMatch(/~\^\/du-lieu\/ "\*"/);
  });

  it('sets every header once, at server level, so no location drops them', () => {
    const locations = server.split('\n').filter((l) => l.startsWith('location'));
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations) expect(l).not.toContain('add_header');
    for (const name of Object.keys(headersFor('/du-lieu/x.csv', OSM))) expect(server).toMatch(new RegExp(`^add_header ${name} .* always;$`, 'm'));
  });

  it('never answers "not modified" for the service worker from its time and size', () => {
    const worker = server.split('\n').find((l) => l.startsWith('location = /sw.js'));
    expect(worker).toContain('etag off;');
    expect(worker).toContain('if_modified_since off;');
  });

  it('serves every content type the site knows, text as UTF-8', () => {
    for (const ext of ['html', 'csv', 'ics', 'geojson', 'json', 'js', 'css', 'svg', 'webp']) expect(server).toMatch(new RegExp(`^  \\S+ ${ext};$`, 'm'));
    expect(server).toMatch(/^charset_types .*text\/csv/m);
  });
});

describe('the _headers file', () => {
  const file = headersFile(OSM);
  const rules = new Map(file.split('\n\n').filter((b) => b.startsWith('/')).map((b) => {
    const [path, ...lines] = b.split('\n');
    return [path, lines.map((l) => l.trim())];
  }));

  it('gives every path the public headers and swaps the policy for the editor', () => {
    expect(rules.get('/*')).toContain(`Content-Security-Policy: ${siteCsp(OSM)}`);
    expect(rules.get('/admin/*')?.[0]).toBe('! Content-Security-Policy');
    expect(rules.get('/_astro/*')).toContain(`Cache-Control: ${CACHE_FOREVER}`);
    expect(rules.get('/du-lieu/*')).toEqual(['Access-Control-Allow-Origin: *']);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['a/index.html', 'text/html; charset=utf-8'],
    ['du-lieu/diem-ban.CSV', 'text/csv; charset=utf-8'],
    ['x.geojson', 'application/geo+json; charset=utf-8'],
    ['anh.webp', 'image/webp'],
    ['khong-duoi', 'application/octet-stream'],
    ['.htaccess', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});
