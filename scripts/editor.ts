/**
 * The web editor in local mode (`npm run editor`), for trying it on one's own machine without an
 * account: the site's development server and the editor's local file server, both on 127.0.0.1
 * only. Open http://127.0.0.1:4321/admin/, write, save: files are written into content/ of this
 * folder, and the development server shows the result at once.
 *
 *   npm run editor                   # the project's content/ (HANGVIET_CONTENT is not used here)
 *   node scripts/editor.ts --no-site # the file server alone (the browser tests use this)
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_EDITOR_PORT } from '../src/lib/editor-config.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Start the editor's local file server (decap-server's file-system middleware) for the
 * repository at `root`, listening on 127.0.0.1 only: it has no sign-in, so nothing but this
 * machine may reach it. It writes only inside `root`.
 */
export async function startLocalEditor({ root = ROOT, port = LOCAL_EDITOR_PORT } = {}): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const require = createRequire(import.meta.url);
  // express is decap-server's own dependency: resolved from there, so its version is the one it was built for.
  const requireFromServer = createRequire(require.resolve('decap-server'));
  const express = requireFromServer('express') as () => import('node:http').RequestListener & { use: unknown };
  const { registerLocalFs } = requireFromServer('./middlewares') as { registerLocalFs: (app: unknown, options?: { logLevel?: string }) => Promise<void> };
  process.env.GIT_REPO_DIRECTORY = root;
  const app = express();
  await registerLocalFs(app, { logLevel: 'warn' });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = (app as unknown as { listen: (port: number, host: string, cb: () => void) => Server }).listen(port, '127.0.0.1', () => resolve(s));
    s.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Cổng ${port} trên 127.0.0.1 đang bận: có thể trình soạn thảo đã chạy ở một cửa sổ khác; hãy đóng nó rồi chạy lại.`) : error),
    );
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${address.address}:${address.port}/api/v1`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { 'no-site': { type: 'boolean', default: false } } });
  const local = await startLocalEditor();
  console.log(`Máy chủ tệp của trình soạn thảo: ${local.url} (chỉ máy này truy cập được), ghi vào ${path.join(ROOT, 'content')}`);
  if (!values['no-site']) {
    const astro = spawn(path.join(ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, HANGVIET_CONTENT: '' } });
    console.log('Mở http://127.0.0.1:4321/admin/ để viết tin; trang web xem thử ở http://127.0.0.1:4321/.');
    const stop = () => {
      astro.kill();
      void local.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    astro.on('exit', (code) => void local.close().then(() => process.exit(code ?? 0)));
  }
}
