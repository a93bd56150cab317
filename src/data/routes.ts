/** What route files call: the site's data, handed to a view-model function. */
import { buildOutDir, filesWrittenElsewhere } from '../integrations/streamed-files.ts';
import { searchIndexUrl } from '../lib/urls.ts';
import { siteData } from './index.ts';
import { searchIndexFiles, writeSearchIndex } from './views/search.ts';
import { familyFiles, familyPaths, familyView, familyViewWith } from './families.ts';
import { BUILD, staticPaths, type PageOf } from './page.ts';
import type { SiteData } from './site-data.ts';

/**
 * `getStaticPaths` of a route whose pages `views` describes. In `astro build` the family is named
 * by the function (`views.name`, unique across routes) and computed only when what it reads
 * changed since the last build (families.ts).
 */
export async function routes<V>(views: (data: SiteData) => PageOf<V>[] | Promise<PageOf<V>[]>) {
  const data = await siteData();
  if (!BUILD) return staticPaths(data, await views(data));
  return familyPaths(views.name, data, () => views(data));
}

/**
 * `getStaticPaths` of a route of large files (the open-data exports), which `astro build` does not
 * render as pages: each is handed to integrations/streamed-files.ts with its key (from its view
 * model, as a page's) and written piece by piece once the pages are generated, so the build never
 * holds a whole file. The dev server renders them as the route's pages. `name` names the family
 * (families.ts).
 */
export async function streamedRoutes<V>(
  name: string,
  views: (data: SiteData) => PageOf<V>[],
  file: (page: PageOf<V>) => string,
  pieces: (view: V, entry: unknown) => Iterable<string>,
) {
  const data = await siteData();
  if (!BUILD) return staticPaths(data, views(data));
  familyFiles(name, data, () => views(data), file, pieces);
  return [];
}

/**
 * `getStaticPaths` of the search index's files: in `astro build` a worker thread computes them and
 * writes them into dist/ itself (views/search.ts `writeSearchIndex`, started as soon as the data is
 * in), and the build waits for it once the pages are generated; the dev server renders them here.
 */
export async function searchIndexRoutes() {
  const data = await siteData();
  // Set only while `astro build` runs (streamed-files.ts).
  const dir = buildOutDir();
  if (!dir) return staticPaths(data, await searchIndexFiles(data));
  filesWrittenElsewhere(
    writeSearchIndex(data, dir).then(({ names, written }) => ({
      files: names.map((name) => searchIndexUrl(name).slice(1)),
      written,
      what: 'Chỉ mục tìm kiếm',
    })),
  );
  return [];
}

/**
 * The same, for a page that also needs something read before the build (the data as last
 * published), loaded only when the view is computed (families.ts `familyViewWith`).
 */
export async function singleWith<T, V>(load: () => Promise<T>, view: (data: SiteData, extra: T) => V): Promise<V> {
  const data = await siteData();
  if (!BUILD) return view(data, await load());
  return familyViewWith(view.name, data, load, (extra) => view(data, extra));
}

/**
 * The view model of a route with a single page (rendered at every build: Astro keys only
 * `getStaticPaths` routes). In `astro build` the view itself is reused while what it read is
 * unchanged (families.ts): the page is rendered again, from the same view.
 */
export async function single<V>(view: (data: SiteData) => V): Promise<V> {
  const data = await siteData();
  if (!BUILD) return view(data);
  return familyView(view.name, data, () => view(data));
}
