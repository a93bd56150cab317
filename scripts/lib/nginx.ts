/**
 * Serving a build with Debian's nginx and the configuration the build wrote for it
 * (`_deploy/nginx/`, from src/lib/http-headers.ts), as the real host serves it: the browser tests
 * and the load benchmark run against this, so the headers, the Content-Security-Policy, caching and
 * compression they meet are the production ones. Listens on 127.0.0.1 only, at a free port.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NGINX_HTTP_CONF, NGINX_SERVER_CONF } from '../../src/integrations/deploy-headers.ts';
import { ensureDebianProgram } from './debian.ts';
import { freePort } from './free-port.ts';

/** Where Debian's `nginx` package puts the server. */
export const NGINX_PATH = process.env.NGINX_PATH || '/usr/sbin/nginx';

const INSTALL_HINT =
  'Cần máy chủ nginx để chạy kiểm thử trình duyệt trên cấu hình thật. Trên Debian/Ubuntu: "sudo apt-get update && sudo apt-get install -y nginx"; ' +
  'hoặc đặt biến NGINX_PATH trỏ tới một nginx đã cài.';

/** Make sure nginx is installed (as Chromium is: `ensureChromium`). */
export function ensureNginx(): string {
  return ensureDebianProgram(NGINX_PATH, 'nginx', INSTALL_HINT, Boolean(process.env.NGINX_PATH));
}

/** A running server. */
export interface RunningNginx {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * The whole nginx configuration of a test server for `dist`: the build's own two parts, wrapped
 * as the deploy example wraps them, minus TLS. As root the workers stay root (a checkout under
 * /root is not readable by another user); everything nginx writes goes to `scratch`.
 */
export function testConf(dist: string, port: number, scratch: string, workers = 2): string {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const tmp = (name: string) => `${name}_temp_path ${path.join(scratch, name)};`;
  return `${isRoot ? 'user root root;\n' : ''}worker_processes ${workers};
pid ${path.join(scratch, 'nginx.pid')};
error_log ${path.join(scratch, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(tmp).join('\n  ')}
  include ${path.join(dist, NGINX_HTTP_CONF)};
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${dist};
    include ${path.join(dist, NGINX_SERVER_CONF)};
  }
}
`;
}

/**
 * Serve `dist` (a build folder with its `_deploy/nginx/`) with nginx until `close()`; on `port`
 * when given (a test that stops the server and starts it again, on another build, keeps its origin).
 */
export async function startNginx(dist: string, options: { workers?: number; port?: number } = {}): Promise<RunningNginx> {
  const nginx = ensureNginx();
  const root = path.resolve(dist);
  for (const part of [NGINX_HTTP_CONF, NGINX_SERVER_CONF]) {
    if (!existsSync(path.join(root, part))) throw new Error(`Không có ${path.join(root, part)}: bản dựng chưa ghi cấu hình nginx; hãy chạy "npm run build" lại.`);
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'hangviet-nginx-'));
  const port = options.port ?? (await freePort());
  const conf = path.join(scratch, 'nginx.conf');
  writeFileSync(conf, testConf(root, port, scratch, options.workers));
  const child = spawn(nginx, ['-p', scratch, '-c', conf, '-e', path.join(scratch, 'error.log'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}/`;
  const log = () => [stderr, existsSync(path.join(scratch, 'error.log')) ? readFileSync(path.join(scratch, 'error.log'), 'utf8') : ''].join('\n').trim();
  for (let i = 0; ; i++) {
    const early = await Promise.race([exited, new Promise((r) => setTimeout(r, 50, 'running'))]);
    if (early !== 'running') throw new Error(`nginx dừng ngay (mã ${String(early)}):\n${log()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      break;
    } catch {
      if (i > 100) {
        child.kill();
        throw new Error(`nginx không trả lời ở ${url} sau 5 giây:\n${log()}`);
      }
    }
  }
  return {
    url,
    port,
    close: async () => {
      child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
