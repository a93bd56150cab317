/**
 * Before the browser tests: make sure the site is built and Chromium and nginx are there (installed
 * with apt-get when running as root), then serve `dist/` with nginx and the configuration the
 * build wrote for it (scripts/lib/nginx.ts) on 127.0.0.1 at a free port, and hand its address to
 * the tests in HANGVIET_E2E_URL. So the tests meet the production headers and Content-Security-
 * Policy. A free port rather than a fixed one (Playwright's `webServer`) lets two checkouts run
 * their tests at once without one testing the other's build. Returns the teardown that stops it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from '../../scripts/lib/chromium.ts';
import { startNginx } from '../../scripts/lib/nginx.ts';
import { DIST, SERVER_URL_VAR } from './env.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error(`Không thấy ${path.join(DIST, 'index.html')}: hãy chạy "npm run build" trước.`);
  const chromium = ensureChromium();
  const server = await startNginx(DIST);
  process.env[SERVER_URL_VAR] = server.url;
  console.log(`${chromium} · nginx ${server.url} · ${DIST}`);
  return () => server.close();
}
