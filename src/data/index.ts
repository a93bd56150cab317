/**
 * Every collection, loaded once per build through Astro's content layer, joined by `assemble`
 * (site-data.ts) with the build's clock. Route files call `siteData()` (through `routes.ts`) and
 * hand it to a view-model function; nothing below the route reads it.
 */
import { getCollection } from 'astro:content';
import { afterPages } from '../integrations/build-memory.ts';
import { buildClock } from './clock.ts';
import { withInputs } from './families.ts';
import { assemble, type SiteData } from './site-data.ts';
import { buildOutDir } from '../integrations/streamed-files.ts';
import { writeSearchIndex } from './views/search.ts';

export * from './site-data.ts';

async function load(): Promise<SiteData> {
  const [site, plans, points, products, businesses, programs, honors, fairs, news, pages] = await Promise.all([
    getCollection('site'),
    getCollection('plans'),
    getCollection('points'),
    getCollection('products'),
    getCollection('businesses'),
    getCollection('honor-programs'),
    getCollection('honors'),
    getCollection('fairs'),
    getCollection('news'),
    getCollection('pages'),
  ]);
  const collections = { site, plans, points, products, businesses, 'honor-programs': programs, honors, fairs, news, pages };
  return withInputs(assemble(collections, buildClock()), collections);
}

let cached: Promise<SiteData> | undefined;
// Nothing reads it once the pages are generated: the data and what is memoised on it (the search
// index's text, the exports' rows) need not stay live through the build's finishing steps.
afterPages(() => {
  cached = undefined;
});

/**
 * All content, loaded and checked once per build. A build starts the search index as soon as the
 * data is in: it is computed and written in a worker thread while the routes compute their view
 * models.
 */
export function siteData(): Promise<SiteData> {
  cached ??= load().then((data) => {
    // Set only while `astro build` runs (streamed-files.ts).
    const dir = buildOutDir();
    if (dir) void writeSearchIndex(data, dir).catch(() => undefined);
    return data;
  });
  return cached;
}
