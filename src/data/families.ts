/**
 * Route families computed only when their inputs changed. A family (the pages of one
 * `getStaticPaths`) is a pure function of what its view models read (reads.ts), of the code, the
 * site settings and the build day. The build records, per family, those reads with a fingerprint
 * of each and every page's key (integrations/view-cache.ts); the next build fingerprints the same
 * reads again and, when nothing differs, hands Astro the recorded keys without computing a view
 * model. Astro then keeps every page of the family (same keys). A page it renders all the same (its
 * file is missing, or the build is forced) gets its view model on demand: the whole family is
 * computed then, once, and each page's key is checked against the recorded one.
 *
 * Fingerprints are of what the fields are made from (site-data.ts `FIELD_SOURCES`): each
 * collection's entries (id, file, Astro's digest of their source, pictures as resolved), the build day, or the
 * field's own value when it is small and finer than its collection (`relatedPosts`).
 */
import { createHash } from 'node:crypto';
import { HEAVY_FAMILY_PAGES, heavyWorkAhead } from '../integrations/build-memory.ts';
import { previousFamily, recordFamily, type FamilyRecord } from '../integrations/view-cache.ts';
import { sourceDigest } from '../integrations/source-digest.ts';
import { streamAfterPages } from '../integrations/streamed-files.ts';
import { localDate } from '../lib/dates.ts';
import { publishedDigest } from './changes.ts';
import { keyBase, pageKey, staticPaths, type PageOf } from './page.ts';
import { readsOfSync, tracked, type Read } from './reads.ts';
import { FIELD_SOURCES, type Collections, type SiteData } from './site-data.ts';

type Entry = { id: string; digest?: string | number | undefined; data: unknown; filePath?: string | undefined; imageImports?: readonly (readonly (string | number)[])[] | undefined };

/** The value at `at` in `data` (a path Astro records for each picture of an entry). */
const valueAt = (data: unknown, at: readonly (string | number)[]) => at.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);

/**
 * The fingerprint of a collection: its entries in order, each by id, file and Astro's digest of
 * what it was parsed from (a Markdown file's text; a record's row, file and the rules of
 * src/schemas and src/lib, loaders/records.ts), plus its pictures as resolved (a picture's address
 * carries a digest of its bytes). Reuse needs the same code (page.ts `keyBase`), and with the same
 * code an entry's data follows from those. An entry without a digest counts by its data as loaded.
 * (By the data of every entry, the fingerprint cost a one-post national rebuild 0.15 s.)
 */
function entriesDigest(entries: readonly Entry[]): string {
  const hash = createHash('sha1');
  for (const e of entries) {
    const what = e.digest === undefined ? JSON.stringify(e.data) : String(e.digest);
    const pictures = e.imageImports?.length ? JSON.stringify(e.imageImports.map((at) => valueAt(e.data, at))) : '';
    hash.update(`${e.id}\u0000${e.filePath ?? ''}\u0000${what}\u0000${pictures}\u0001`);
  }
  return hash.digest('base64url');
}

/** A value's fingerprint (Maps as their entries). */
const valueDigest = (value: unknown) =>
  createHash('sha1')
    .update(JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v)))
    .digest('base64url');

const digestsOf = new WeakMap<SiteData, (read: Read) => string>();

/**
 * The data the view models of a build are given: `data` with its reads tracked (reads.ts), and
 * able to fingerprint each of its inputs (computed when first asked, once).
 */
export function withInputs(data: SiteData, collections: Collections): SiteData {
  const view = tracked(data);
  const known = new Map<string, string>();
  const once = (name: string, compute: () => string) => {
    let d = known.get(name);
    if (d === undefined) known.set(name, (d = compute()));
    return d;
  };
  const source = (name: keyof Collections | 'now'): string =>
    once(`source:${name}`, () => (name === 'now' ? localDate(data.now) : entriesDigest(collections[name] as readonly Entry[])));
  digestsOf.set(view, (read) => {
    if (read === 'public') return once('public', () => sourceDigest(['public']));
    if (read === 'published') return once('published', publishedDigest);
    if (read === 'untracked') throw new Error('An untracked read has no fingerprint.');
    return once(read, () => {
      const sources = FIELD_SOURCES[read] as readonly (keyof Collections | 'now' | 'value')[];
      return sources.map((s) => (s === 'value' ? valueDigest(data[read]) : source(s))).join('.');
    });
  });
  return view;
}

