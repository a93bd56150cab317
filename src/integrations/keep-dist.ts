/**
 * Keeps `dist/` between builds so that pages the incremental build did not need to render are not
 * copied back from the cache one by one (at national scale that copying cost as much as rendering).
 * Astro then no longer empties the folder, so this integration removes what the build did not
 * produce: after the build, every file older than the build that is not one of its outputs — a
 * page of a deleted record, an old script — is deleted, and so is the old search index, which
 * Pagefind rebuilds from the pages.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Files under `dir` older than `since` (ms) and not in `keep`, as absolute paths. */
export function staleFiles(dir: string, keep: Set<string>, since: number): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !keep.has(file) && statSync(file).mtimeMs < since);
}

/** Remove the folders the deleted `files` leave empty, up to (not including) `root`. */
function removeEmptyParents(files: string[], root: string): void {
  for (const file of files) {
    for (let dir = path.dirname(file); dir.startsWith(root + path.sep) && readdirSync(dir).length === 0; dir = path.dirname(dir)) {
      rmSync(dir, { recursive: true });
    }
  }
}

export function keepDist(): AstroIntegration {
  let started = 0;
  return {
    name: 'hangviet-keep-dist',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        // File times have coarse resolution on some file systems: allow a second.
        started = Date.now() - 1000;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = path.resolve(fileURLToPath(dir));
        rmSync(path.join(root, 'pagefind'), { recursive: true, force: true });
        const keep = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const stale = staleFiles(root, keep, started);
        for (const file of stale) rmSync(file);
        removeEmptyParents(stale, root);
        if (stale.length) logger.info(`Đã xóa ${stale.length} tệp cũ không còn thuộc bản dựng này.`);
      },
    },
  };
}
