/**
 * Writes a gzip copy (`x.json.gz`) beside every large text file of the build — the open data, the
 * map's data, the biggest pages and scripts — which nginx sends as it is (`gzip_static`, in the
 * configuration of lib/http-headers.ts) instead of compressing megabytes again for each request.
 * Measured on the national build under load (scripts/bench/load.ts, 200 clients): 722 requests/s
 * and p95 1,093 ms with on-the-fly gzip only, 1,683 requests/s and p95 382 ms with these copies.
 * Small files are left to on-the-fly gzip: copies of 25,000 pages would cost the build more than
 * they save. A copy is written again only when its file is newer (most of an incremental build's
 * files are unchanged).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { CONTENT_TYPES } from '../lib/http-headers.ts';
import { forgetStats, statOnce } from './dist-paths.ts';

/** Files from this size on get a compressed copy. */
export const PRECOMPRESS_FROM_BYTES = 64 * 1024;

const TEXT = new Set(Object.entries(CONTENT_TYPES).filter(([, t]) => t.text || t.type === 'image/svg+xml').map(([ext]) => `.${ext}`));

/** Files compressed at once: Node's thread pool runs four compressions side by side. */
const AT_ONCE = 4;

/**
 * The copies written or kept, for keep-dist. `also`: files another integration wrote into the
 * output folder (the open-data exports, streamed-files.ts); its hook must run first.
 */
export function precompress({ also = () => [] }: { also?: () => readonly string[] } = {}): AstroIntegration & { outputs: () => string[] } {
  let written: string[] = [];
  return {
    name: 'hangviet-precompress',
    outputs: () => written,
    hooks: {
      'astro:build:start': () => forgetStats(),
      'astro:build:done': async ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const assetsDir = path.join(root, '_astro');
        const bundles = readdirSync(assetsDir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(assetsDir, e.name));
        const files = [...new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...also(), ...bundles])];
        written = [];
        let fresh = 0;
        const gz = promisify(gzip);
        const compress = async (file: string) => {
          if (!TEXT.has(path.extname(file).toLowerCase())) return;
          let source;
          try {
            source = statOnce(file);
          } catch {
            return;
          }
          if (source.size < PRECOMPRESS_FROM_BYTES) return;
          const copy = `${file}.gz`;
          written.push(copy);
          try {
            if (statSync(copy).mtimeMs >= source.mtimeMs) return;
          } catch {
            // No copy yet.
          }
          writeFileSync(copy, await gz(readFileSync(file), { level: 9 }));
          fresh += 1;
        };
        // A few at a time: each holds its file and its copy in memory while the thread pool
        // compresses, and all at once (every export and map file of a national build) made the
        // finishing steps' highest point of memory.
        const queue = [...files];
        await Promise.all(
          Array.from({ length: AT_ONCE }, async () => {
            for (let file = queue.pop(); file !== undefined; file = queue.pop()) await compress(file);
          }),
        );
        logger.info(`Bản nén sẵn (gzip) của ${written.length} tệp lớn từ ${PRECOMPRESS_FROM_BYTES / 1024} KB, ${fresh} tệp viết lại.`);
      },
    },
  };
}
