/**
 * A loader's store with its `set` replaced, for a wrapper loader that decides what the loader it
 * wraps may store (published.ts: no drafts; schema-errors.ts: no entry that failed its schema).
 * Every other method is the store's own, bound to it.
 */
import type { LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

export function withSet(store: Store, set: (entry: Parameters<Store['set']>[0]) => boolean): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set') return set;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
