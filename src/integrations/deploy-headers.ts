/**
 * Writes the host configuration for this build's site, from the one source of its headers
 * (lib/http-headers.ts): `_headers` at the root of the output (read by hosts such as Cloudflare
 * Pages and Netlify) and, under `_deploy/nginx/`, the two parts of the nginx configuration that
 * deploy/nginx/hangviet.conf includes. The nginx parts keep both files from being served.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEPLOY_FOLDER, HEADERS_FILE, headersFile, nginxHttpConf, nginxServerConf, type HeaderSite } from '../lib/http-headers.ts';

/** The files written, relative to the output folder. */
export const NGINX_HTTP_CONF = `${DEPLOY_FOLDER.slice(1)}nginx/hangviet-http.conf`;
export const NGINX_SERVER_CONF = `${DEPLOY_FOLDER.slice(1)}nginx/hangviet-server.conf`;

/** The integration; `outputs()` (absolute paths) for keep-dist. */
export function deployHeaders(site: HeaderSite): AstroIntegration & { outputs: () => string[] } {
  let written: string[] = [];
  return {
    name: 'hangviet-deploy-headers',
    outputs: () => written,
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files: Record<string, string> = {
          [HEADERS_FILE.slice(1)]: headersFile(site),
          [NGINX_HTTP_CONF]: nginxHttpConf(site),
          [NGINX_SERVER_CONF]: nginxServerConf(),
        };
        written = Object.entries(files).map(([file, text]) => {
          const target = path.join(dist, file);
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, text);
          return target;
        });
        logger.info(`Cấu hình máy chủ (tiêu đề bảo mật, bộ nhớ đệm): ${Object.keys(files).join(', ')}.`);
      },
    },
  };
}
