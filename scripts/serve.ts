/**
 * A tiny static file server for the built site (`dist/`), with no dependencies: the browser tests
 * use it, and so can a person (`node scripts/serve.ts [dir] [port]`).
 *
 * It serves `x/` as `x/index.html`, redirects `x` to `x/` when that folder has an index (as a
 * static host with `trailingSlash: 'always'` would), answers unknown paths with `404.html` and
 * status 404, never lists a folder and never serves a file outside `dir`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeFor } from '../src/lib/http-headers.ts';


/** A running server. */
export interface RunningServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:4321/`. */
  url: string;
  /** Port it listens on. */
  port: number;
  /** Stop listening and drop open connections. */
  close: () => Promise<void>;
}

async function fileAt(file: string): Promise<{ file: string; size: number } | undefined> {
  try {
    const s = await stat(file);
    return s.isFile() ? { file, size: s.size } : undefined;
  } catch {
    return undefined;
  }
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

function send(res: ServerResponse, req: IncomingMessage, status: number, found: { file: string; size: number }) {
  res.writeHead(status, {
    'Content-Type': contentTypeFor(found.file),
    'Content-Length': String(found.size),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
}

function plain(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(message);
}

/** Serve `dir` on 127.0.0.1; `port` 0 (the default) picks a free port. */
export async function startServer(dir: string, port = 0): Promise<RunningServer> {
  const root = path.resolve(dir);
  if (!(await isDir(root))) throw new Error(`Không có thư mục ${root}; hãy chạy "npm run build" trước.`);

  const notFound = async (req: IncomingMessage, res: ServerResponse) => {
    const page = await fileAt(path.join(root, '404.html'));
    if (page) send(res, req, 404, page);
    else plain(res, 404, 'Not found');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      plain(res, 400, 'Bad request');
      return;
    }
    // Resolve against the root and refuse anything that escapes it (../, encoded ..%2f, NUL).
    if (pathname.includes('\0')) {
      plain(res, 400, 'Bad request');
      return;
    }
    const target = path.resolve(root, `.${path.posix.normalize(`/${pathname}`)}`);
    if (target !== root && !target.startsWith(root + path.sep)) {
      await notFound(req, res);
      return;
    }
    if (pathname.endsWith('/')) {
      const index = await fileAt(path.join(target, 'index.html'));
      if (index) send(res, req, 200, index);
      else await notFound(req, res);
      return;
    }
    const file = await fileAt(target);
    if (file) {
      send(res, req, 200, file);
      return;
    }
    if (await fileAt(path.join(target, 'index.html'))) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    await notFound(req, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) plain(res, 500, String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Command line: node scripts/serve.ts [dir=dist] [port=4321]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', portArg = '4321'] = process.argv.slice(2);
  const port = Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Cổng không hợp lệ: ${portArg}`);
    process.exit(2);
  }
  try {
    const server = await startServer(dir, port);
    console.log(`Đang phục vụ ${path.resolve(dir)} tại ${server.url} (Ctrl+C để dừng)`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
