/**
 * Hands the content store, as this build's sync left it in memory, to the build's pages
 * (integrations/content-store-from-disk.ts), so that they do not read and parse its file again: at
 * national scale a 21 MB file, about 0.2 s of every build and a second copy of every record (70 MB
 * of heap) while the pages render.
 *
 * Every collection's loader is wrapped (content.config.ts): once it has loaded, the entries of its
 * store (the records themselves, as Astro then writes them to the file) are noted under a global,
 * which the pages' bundle shares with the content config (one process, two module graphs). The
 * pages use them only when every collection wrapped has noted its entries in this process;
 * otherwise (a failed or partial sync, the dev server) they read the file as Astro would.
 */
import type { Loader } from 'astro/loaders';

const SHARED = Symbol.for('hangviet.synced-collections');

/** The collections the config declares, and the entries each one's loader left in the store. */
export interface SyncedCollections {
  expected: Set<string>;
  loaded: Map<string, Map<string, unknown>>;
}

function shared(): SyncedCollections {
  const g = globalThis as { [SHARED]?: SyncedCollections };
  return (g[SHARED] ??= { expected: new Set(), loaded: new Map() });
}

/** `loader` for collection `name`, noting the entries it left in the store once it has loaded. */
export function sharedStore(name: string, loader: Loader): Loader {
  shared().expected.add(name);
  return {
    ...loader,
    load: async (context) => {
      shared().loaded.delete(name);
      await loader.load(context);
      shared().loaded.set(name, new Map(context.store.entries()));
    },
  };
}

/** `collections` with every loader wrapped by `sharedStore`, under its collection's name. */
export function sharedStores<C extends Record<string, object>>(collections: C): C {
  return Object.fromEntries(
    Object.entries(collections).map(([name, c]) => {
      const { loader } = c as { loader?: Loader };
      if (!loader || typeof loader !== 'object') throw new Error(`Bộ sưu tập "${name}" cần một trình nạp (loader) là đối tượng.`);
      return [name, { ...c, loader: sharedStore(name, loader) }];
    }),
  ) as C;
}

/**
 * Sorted as Astro writes the store's file (collections by name, entries by id, with the default
 * `localeCompare`), so that pages see records in the same order whichever way they get them. The
 * collator is `localeCompare`'s own, made once; the sort does little work on a rebuild, whose
 * store was read back from the sorted file.
 */
const byKey = new Intl.Collator().compare;
const sorted = <V>(map: Map<string, V>) => new Map([...map].sort(([a], [b]) => byKey(a, b)));

/**
 * The store as the pages' runtime reads it (collection name → id → entry, in the file's order),
 * when every collection declared has loaded in this process; undefined otherwise.
 */
export function syncedStore(): Map<string, Map<string, unknown>> | undefined {
  const s = (globalThis as { [SHARED]?: SyncedCollections })[SHARED];
  if (!s || s.expected.size === 0 || ![...s.expected].every((name) => s.loaded.has(name))) return undefined;
  return sorted(new Map([...s.loaded].map(([name, entries]) => [name, sorted(entries)])));
}
