/**
 * Each page the build renders is written once, into dist/.
 *
 * Astro's incremental build writes every page it renders twice: into the output folder and into a
 * copy under its cache folder (`<cacheDir>/dist/`), from which it restores a page that it can skip
 * but that is missing from the output folder. keep-dist.ts keeps the output folder between builds,
 * so that copy only ever served an output folder deleted by hand, and it cost a full build at
 * national scale 26,000 more folders and files (about 580 MB). Here the copy is neither written nor
 * read: a page missing from the output folder is rendered again. The copy an earlier build left is
 * deleted, so that no page can ever be restored from a stale copy.
 *
 * Astro has no option for this: the two methods of its cache are replaced for `astro build`
 * (`turnOffOutputCopy` says whether that worked). If a new Astro moves them, the build says so and
 * writes the copy as before (slower, never wrong), and tests/unit/build-integrations.test.ts fails.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folder of Astro's cache that holds the copy (Astro's INCREMENTAL_OUTPUT_DIR). */
export const CACHED_OUTPUT_FOLDER = 'dist/';

interface OutputCache {
  writeOutputFile(...args: unknown[]): Promise<void>;
  restoreOutputFile(...args: unknown[]): Promise<boolean>;
}

/** Astro's incremental cache class, as the build imports it; undefined if it is not where it was. */
async function incrementalCache(): Promise<{ prototype: OutputCache } | undefined> {
  try {
    const module = (await import(new URL('./dist/core/build/incremental.js', import.meta.resolve('astro/package.json')).href)) as Record<string, unknown>;
    const cache = module.IncrementalBuildCache as { prototype?: Partial<OutputCache> } | undefined;
    const proto = cache?.prototype;
    return typeof proto?.writeOutputFile === 'function' && typeof proto.restoreOutputFile === 'function' ? (cache as { prototype: OutputCache }) : undefined;
  } catch {
    return undefined;
  }
}

/** Stop the copy: nothing is written to it, nothing restored from it. False when Astro's cache was not found. */
export async function turnOffOutputCopy(): Promise<boolean> {
  const cache = await incrementalCache();
  if (!cache) return false;
  cache.prototype.writeOutputFile = async () => undefined;
  cache.prototype.restoreOutputFile = async () => false;
  return true;
}

export function singleOutput(): AstroIntegration {
  return {
    name: 'hangviet-single-output',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        if (!(await turnOffOutputCopy())) {
          logger.warn('Không tắt được bản sao trang trong thư mục bộ đệm của Astro (Astro đã đổi?): bản dựng vẫn đúng nhưng chậm hơn.');
          return;
        }
        rmSync(fileURLToPath(new URL(CACHED_OUTPUT_FOLDER, config.cacheDir)), { recursive: true, force: true });
      },
    },
  };
}
