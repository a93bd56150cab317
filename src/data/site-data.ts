/**
 * The site's data as view models receive it: every collection joined (references checked,
 * sorted, lookups built) with the build's clock. Pure: `index.ts` feeds it Astro's collections;
 * tests feed it a build's content store.
 */
import type { CollectionEntry } from 'astro:content';
import { groupBy } from '../lib/group.ts';
import { duplicateGtins, gtinKey } from '../lib/gtin.ts';
import { isPublished } from '../lib/news.ts';
import { relatedIndex } from '../lib/related.ts';
import { groupByTopic, type Topic } from '../lib/tags.ts';
import { sortByVi } from '../lib/text.ts';
import { danglingReferences, type CheckedEntry } from './references.ts';

export type Plan = CollectionEntry<'plans'>;
export type Point = CollectionEntry<'points'>;
export type Product = CollectionEntry<'products'>;
export type Business = CollectionEntry<'businesses'>;
export type HonorProgram = CollectionEntry<'honor-programs'>;
export type Honor = CollectionEntry<'honors'>;
export type Fair = CollectionEntry<'fairs'>;
export type News = CollectionEntry<'news'>;
export type Page = CollectionEntry<'pages'>;
export type Site = CollectionEntry<'site'>['data'];

export interface SiteData {
  /** The moment statuses are computed for (see `clock.ts`). */
  now: Date;
  site: Site;
  /** Changes whenever site.yaml does; part of every page's cache key. */
  siteDigest: string;
  plans: Plan[];
  points: Point[];
  products: Product[];
  businesses: Business[];
  programs: HonorProgram[];
  honors: Honor[];
  fairs: Fair[];
  /** Published posts only (not drafts, not dated after the build's day: lib/news.ts), newest first. */
  news: News[];
  pages: Page[];
  /** Topics of the published posts (lib/tags.ts), by name in Vietnamese order; each topic's posts newest first. */
  topics: Topic<News>[];
  /** Each topic by its slug. */
  topicBySlug: Map<string, Topic<News>>;
  /** Published posts referencing each record (`recordKey` of lib/related.ts), newest first. */
  postsByRecord: Map<string, News[]>;
  /**
   * The same posts as a record page's "Tin liên quan" shows them (id, title, date): what record
   * pages read, so that a change to a post's text leaves their view models reusable (view-cache.ts).
   */
  relatedPosts: Map<string, RelatedPost[]>;
  fairById: Map<string, Fair>;
  planById: Map<string, Plan>;
  productById: Map<string, Product>;
  businessById: Map<string, Business>;
  programById: Map<string, HonorProgram>;
  pointById: Map<string, Point>;
  /** Honours per business id. */
  honorsByBusiness: Map<string, Honor[]>;
  /** Products per business id. */
  productsByBusiness: Map<string, Product[]>;
  /** Points per business id (as operator). */
  pointsByBusiness: Map<string, Point[]>;
  /** Points stocking each product id. */
  pointsByProduct: Map<string, Point[]>;
  /** Honours per product id. */
  honorsByProduct: Map<string, Honor[]>;
}

/** A post as a record page lists it. */
export interface RelatedPost {
  id: string;
  title: string;
  date: string;
}

/** Every collection as Astro gives it. */
export interface Collections {
  site: { data: Site; digest?: string | number | undefined }[];
  plans: Plan[];
  points: Point[];
  products: Product[];
  businesses: Business[];
  'honor-programs': HonorProgram[];
  honors: Honor[];
  fairs: Fair[];
  news: News[];
  pages: Page[];
}

/**
 * Joins the collections: checks references, sorts, builds the lookups. Pure apart from its
 * arguments, so tests can assemble the same data from a build's content store.
 */
