/**
 * The test server behaves like the static host the site is meant for: right Content-Type for
 * every kind of file the build makes, 404 page with status 404, no folder listings, nothing
 * outside dist/. No browser needed.
 */
import { request } from 'node:http';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { assert, DIST, siteUrl, test } from './env.ts';

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
