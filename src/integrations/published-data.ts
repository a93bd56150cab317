/**
 * Keeps what this build published under /du-lieu/ — the datasets' JSON files and the change log —
 * in Astro's cache folder, so the next build can say what changed since (data/changes.ts). A site
 * built on a fresh machine names the published site instead, with HANGVIET_PREVIOUS_DATA.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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

/**
 * The text of one file of a site's published /du-lieu/, from a folder or an http(s) address; undefined
 * when the source has no such file. A source that cannot be read throws, saying which address failed.
 * The change log (data/changes.ts) and the aggregation (`npm run import -- --from`) both read with it.
 */
export async function readPublishedFile(from: string, file: string): Promise<string | undefined> {
  if (!/^https?:\/\//.test(from)) {
    const at = path.join(from, file);
    return existsSync(at) ? readFileSync(at, 'utf8') : undefined;
  }
  const url = new URL(file, from.endsWith('/') ? from : `${from}/`);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    throw new Error(`không tải được ${url.href} (${(error as Error).message})`);
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url.href} trả về mã ${response.status}`);
  return response.text();
}

/** A published file's JSON, or why it cannot be read. */
export function publishedJson(text: string, file: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(`tệp ${file} không phải JSON đọc được; dữ liệu đã công bố có thể bị hỏng`);
  }
}
