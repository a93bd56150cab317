/**
 * Large generated files (the open-data exports: a national san-pham.json runs to 16 MB) written
 * straight to dist/ piece by piece once the pages are generated, instead of as pages.
 *
 * Astro reads a page's whole response before writing it, and its `Response` copies the bytes on
 * the way (the chunks, the joined body and a copy of that): the national exports, 55 MB, left
 * some 200 MB of buffers behind them, and the process's memory stayed that much higher for the
 * rest of the build (the allocator keeps what it once took). Written here, each piece of text goes
 * to the file as it is made and no buffer of the whole file ever exists.
 *
 * The pages' bundle and the integrations are separate module graphs, so a route hands its files
 * over through a global (`streamAfterPages`, called by `data/routes.ts`). Each file comes with
 * its cache key (from its view model, as a page's): a file whose key the last build recorded (a
 * manifest in Astro's cache folder) is kept as it is, as Astro keeps an unchanged page. keep-dist
 * and precompress ask `outputs()` for the files. In `astro dev` the route renders them itself.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeManifest } from './keep-dist.ts';

/** One file: its path under dist/ (`du-lieu/san-pham.json`), its cache key and its text, in pieces read once. */
export interface StreamedFile {
  file: string;
  key: string;
  pieces: () => Iterable<string>;
}

/** The files handed over, shared by the pages' bundle and the integrations through a global. */
const FILES = Symbol.for('hangviet.streamed-files');
const registered = () => ((globalThis as { [FILES]?: StreamedFile[] })[FILES] ??= []);

/** Have `files` written into dist/ once every page of the build is generated. */
export function streamAfterPages(files: readonly StreamedFile[]): void {
  registered().push(...files);
}

/** Take the files handed over so far (the list is emptied). */
export function takeStreamedFiles(): StreamedFile[] {
  return registered().splice(0);
}

/** Files another thread writes into dist/ itself (the search index: data/views/search.ts), as paths under dist/ once it is done. */
const ELSEWHERE = Symbol.for('hangviet.files-written-elsewhere');
const elsewhere = () => ((globalThis as { [ELSEWHERE]?: Promise<{ files: string[]; written: number; what: string }>[] })[ELSEWHERE] ??= []);

/** Have the build wait for files written by another thread, and count them as its own (keep-dist, precompress). */
export function filesWrittenElsewhere(done: Promise<{ files: string[]; written: number; what: string }>): void {
  // Awaited when the pages are generated; a failure fails the build there.
  done.catch(() => undefined);
  elsewhere().push(done);
}

/** The output folder of the running build, for code that writes into it from the pages' bundle (undefined outside a build). */
const OUT_DIR = Symbol.for('hangviet.build-out-dir');
export function buildOutDir(): string | undefined {
  return (globalThis as { [OUT_DIR]?: string })[OUT_DIR];
}

/** Write `pieces` to `file` one after the other (through a temporary file, so a failed build leaves no half file). */
export function writePieces(file: string, pieces: Iterable<string>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  try {
    // A string is encoded straight into the write: no buffer is made for it.
    for (const piece of pieces) writeSync(fd, piece);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, file);
}

/** What the last build wrote: each file's key (by path relative to dist/), and where. */
interface Manifest {
  outDir: string;
  files: Record<string, string>;
}

export interface StreamedFilesIntegration extends AstroIntegration {
  /** The files this build's output holds (absolute paths), for keep-dist and precompress. */
  outputs(): string[];
}

export function streamedFiles(): StreamedFilesIntegration {
  let manifestFile = '';
  let outDir = '';
  let last: Manifest | undefined;
  let written: string[] = [];
  return {
    name: 'hangviet-streamed-files',
    outputs: () => written,
    hooks: {
      'astro:config:done': ({ config }) => {
        manifestFile = path.join(fileURLToPath(config.cacheDir), 'hangviet-streamed-files.json');
        outDir = path.resolve(fileURLToPath(config.outDir));
      },
      'astro:build:start': () => {
        // None (a first build, an emptied cache, a failed build): every file is written.
        last = takeManifest<Manifest>(manifestFile);
        (globalThis as { [OUT_DIR]?: string })[OUT_DIR] = outDir;
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const root = path.resolve(fileURLToPath(dir));
        delete (globalThis as { [OUT_DIR]?: string })[OUT_DIR];
        const others = await Promise.all(elsewhere().splice(0));
        const before = last?.outDir === root ? last.files : {};
        const files: Record<string, string> = {};
        written = [];
        let fresh = 0;
        for (const { file: rel, key, pieces } of takeStreamedFiles()) {
          const file = path.join(root, rel);
          // A few files: each is looked for (one deleted by hand is written again).
          if (before[rel] !== key || !existsSync(file)) {
            writePieces(file, pieces());
            fresh++;
          }
          files[rel] = key;
          written.push(file);
        }
        mkdirSync(path.dirname(manifestFile), { recursive: true });
        writeFileSync(manifestFile, JSON.stringify({ outDir: root, files } satisfies Manifest));
        if (written.length) logger.info(`Tệp dữ liệu lớn: ${written.length} tệp, viết mới ${fresh}.`);
        for (const other of others) {
          written.push(...other.files.map((rel) => path.join(root, rel)));
          logger.info(`${other.what}: ${other.files.length} tệp, viết mới ${other.written}.`);
        }
      },
    },
  };
}
