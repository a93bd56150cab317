/**
 * The test server is nginx with the configuration the build wrote (deploy/, lib/http-headers.ts):
 * right Content-Type for every kind of file the build makes, 404 page with status 404, no folder
 * listings, nothing outside dist/, the build's own host files never served, and the headers of
 * lib/http-headers.ts on every response, which the browser then enforces.
 */
import { request } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { headersFor, type HeaderSite } from '../../src/lib/http-headers.ts';
import { assert, DIST, siteUrl, test, TEST_SITE } from './env.ts';

const SITE = TEST_SITE as HeaderSite;

/** Raw GET, so `..` segments reach the server as written (fetch would normalise them away). */
function rawGet(base: string, rawPath: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const EXPECTED_TYPES: Record<string, RegExp> = {
  '.html': /^text\/html/,
  '.css': /^text\/css/,
  '.js': /^text\/javascript/,
  '.json': /^application\/json/,
  '.svg': /^image\/svg\+xml/,
  '.webp': /^image\/webp/,
  '.ics': /^text\/calendar/,
  '.xml': /^application\/xml/,
  '.csv': /^text\/csv/,
  '.geojson': /^application\/geo\+json/,
};

test('máy chủ thử: 404.html với mã 404, không liệt kê thư mục, không ra ngoài dist/', async () => {
  const missing = await rawGet(siteUrl(), '/khong-co-trang-nay/');
  assert(missing.status === 404 && /^text\/html/.test(missing.type), `trang không có: HTTP ${missing.status} ${missing.type}`);
  const folder = await rawGet(siteUrl(), '/tim-kiem/chi-muc/');
  assert(folder.status === 404, `thư mục không có index.html: HTTP ${folder.status}, cần 404`);
  for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2f%2e%2e%2fetc/passwd']) {
    const r = await rawGet(siteUrl(), p);
    assert(r.status >= 400 && !r.body.includes('"name"') && !r.body.includes('root:'), `${p}: HTTP ${r.status}, lộ tệp ngoài dist/`);
  }
});

// One file of each kind the build produced, wherever it is.
const byExt = new Map<string, string>();
for (const e of readdirSync(DIST, { withFileTypes: true, recursive: true })) {
  const ext = path.extname(e.name);
  if (e.isFile() && EXPECTED_TYPES[ext] && !byExt.has(ext)) byExt.set(ext, path.join(e.parentPath, e.name));
}
for (const [ext, file] of byExt) {
  const rel = `/${path.relative(DIST, file).split(path.sep).map(encodeURIComponent).join('/')}`;
  test(`máy chủ thử: ${ext} có Content-Type đúng (${rel})`, async () => {
    const res = await fetch(siteUrl(rel));
    const type = res.headers.get('content-type') ?? '';
    await res.arrayBuffer();
    assert(res.status === 200, `HTTP ${res.status}`);
    assert(EXPECTED_TYPES[ext]?.test(type), `Content-Type "${type}"`);
  });
}

test('máy chủ: mọi phản hồi mang đúng các tiêu đề của lib/http-headers.ts (trang, tệp băm, dữ liệu mở, trình soạn thảo, 404)', async () => {
  const asset = readdirSync(path.join(DIST, '_astro')).find((f) => f.endsWith('.js'));
  assert(asset, 'không có tệp .js nào trong dist/_astro/');
  const cases: [string, string, number][] = [
    ['/', '/', 200],
    [`/_astro/${asset}`, `/_astro/${asset}`, 200],
    ['/du-lieu/diem-ban.csv', '/du-lieu/diem-ban.csv', 200],
    ['/admin/', '/admin/', 200],
    ['/khong-co-trang-nay/', '/404.html', 404],
  ];
  for (const [requested, servedAs, status] of cases) {
    const res = await fetch(siteUrl(requested));
    await res.arrayBuffer();
    assert(res.status === status, `${requested}: HTTP ${res.status}, cần ${status}`);
    for (const [name, value] of Object.entries(headersFor(servedAs, SITE))) {
      assert(res.headers.get(name) === value, `${requested}: tiêu đề ${name} là "${res.headers.get(name)}", cần "${value}"`);
    }
    if (!requested.startsWith('/du-lieu/')) assert(!res.headers.has('access-control-allow-origin'), `${requested}: không được cho trang khác đọc`);
  }
});

