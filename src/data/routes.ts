/** What route files call: the site's data, handed to a view-model function. */
import { siteData } from './index.ts';
import { streamAfterPages } from '../integrations/streamed-files.ts';
import { BUILD, pageKey, staticPaths, type PageOf } from './page.ts';
import type { SiteData } from './site-data.ts';

/** `getStaticPaths` of a route whose pages `views` describes. */
export async function routes<V>(views: (data: SiteData) => PageOf<V>[] | Promise<PageOf<V>[]>) {
  const data = await siteData();
  return staticPaths(data, await views(data));
}

/**
 * `getStaticPaths` of a route of large files (the open-data exports), which `astro build` does not
 * render as pages: each is handed to integrations/streamed-files.ts with its key (from its view
 * model, as a page's) and written piece by piece once the pages are generated, so the build never
 * holds a whole file. The dev server renders them as the route's pages.
 */
export async function streamedRoutes<V>(
  views: (data: SiteData) => PageOf<V>[],
  file: (page: PageOf<V>) => string,
  pieces: (view: V, entry: unknown) => Iterable<string>,
) {
  const data = await siteData();
  const pages = views(data);
  if (!BUILD) return staticPaths(data, pages);
  streamAfterPages(pages.map((page) => ({ file: file(page), key: pageKey(data, page.view), pieces: () => pieces(page.view, page.entry) })));
  return [];
}

/** The same, for a page that also needs something read before the build (the data as last published). */
export async function singleWith<T, V>(load: () => Promise<T>, view: (data: SiteData, extra: T) => V): Promise<V> {
  return view(await siteData(), await load());
}

/** The view model of a route with a single page (rendered at every build: Astro keys only `getStaticPaths` routes). */
export async function single<V>(view: (data: SiteData) => V): Promise<V> {
  return view(await siteData());
}
