/**
 * Keeps what this build published under /du-lieu/ — the datasets' JSON files and the change log —
 * in Astro's cache folder, so the next build can say what changed since (data/changes.ts). A site
 * built on a fresh machine names the published site instead, with HANGVIET_PREVIOUS_DATA.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CHANGE_DATASETS } from '../lib/data-changes.ts';
import { CHANGES_JSON, OPEN_DATA } from '../lib/urls.ts';

/** The folder a build keeps its published data in, under the cache folder astro.config.mjs sets. */
export function publishedFolder(): string {
  return path.resolve(process.env.HANGVIET_CACHE_DIR || 'node_modules/.astro', 'hangviet-du-lieu-da-cong-bo');
}

/** The files kept, relative to dist/. */
export const PUBLISHED_FILES = [...Object.keys(CHANGE_DATASETS).map((id) => `${OPEN_DATA}${id}.json`), CHANGES_JSON].map((p) => p.slice(1));

export function publishedData(): AstroIntegration {
  return {
    name: 'hangviet-published-data',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const folder = publishedFolder();
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(folder, { recursive: true });
        let kept = 0;
        for (const file of PUBLISHED_FILES) {
          const from = path.join(dist, file);
          if (!existsSync(from)) continue;
          copyFileSync(from, path.join(folder, path.basename(file)));
          kept += 1;
        }
        logger.info(`Dữ liệu đã công bố được giữ để so sánh ở lần dựng sau: ${kept} tệp.`);
      },
    },
  };
}
