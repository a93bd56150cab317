/**
 * The nginx site in deploy/ works with the configuration this build wrote: nginx itself accepts
 * it (`nginx -t`, with a throwaway certificate in place of the real one), so a committee that copies
 * both gets a server that starts. The gzip copies nginx sends as they are say what their file says. What the configuration serves is held by the browser tests, which
 * run against it (tests/e2e/server.e2e.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { ensureNginx } from '../../scripts/lib/nginx.ts';
import { PRECOMPRESS_FROM_BYTES } from '../../src/integrations/precompress.ts';

const dist = path.resolve('dist');
const scratch = mkdtempSync(path.join(tmpdir(), 'hangviet-deploy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('deploy/nginx/hangviet.conf with the build\'s _deploy/nginx/ passes nginx -t', () => {
  const nginx = ensureNginx();
  const cert = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=hangviet.example.vn', '-days', '1', '-keyout', path.join(scratch, 'privkey.pem'), '-out', path.join(scratch, 'fullchain.pem')], { encoding: 'utf8' });
  expect(cert.status, cert.stderr).toBe(0);
  const site = readFileSync('deploy/nginx/hangviet.conf', 'utf8')
    .replaceAll('/var/www/hangviet', dist)
    .replaceAll('/etc/letsencrypt/live/hangviet.example.vn', scratch)
    .replaceAll('/var/www/acme', scratch);
  // The paths the example names are all replaced: nothing outside this build and the scratch folder is read.
  expect(site).not.toMatch(/\/var\/www|\/etc\/letsencrypt/);
  writeFileSync(path.join(scratch, 'hangviet.conf'), site);
  const user = typeof process.getuid === 'function' && process.getuid() === 0 ? 'user root root;\n' : '';
  writeFileSync(
    path.join(scratch, 'nginx.conf'),
    `${user}pid ${scratch}/nginx.pid;\nerror_log ${scratch}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  include ${scratch}/hangviet.conf;\n}\n`,
  );
  const test = spawnSync(nginx, ['-t', '-p', scratch, '-c', path.join(scratch, 'nginx.conf'), '-e', path.join(scratch, 'error.log')], { encoding: 'utf8' });
  expect(test.stderr).toMatch(/test is successful/);
  // Nothing in the generated parts even warns (a warning about the example's own lines, such as a
  // newer nginx preferring `http2 on;`, is the deployer's to see).
  expect(test.stderr.split('\n').filter((l) => /\[(warn|emerg)\]/.test(l) && l.includes('_deploy'))).toEqual([]);
  expect(test.status).toBe(0);
});

it('every gzip copy is its file compressed, and every large file of the pages and data has one', () => {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const copies = files.filter((f) => f.endsWith('.gz'));
  expect(copies.length).toBeGreaterThan(0);
  for (const copy of copies) expect(gunzipSync(readFileSync(copy)).equals(readFileSync(copy.slice(0, -3))), copy).toBe(true);
  const large = files.filter((f) => /\/(du-lieu|_astro)\/.*\.(json|csv|geojson|ics|xml|js|css)$/.test(f) && statSync(f).size >= PRECOMPRESS_FROM_BYTES);
  expect(large.filter((f) => !copies.includes(`${f}.gz`))).toEqual([]);
});