test('máy chủ: sw.js hỏi lại luôn được gửi đầy đủ (trình duyệt so từng byte để biết có bản dựng mới), trang không đổi thì 304', async () => {
  for (const [p, expected] of [['/', 304], ['/sw.js', 200]] as const) {
    const first = await fetch(siteUrl(p));
    await first.arrayBuffer();
    const modified = first.headers.get('last-modified');
    assert(modified, `${p}: không có Last-Modified`);
    // As a browser revalidating its copy: the time it was given, and any tag.
    const again = await fetch(siteUrl(p), { headers: { 'if-modified-since': modified, 'if-none-match': first.headers.get('etag') ?? '*' } });
    const body = Buffer.from(await again.arrayBuffer());
    assert(again.status === expected, `${p}: hỏi lại được HTTP ${again.status}, cần ${expected}`);
    if (expected === 200) assert(body.equals(readFileSync(path.join(DIST, p))), `${p}: nội dung khác tệp trong dist/`);
  }
});

test('máy chủ: tệp cấu hình của bản dựng (_headers, _deploy/) không bao giờ được phục vụ', async () => {
  for (const p of ['/_headers', '/_deploy/nginx/hangviet-http.conf', '/_deploy/nginx/hangviet-server.conf', '/_deploy/']) {
    const r = await rawGet(siteUrl(), p);
    assert(r.status === 404 && !r.body.includes('add_header') && !r.body.includes('Content-Security-Policy:'), `${p}: HTTP ${r.status}`);
  }
});

test('máy chủ: trang, dữ liệu và chỉ mục tìm kiếm được nén gzip', async () => {
  const index = readdirSync(path.join(DIST, 'tim-kiem', 'chi-muc')).find((f) => f.endsWith('.json'));
  for (const p of ['/', '/du-lieu/diem-ban.csv', '/du-lieu/diem-ban.json', `/tim-kiem/chi-muc/${index}`]) {
    const res = await fetch(siteUrl(p), { headers: { 'accept-encoding': 'gzip' } });
    const body = await res.arrayBuffer();
    assert(res.headers.get('content-encoding') === 'gzip', `${p}: Content-Encoding "${res.headers.get('content-encoding')}", cần gzip`);
    assert(body.byteLength > 0, `${p}: rỗng`);
  }
});

test('máy chủ: không trang nào nhúng được trang của site vào khung (frame-ancestors, chỉ có ở tiêu đề)', async ({ page }) => {
  await page.goto(siteUrl('/'));
  const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, siteUrl('/tim-kiem/'));
  await refused;
  // Chromium puts its own error page in the frame instead of the site's.
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const shown = await frame?.evaluate(() => location.href);
  assert(shown !== undefined && !shown.startsWith(siteUrl('/')), `trang vẫn hiện trong khung: ${shown}`);
});

test('máy chủ: tệp lớn được gửi bằng bản nén sẵn, cùng nội dung và tiêu đề; trình duyệt không nhận gzip thì nhận tệp gốc', async () => {
  const copy = readdirSync(DIST, { recursive: true, withFileTypes: true }).find((e) => e.isFile() && e.name.endsWith('.json.gz'));
  assert(copy, 'bản dựng không có bản nén sẵn nào');
  const file = path.join(copy.parentPath, copy.name.slice(0, -3));
  const url = `/${path.relative(DIST, file).split(path.sep).join('/')}`;
  const zipped = await fetch(siteUrl(url), { headers: { 'accept-encoding': 'gzip' } });
  assert(zipped.headers.get('content-encoding') === 'gzip', `${url}: Content-Encoding "${zipped.headers.get('content-encoding')}"`);
  assert(Number(zipped.headers.get('content-length')) === readFileSync(path.join(copy.parentPath, copy.name)).length, `${url}: không phải bản nén sẵn (độ dài ${zipped.headers.get('content-length')})`);
  assert(Buffer.from(await zipped.arrayBuffer()).equals(readFileSync(file)), `${url}: nội dung giải nén khác tệp gốc`);
  for (const [name, value] of Object.entries(headersFor(url, SITE))) assert(zipped.headers.get(name) === value, `${url}: tiêu đề ${name} là "${zipped.headers.get(name)}"`);
  assert(/^application\/json/.test(zipped.headers.get('content-type') ?? ''), `${url}: Content-Type ${zipped.headers.get('content-type')}`);
  const plain = await rawGet(siteUrl(), url);
  assert(plain.status === 200 && plain.body === readFileSync(file, 'utf8'), `${url}: không nhận gzip thì phải nhận tệp gốc`);
});
