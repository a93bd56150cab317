/**
 * Keeps unpublished news out of the content store: drafts and posts dated after the day of the
 * build (lib/news.ts, the one rule) are still read and validated, so their errors fail the build as
 * any other content error, but never stored. What is not stored is in no output at all: its cover
 * picture is not even copied to the build (Astro emits every stored entry's images, used or not),
 * and no page, list, feed, sitemap, search index or export can show it.
 *
 * Not storing them also keeps scheduling right across builds: a post left out today is read again
 * tomorrow (an entry that is not in the store is always parsed anew), and stored once its day has come.
 */
import type { Loader } from 'astro/loaders';
import { isPublished } from '../lib/news.ts';
import { withSet } from './store-set.ts';

/** `loader` with only the entries a build made at `now()` publishes. */
export function publishedOnly(loader: Loader, now: () => Date): Loader {
  return {
    ...loader,
    name: `${loader.name}-published`,
    load: (context) => {
      const at = now();
      const store = withSet(context.store, (entry) => {
        if (isPublished(entry.data as { draft?: boolean; date: string }, at)) return context.store.set(entry);
        context.store.delete(entry.id);
        return false;
      });
      return loader.load({ ...context, store });
    },
  };
}
