/**
 * Writes the service worker, `dist/sw.js` (issue #19): src/client/offline/worker.ts bundled with
 * esbuild (Astro's own bundler dependency), given this build's digest and the list of its scripts
 * and styles. Runs after keep-dist, over exactly the files the build left.
 *
 * The digest is of the path and bytes of every file a saved copy can hold (pages, the data files
 * pages read, hashed scripts, styles and pictures), so the worker changes — and browsers install
 * the new one, which replaces the saved copy — exactly when something a saved copy can hold
 * changed; two builds of the same content and code write the same `sw.js`. Files are hashed again only when their size or time changed
 * (a record of the last build's hashes in Astro's cache folder): a one-post rebuild hashes a few
 * files, not 26,000.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { requestKind, WORKER_URL } from '../lib/offline.ts';
import { forgetStats, statOnce, under } from './dist-paths.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../client/offline/worker.ts', import.meta.url));

/**
 * Files a saved copy can never hold (the worker lets them pass: lib/offline.ts `requestKind`) or
 * that repeat another file (gzip copies). At national scale that leaves out a third of the bytes
 * (downloads, posters' QR codes).
 */
const outsideDigest = (file: string) => file.endsWith('.gz') || requestKind(`/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1')) === 'pass';

type Memo = Record<string, [size: number, mtimeMs: number, sha1: string]>;

/** One buffer for every file read: a new one per file made Astro's large heap collect over and over (measured: 27 s instead of 8 s for 37,000 files). */
const chunk = Buffer.allocUnsafe(1 << 20);

/** The SHA-1 of a file's bytes, read in place. */
function fileSha(file: string): string {
  const hash = createHash('sha1');
  const fd = openSync(file, 'r');
  try {
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * A file of Astro's assets folder whose name carries a digest of its content (`index.B2x9kQ1a.js`,
 * `photo.Dtm-jOn4_Z1abcd.webp`): its name says what it holds. Astro copies every optimised image
 * there again at each build, so a one-post rebuild would otherwise read 2,000 pictures again.
 */
export const namedByContent = (file: string, assetsDir = '_astro') =>
  file.startsWith(`${assetsDir}/`) && /\.[\w-]{8}(?:_[\w-]+)?\.\w+$/.test(file);

/**
 * The digest of a build's files (relative paths, in any order) under `root`, and the per-file
 * hashes to remember. A file whose size and time match `memo` is not read again, nor is an asset
 * named by its content (`namedByContent`).
 */
export function buildDigest(root: string, files: readonly string[], memo: Memo = {}, assetsDir = '_astro', stat: (file: string) => { size: number; mtimeMs: number } = statSync): { digest: string; memo: Memo; read: number } {
  const next: Memo = {};
  const hash = createHash('sha1');
  let read = 0;
  for (const file of [...files].filter((f) => !outsideDigest(f)).sort()) {
    const st = stat(under(root, file));
    const known = memo[file];
    const sha = known && known[0] === st.size && known[1] === st.mtimeMs ? known[2] : namedByContent(file, assetsDir) ? `name:${st.size}` : (read++, fileSha(under(root, file)));
    next[file] = [st.size, st.mtimeMs, sha];
    hash.update(file).update('\0').update(sha).update('\0');
  }
  return { digest: hash.digest('hex').slice(0, 16), memo: next, read };
}

/** The build's scripts and styles (what every saved page may need), as URL paths, sorted. */
export function shellFiles(files: readonly string[], assetsDir = '_astro'): string[] {
  return files
    .filter((f) => f.startsWith(`${assetsDir}/`) && /\.(?:js|css)$/.test(f))
    .map((f) => `/${f.split(path.sep).join('/')}`)
    .sort();
}

/** The worker's source for a build: the bundled worker with `build` and `shell` set. */
export async function workerSource(buildId: string, shell: readonly string[]): Promise<string> {
  const out = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { __BUILD__: JSON.stringify(buildId), __SHELL__: JSON.stringify(shell) },
  });
  return out.outputFiles[0]!.text;
}

export function offline({ files }: { files: () => readonly string[] }): AstroIntegration {
  let memoFile = '';
  let assetsDir = '_astro';
  return {
    name: 'hangviet-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        memoFile = path.join(fileURLToPath(config.cacheDir), 'hangviet-offline-digest.json');
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        let memo: Memo = {};
        try {
          memo = JSON.parse(readFileSync(memoFile, 'utf8')) as Memo;
        } catch {
          // First build with this cache folder.
        }
        const list = files();
        // Stats taken by the steps before (precompress.ts) are reused: nothing rewrites those files since.
        const { digest, memo: next, read } = buildDigest(root, list, memo, assetsDir, statOnce);
        forgetStats();
        const shell = shellFiles(list, assetsDir);
        writeFileSync(path.join(root, WORKER_URL.slice(1)), await workerSource(digest, shell));
        mkdirSync(path.dirname(memoFile), { recursive: true });
        writeFileSync(memoFile, JSON.stringify(next));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Bản lưu để xem khi không có mạng: ${WORKER_URL} (bản dựng ${digest}, ${shell.length} tệp mã và kiểu trang; ${Object.keys(next).length} tệp, ${read} tệp đọc lại, ${seconds} s).`);
      },
    },
  };
}
