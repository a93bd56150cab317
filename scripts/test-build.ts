/**
 * The test build (`node scripts/test-build.ts`, step "build" of `npm test`): the sample content
 * plus the test fixtures (tests/fixtures/content/, records that exercise escaping and other
 * edge cases a published sample must never carry; tests/fixtures/site.yaml, settings laid over
 * the sample's site.yaml key by key), built into dist/ as `npm run build` does.
 * The copy lives in the system's temporary folder, so the working tree stays clean.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { stringify } from 'yaml';
import { testSiteSettings } from './lib/test-site.ts';

const root = path.resolve(import.meta.dirname, '..');
// One copy per checkout, so two checkouts can run their tests at once.
const content = path.join(tmpdir(), `hangviet-test-content-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`);
const fixtures = path.join(root, 'tests/fixtures/content');

rmSync(content, { recursive: true, force: true });
cpSync(path.join(root, 'content'), content, { recursive: true });
for (const e of readdirSync(fixtures, { recursive: true, withFileTypes: true })) {
  if (!e.isFile()) continue;
  const rel = path.relative(fixtures, path.join(e.parentPath, e.name));
  const target = path.join(content, rel);
  if (existsSync(target)) throw new Error(`${rel}: một tệp cùng tên đã có trong content/; hãy đặt tên khác cho tệp dữ liệu kiểm thử`);
  cpSync(path.join(fixtures, rel), target);
}
writeFileSync(path.join(content, 'site.yaml'), stringify(testSiteSettings()));
console.log(`Nội dung mẫu và dữ liệu kiểm thử: ${content}`);

const env = { ...process.env, HANGVIET_CONTENT: content };
const run = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, env, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
