/** What route files call: the site's data, handed to a view-model function. */
import { siteData } from './index.ts';
import { staticPaths, type PageOf } from './page.ts';
import type { SiteData } from './site-data.ts';

/** `getStaticPaths` of a route whose pages `views` describes. */
export async function routes<V>(views: (data: SiteData) => PageOf<V>[] | Promise<PageOf<V>[]>) {
  const data = await siteData();
  return staticPaths(data, await views(data));
}

/** The same, for a page that also needs something read before the build (the data as last published). */
export async function singleWith<T, V>(load: () => Promise<T>, view: (data: SiteData, extra: T) => V): Promise<V> {
  return view(await siteData(), await load());
}

/** The view model of a route with a single page (rendered at every build: Astro keys only `getStaticPaths` routes). */
export async function single<V>(view: (data: SiteData) => V): Promise<V> {
  return view(await siteData());
}