/** The fingerprint of one input of `data` (a `withInputs` object). */
export function inputDigest(data: SiteData, read: Read): string {
  const digest = digestsOf.get(data);
  if (!digest) throw new Error('Data without fingerprints: make it with withInputs().');
  return digest(read);
}

/** The recorded family, if its base and every input it read are what they were. */
function reusable(name: string, data: SiteData): FamilyRecord | undefined {
  const last = previousFamily(name);
  if (!last || last.base !== keyBase(data)) return undefined;
  return last.inputs.every(([read, digest]) => inputDigest(data, read as Read) === digest) ? last : undefined;
}

/** A family's record, unless it read something without a fingerprint (then it is computed at every build). */
function recordOf(data: SiteData, reads: Set<Read>, pages: FamilyRecord['pages']): FamilyRecord | undefined {
  if (reads.has('untracked')) return undefined;
  return { base: keyBase(data), inputs: [...reads].map((read) => [read, inputDigest(data, read)]), pages };
}

/** A page's parameters as JSON keeps them: a rest parameter of the first page (`undefined`) as `null`. */
const storedParams = (params: Record<string, string | undefined>): Record<string, string | null> =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v ?? null]));
const paramsOf = (stored: Record<string, string | null>): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v ?? undefined]));
const paramsId = (params: Record<string, string | null | undefined>) => JSON.stringify(storedParams(params as Record<string, string | undefined>));

/**
 * A reused family's pages, computed when the first of them is asked for (a page Astro renders
 * after all), each found by `id`. A page whose key is not the recorded one means the record missed
 * an input: the build stops rather than record a key that does not describe the page.
 */
function onDemand<V>(name: string, data: SiteData, compute: () => PageOf<V>[] | Promise<PageOf<V>[]>, id: (page: PageOf<V>) => string) {
  let pages: Map<string, PageOf<V>> | undefined;
  return (wanted: string, key: string): PageOf<V> => {
    if (!pages) {
      const computed = compute();
      if (computed instanceof Promise) throw new Error(`Nhóm trang "${name}": mô hình trang tính không đồng bộ thì không dùng lại được.`);
      pages = new Map(computed.map((p) => [id(p), p]));
    }
    const page = pages.get(wanted);
    if (!page || pageKey(data, page.view) !== key) {
      throw new Error(
        `Lỗi mã nguồn: trang ${wanted} của nhóm "${name}" không còn khớp với bản ghi của lần dựng trước dù dữ liệu vào không đổi ` +
          `(data/families.ts bỏ sót một đầu vào). Hãy xóa thư mục bộ đệm rồi dựng lại, và báo lỗi này.`,
      );
    }
    pages.delete(wanted);
    return page;
  };
}

/** Props that compute the page's view model only when read (as pageProps, each is let go of once read). */
function propsOnDemand<V>(get: () => PageOf<V>): { view: V; entry: unknown } {
  let page: PageOf<V> | undefined;
  let taken = 0;
  const take = () => {
    page ??= get();
    const p = page;
    if (++taken === 2) page = undefined;
    return p;
  };
  return {
    get view() {
      return take().view;
    },
    get entry() {
      return take().entry;
    },
  };
}

/**
 * `getStaticPaths` of family `name` in `astro build`: the recorded keys when its inputs are
 * unchanged, otherwise its view models computed (their reads recorded for the next build).
 */
