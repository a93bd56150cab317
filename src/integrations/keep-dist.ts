/**
 * Keeps `dist/` between builds so that pages the incremental build did not need to render are not
 * copied back from the cache one by one (at national scale that copying cost as much as rendering).
 * Astro then no longer empties the folder, so this integration removes what the build did not
 * produce: after the build, every file older than the build that is not one of its outputs — a
 * page of a deleted record, an old script — is deleted. A manifest of what each build left (in Astro's cache folder)
 * spares the next build a walk through every folder of dist/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { under, within } from './dist-paths.ts';

/** Remove the folders the deleted `files` leave empty, up to (not including) `root`. */
function removeEmptyParents(files: string[], root: string): void {
  for (const file of files) {
    // A folder may be gone already: a file nested in another's folder took it.
    for (let dir = path.dirname(file); dir.startsWith(root + path.sep) && existsSync(dir) && readdirSync(dir).length === 0; dir = path.dirname(dir)) {
      rmSync(dir, { recursive: true });
    }
  }
}

/** Every file under `dir`, as absolute paths (recursive). */
function allFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** What the last successful build left in its output folder. */
interface Manifest {
  outDir: string;
  /** Paths relative to `outDir`. */
  files: string[];
  /**
   * When that build wrote the home page (every build writes it). If it differs now, another build
   * (one with another cache folder, so another manifest) has written to the folder since, and the
   * manifest no longer tells what is there.
   */
  home?: number | undefined;
}

/**
 * When the output folder's home page was written, if it exists. Every build writes it, so a time
 * other than the one a build recorded means another build (or a person) has written the folder since.
 */
export function homeWritten(root: string): number | undefined {
  try {
    return statSync(path.join(root, 'index.html')).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * The manifest a build left in `file`, if there is one, taken away: a build that fails part-way
 * leaves none, so the build after it looks at every file instead of trusting a stale list.
 */
export function takeManifest<T>(file: string): T | undefined {
  let manifest: T | undefined;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // No manifest (first build, an emptied cache, or the last build failed).
  }
  rmSync(file, { force: true });
  return manifest;
}

/**
 * Files that may be stale: with the last build's manifest, the files it left plus everything in the
 * asset folder (the only place, with the public files, where a build writes files that are not
 * pages); without one, every file in the folder. Walking a national-scale dist/ (26,000 page
 * folders) takes over half a second, the manifest a few milliseconds.
 */
function candidates(root: string, manifest: Manifest | undefined, assetFiles: string[], publicFiles: string[]): string[] {
  if (!manifest) return allFiles(root);
  return [...new Set([...manifest.files.map((f) => under(root, f)), ...assetFiles, ...publicFiles])];
}

/**
 * `alsoKeep`: files another integration wrote into the output folder in this build or kept from
 * the last one (the posters' QR codes, poster-qr.ts); its `astro:build:done` must run first.
 */
export function keepDist({ alsoKeep = () => [] }: { alsoKeep?: () => readonly string[] } = {}): AstroIntegration & { files: () => readonly string[] } {
  let started = 0;
  let manifestFile = '';
  let cacheDir = '';
  let assetsDir = '_astro';
  let publicDir = '';
  let outDir = '';
  let manifest: Manifest | undefined;
  let left: string[] = [];
  return {
    name: 'hangviet-keep-dist',
    /** The files of the output folder after the last build (relative paths), for integrations that run after this one. */
    files: () => left,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        manifestFile = path.join(cacheDir, 'hangviet-dist-files.json');
        assetsDir = config.build.assets;
        publicDir = fileURLToPath(config.publicDir);
        outDir = path.resolve(fileURLToPath(config.outDir));
      },
      'astro:build:start': () => {
        // File times have coarse resolution on some file systems: allow a second.
        started = Date.now() - 1000;
        // A build that fails part-way may leave files it does not list.
        manifest = takeManifest<Manifest>(manifestFile);
        if (manifest && manifest.home !== homeWritten(outDir)) manifest = undefined;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = path.resolve(fileURLToPath(dir));
        const last = manifest?.outDir === root && Array.isArray(manifest.files) ? manifest : undefined;
        const keep = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...alsoKeep()]);
        const publicFiles = allFiles(publicDir).map((f) => path.join(root, path.relative(publicDir, f)));
        const assetFiles = allFiles(path.join(root, assetsDir));
        const copied = new Set(publicFiles);
        const stale = candidates(root, last, assetFiles, publicFiles).filter((file) => {
          if (keep.has(file) || copied.has(file)) return false;
          try {
            return statSync(file).mtimeMs < started;
          } catch {
            return false;
          }
        });
        for (const file of stale) rmSync(file);
        removeEmptyParents(stale, root);
        if (stale.length) logger.info(`Đã xóa ${stale.length} tệp cũ không còn thuộc bản dựng này.`);
        const gone = new Set(stale);
        const kept = [...keep, ...assetFiles, ...publicFiles].filter((f) => !gone.has(f));
        const files = [...new Set(kept)].map((f) => within(root, f));
        left = files;
        mkdirSync(path.dirname(manifestFile), { recursive: true });
        writeFileSync(manifestFile, JSON.stringify({ outDir: root, files, home: homeWritten(root) } satisfies Manifest));
      },
    },
  };
}
