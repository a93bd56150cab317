/**
 * Pages read the content store from its file at render time, instead of from a copy of it inlined
 * in the build's server bundle.
 *
 * Astro's content layer writes every record to one file (`data-store.json` in the cache folder)
 * and, by default, bundles that file into the server code as a string literal that is parsed when
 * the first page loads. At national scale that is a 20 MB string: the bundler copies and scans it
 * (seconds of every build, one-post rebuilds included) and holds it in native memory, and the
 * prerendering process then parses a 20 MB module before parsing the JSON within it. A static
 * build's server code runs once, on the machine that bundled it, right after bundling, so it can
 * read the same file itself.
 *
 * The module keeps the marker Astro's incremental build uses to leave content data out of its
 * code digests (content changes reach pages through their view-model keys, src/data/page.ts).
 * Only `astro build` is changed: the dev server keeps Astro's own module, which it reloads when
 * the store changes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the content store's module, and the store's file name in the cache folder. */
const STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';
/** The marker `createContentDataIncrementalMetadata()` sets in Astro's own module. */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** The module that hands over the store this process's sync left in memory (loaders/shared-store.ts). */
const SHARED_STORE = fileURLToPath(new URL('../loaders/shared-store.ts', import.meta.url));

/**
 * The module's code: the store as this build's sync left it in memory when every collection loaded
 * in this process (loaders/shared-store.ts), else read and parsed from `file` when the server code
 * first loads.
 */
export function storeModuleCode(file: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `import { syncedStore } from ${JSON.stringify(SHARED_STORE)};`,
    `export default syncedStore() ?? JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

export function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'hangviet-content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'hangviet:content-store-from-disk',
                enforce: 'pre',
                load: {
                  // Before Astro's own plugin, which is also `enforce: 'pre'` and comes first.
                  order: 'pre',
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(id: string) {
                    if (id !== STORE_MODULE) return null;
                    // No store yet (no collection has entries): Astro's own module says the same.
                    if (!existsSync(file)) return null;
                    return { code: storeModuleCode(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