export async function familyPaths<V>(name: string, data: SiteData, compute: () => PageOf<V>[] | Promise<PageOf<V>[]>) {
  const last = reusable(name, data);
  if (last) {
    recordFamily(name, last, true);
    const page = onDemand(name, data, compute, (p) => paramsId(p.params));
    return last.pages.map(([params, key]) => ({ params: paramsOf(params), props: propsOnDemand(() => page(paramsId(params), key)), cacheKey: key }));
  }
  // A large family (or one never recorded) computed: the build's memory policy applies from now on.
  const previous = previousFamily(name);
  if (!previous || previous.pages.length > HEAVY_FAMILY_PAGES) heavyWorkAhead();
  const { value, reads } = readsOfSync(compute);
  const sync = !(value instanceof Promise);
  const paths = staticPaths(data, await value);
  // An asynchronous family (none today: the search index has a route of its own) is computed at every build.
  recordFamily(name, sync ? recordOf(data, reads, paths.map((p) => [storedParams(p.params), p.cacheKey])) : undefined, false);
  return paths;
}

/**
 * The same for a family of streamed files (streamed-files.ts): each file is handed over with its
 * key; a reused family's file text is computed only if the file must be written after all.
 */
export function familyFiles<V>(
  name: string,
  data: SiteData,
  compute: () => PageOf<V>[],
  file: (page: PageOf<V>) => string,
  pieces: (view: V, entry: unknown) => Iterable<string>,
): void {
  const last = reusable(name, data);
  if (last) {
    recordFamily(name, last, true);
    const page = onDemand(name, data, compute, file);
    streamAfterPages(
      last.pages.map(([{ file: path }, key]) => ({
        file: path!,
        key,
        pieces: () => {
          const found = page(path!, key);
          return pieces(found.view, found.entry);
        },
      })),
    );
    return;
  }
  // Few files, each of a whole collection's records: heavy work whenever they are computed.
  heavyWorkAhead();
  const { value: pages, reads } = readsOfSync(compute);
  const files = pages.map((page) => ({ file: file(page), key: pageKey(data, page.view), pieces: () => pieces(page.view, page.entry) }));
  recordFamily(name, recordOf(data, reads, files.map((f) => [{ file: f.file }, f.key])), false);
  streamAfterPages(files);
}

/** A single page's recorded view, while its inputs are unchanged (noted as reused). */
function recordedView(key: string, data: SiteData): { view: unknown } | undefined {
  const last = reusable(key, data);
  if (!last || !('view' in last)) return undefined;
  recordFamily(key, last, true, true);
  return { view: last.view };
}

/** A single page's view computed, and recorded when it is plain data (views are JSON). */
function computedView<V>(key: string, data: SiteData, compute: () => V): V {
  const { value, reads } = readsOfSync(compute);
  const record = plainJson(value) ? recordOf(data, reads, []) : undefined;
  recordFamily(key, record && { ...record, view: value }, false, true);
  return value;
}

/**
 * The view model of a single page (a route without `getStaticPaths`): the recorded view itself
 * while its inputs are unchanged, else computed (and recorded, as plain data: views are JSON).
 * A view function without a name is computed at every build.
 */
export function familyView<V>(name: string, data: SiteData, compute: () => V): V {
  if (!name) return compute();
  const key = `single:${name}`;
  const last = recordedView(key, data);
  return last ? (last.view as V) : computedView(key, data, compute);
}

/**
 * The same for a single page whose view also needs something loaded first (`load`, asynchronous):
 * it is loaded only when the view must be computed. What `compute` reads of it must be noted as a
 * read with a fingerprint of its own (reads.ts), or the view is computed at every build.
 */
export async function familyViewWith<T, V>(name: string, data: SiteData, load: () => Promise<T>, compute: (loaded: T) => V): Promise<V> {
  if (!name) return compute(await load());
  const key = `single:${name}`;
  const last = recordedView(key, data);
  if (last) return last.view as V;
  const loaded = await load();
  return computedView(key, data, () => compute(loaded));
}

/** Whether `value` comes back the same from JSON: only plain objects, arrays without holes or `undefined`, strings, finite numbers, booleans and null. */
export function plainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => v !== undefined && plainJson(v));
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  // A field set to `undefined` is left out by JSON, as a template reads it: absent.
  return Object.values(value as object).every((v) => v === undefined || plainJson(v));
}