export function assemble(collections: Collections, now: Date): SiteData {
  const { site: siteEntries, plans, points, products, businesses, 'honor-programs': programs, honors, fairs, news, pages } = collections;
  const site = siteEntries[0]?.data;
  if (!site) throw new Error('Thiếu content/site.yaml');

  const all: Record<string, { id: string; filePath?: string | undefined; data: unknown }[]> = {
    plans, points, products, businesses, 'honor-programs': programs, honors, fairs, news, pages,
  };
  const ids = new Map(Object.entries(all).map(([name, list]) => [name, new Set(list.map((e) => e.id))]));
  const checked: CheckedEntry[] = Object.entries(all).flatMap(([collection, list]) =>
    list.map((e) => ({ collection, id: e.id, filePath: e.filePath, data: e.data })),
  );
  const problems = danglingReferences(checked, ids);
  if (problems.length) {
    throw new Error(`Có ${problems.length} tham chiếu tới bản ghi không tồn tại; hãy sửa rồi chạy lại:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }

  // One barcode number, one product: the barcode page shows the product a number belongs to.
  const sharedGtins = duplicateGtins(products, (p) => p.data.gtin ?? []);
  if (sharedGtins.size) {
    const where = (p: Product) => `${p.filePath ?? `products/${p.id}`} (id "${p.id}")`;
    const lines = [...sharedGtins].map(([key, list]) => {
      const written = list[0]!.data.gtin!.find((g) => gtinKey(g) === key)!;
      return `mã vạch (GTIN) "${written}", trường "gtin", có ở ${list.length} sản phẩm: ${list.map(where).join(' và ')}; mỗi mã chỉ thuộc một sản phẩm, hãy đối chiếu bao bì rồi xóa mã ở sản phẩm không mang nó`;
    });
    throw new Error(`Có ${lines.length} mã vạch trùng giữa các sản phẩm; hãy sửa rồi chạy lại:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  }

  // The news loader already stores published posts only (loaders/published.ts), but an entry it
  // stored stays while its file is unchanged: a build whose clock is earlier than the last one
  // (HANGVIET_NOW in tests) must still leave out what is not yet published at its own `now`.
  const published = news.filter((n) => isPublished(n.data, now)).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const topics = groupByTopic(published, (n) => n.data.tags);
  const postsByRecord = relatedIndex(published, (n) => n.data.related);

  return {
    now,
    site,
    siteDigest: String(siteEntries[0]?.digest ?? JSON.stringify(site)),
    plans: [...plans].sort((a, b) => b.data.date.localeCompare(a.data.date)),
    points: sortByVi(points, (p) => p.data.name),
    products: sortByVi(products, (p) => p.data.name),
    businesses: sortByVi(businesses, (b) => b.data.name),
    programs: sortByVi(programs, (p) => p.data.name),
    honors,
    fairs: [...fairs].sort((a, b) => a.data.start.localeCompare(b.data.start)),
    news: published,
    pages,
    topics,
    topicBySlug: new Map(topics.map((t) => [t.slug, t])),
    postsByRecord,
    relatedPosts: new Map([...postsByRecord].map(([key, posts]) => [key, posts.map((p) => ({ id: p.id, title: p.data.title, date: p.data.date }))])),
    fairById: new Map(fairs.map((f) => [f.id, f])),
    planById: new Map(plans.map((p) => [p.id, p])),
    productById: new Map(products.map((p) => [p.id, p])),
    businessById: new Map(businesses.map((b) => [b.id, b])),
    programById: new Map(programs.map((p) => [p.id, p])),
    pointById: new Map(points.map((p) => [p.id, p])),
    honorsByBusiness: groupBy(honors, (h) => [h.data.business.id]),
    productsByBusiness: groupBy(products, (p) => [p.data.business.id]),
    pointsByBusiness: groupBy(points, (p) => (p.data.business ? [p.data.business.id] : [])),
    pointsByProduct: groupBy(points, (p) => p.data.products.map((r) => r.id)),
    honorsByProduct: groupBy(honors, (h) => (h.data.product ? [h.data.product.id] : [])),
  };
}


/**
 * What each field of `SiteData` is made from: collections (`news` through the build day as well,
 * which decides what is published), `now` (the build's day: statuses are computed for it), or
 * `value` (a small derived field whose own content is fingerprinted, finer than its collection's).
 * A route family whose fields' inputs are unchanged has unchanged view models (view-cache.ts).
 * tests/unit/site-data-sources.test.ts checks that a field changes only with what it lists.
 */
export const FIELD_SOURCES = {
  now: ['now'],
  site: ['site'],
  siteDigest: ['site'],
  plans: ['plans'],
  points: ['points'],
  products: ['products'],
  businesses: ['businesses'],
  programs: ['honor-programs'],
  honors: ['honors'],
  fairs: ['fairs'],
  news: ['news', 'now'],
  pages: ['pages'],
  topics: ['news', 'now'],
  topicBySlug: ['news', 'now'],
  postsByRecord: ['news', 'now'],
  relatedPosts: ['value'],
  fairById: ['fairs'],
  planById: ['plans'],
  productById: ['products'],
  businessById: ['businesses'],
  programById: ['honor-programs'],
  pointById: ['points'],
  honorsByBusiness: ['honors'],
  productsByBusiness: ['products'],
  pointsByBusiness: ['points'],
  pointsByProduct: ['points'],
  honorsByProduct: ['honors'],
} as const satisfies { readonly [K in keyof SiteData]: readonly (keyof Collections | 'now' | 'value')[] };
