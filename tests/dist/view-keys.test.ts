/**
 * A page's cache key cannot miss what the page shows. The records of the build's content store
 * are fed to the same view-model functions the routes use; then, one record field at a time, the
 * field is changed (names, addresses, phones, decision numbers, dates, codes, coordinates,
 * statuses…) and the view models recomputed. Every page whose built HTML showed the old value
 * must get a new key; otherwise an incremental build would keep a stale page. A template that
 * shows a fact its view model lacks (looked up some other way) fails here.
 */
import { dayWords } from '../../src/lib/fair-words.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'devalue';
import { describe, expect, it } from 'vitest';
import { inputDigest, withInputs } from '../../src/data/families.ts';
import { pageKey, type PageOf } from '../../src/data/page.ts';
import { readsOfSync, type Read } from '../../src/data/reads.ts';
import { assemble, FIELD_SOURCES, type Collections, type SiteData } from '../../src/data/site-data.ts';
import { barcodeLookupFiles, barcodePrefixesView, barcodeView } from '../../src/data/views/barcode.ts';
import { changesFeed, changesJson, changesView } from '../../src/data/views/changes.ts';
import { fairCalendars, fairsCalendar } from '../../src/data/views/fair-calendars.ts';
import { CHANGE_DATASETS } from '../../src/lib/data-changes.ts';
import type { Published } from '../../src/data/changes.ts';
import { homeView } from '../../src/data/views/home.ts';
import { honorLookupFile, honorsView, honorYearFiles } from '../../src/data/views/honors.ts';
import { datasetExports, openDataView } from '../../src/data/views/open-data.ts';
import { notFoundView, offlineView, privacyView, searchView } from '../../src/data/views/pages.ts';
import { placeFiles } from '../../src/data/views/places.ts';
import { mapFiles, mapPageView, pointsIndexView } from '../../src/data/views/points.ts';
import { productFilterData } from '../../src/data/views/products.ts';
import { robotsView } from '../../src/data/views/robots.ts';
import { agencyCalendars, tasksCalendar } from '../../src/data/views/tasks.ts';
import { businessListPages, businessPages } from '../../src/data/views/businesses.ts';
import { fairListPages, fairPages } from '../../src/data/views/fairs.ts';
import { honorYearPages, programPages } from '../../src/data/views/honors.ts';
import type { LayoutView } from '../../src/data/views/layout.ts';
import { newsListPages, postPages, relatedNewsPages, rssView, tagIndexView, tagPages } from '../../src/data/views/news.ts';
import { standalonePages } from '../../src/data/views/pages.ts';
import { planListPages, planPages } from '../../src/data/views/plans.ts';
import { pointPages, provinceListPages } from '../../src/data/views/points.ts';
import { productListPages, productPages } from '../../src/data/views/products.ts';
import { agencyPages, tasksPages } from '../../src/data/views/tasks.ts';
import { adminUnits } from '../../src/lib/admin-units.ts';
import { addDays, formatDate, formatDateTime } from '../../src/lib/dates.ts';
import { describeWeek, weeklySchedule } from '../../src/lib/opening-hours.ts';

const dist = path.resolve('dist');
const store = path.join(path.resolve(process.env.HANGVIET_CACHE_DIR ?? 'node_modules/.astro'), 'data-store.json');

/** Every HTML page type with a cache key (routes with `getStaticPaths`). */
const KEYED = [
  productPages, productListPages, businessPages, businessListPages, pointPages, provinceListPages, fairPages, fairListPages,
  postPages, newsListPages, tagPages, relatedNewsPages, planPages, planListPages, agencyPages, tasksPages, programPages, honorYearPages, standalonePages,
] as ((data: ReturnType<typeof assemble>) => PageOf<{ layout: LayoutView }>[])[];

/** Pages Astro renders at every build (no `getStaticPaths`, so no key to miss). */
// `/admin/` is the web editor's page, written after the build (integrations/editor.ts), not an Astro route.
const UNKEYED = ['/', '/ban-do/', '/diem-ban/', '/ton-vinh/', '/du-lieu/', '/du-lieu/thay-doi/', '/tim-kiem/', '/tin-tuc/the/', '/404/', '/admin/', '/admin/huong-dan/', '/quyen-rieng-tu/', '/kiem-tra-ma-vach/', '/kiem-tra-ma-vach/tien-to/', '/ngoai-tuyen/'];

type Entry = { id: string; data: unknown; digest?: string | number; body?: string; filePath?: string };

/** The collections as the last build stored them. */
function loadCollections(): Collections {
  const maps = parse(readFileSync(store, 'utf8')) as Map<string, Map<string, Entry>>;
  const list = (name: string) => [...(maps.get(name)?.values() ?? [])];
  const names = ['site', 'plans', 'points', 'products', 'businesses', 'honor-programs', 'honors', 'fairs', 'news', 'pages'] as const;
  return Object.fromEntries(names.map((n) => [n, list(n)])) as unknown as Collections;
}

const now = new Date(process.env.HANGVIET_NOW ?? Date.now());

/** Path → cache key of every keyed page. */
function keys(collections: Collections): Map<string, string> {
  const data = assemble(collections, now);
  const out = new Map<string, string>();
  for (const pages of KEYED) for (const { view } of pages(data)) out.set(view.layout.path, pageKey(data, view));
  return out;
}

/** Path → source text of the prose (MDX body) a page renders: what prose quotes or links is not a field it shows. */
function prose(collections: Collections): Map<string, string> {
  const data = assemble(collections, now);
  const out = new Map<string, string>();
  for (const pages of KEYED) for (const { view, entry } of pages(data)) if (entry) out.set(view.layout.path, (entry as Entry).body ?? '');
  return out;
}

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\u00a0/g, ' ');

/** Every built HTML page by path, as text with entities decoded. */
function builtPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const e of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const rel = path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    const url = rel === 'index.html' ? '/' : rel === '404.html' ? '/404/' : `/${rel.replace(/index\.html$/, '')}`;
    pages.set(url, decode(readFileSync(path.join(e.parentPath, e.name), 'utf8')));
  }
  return pages;
}

/** One change to the content, and the forms in which a page shows the old value. */
interface Change {
  /** What changed, for messages: `products:ocop.decisionNumber "123/QĐ-UBND"`. */
  what: string;
  /** `collection:field` of every field it touched. */
  fields: string[];
  shown: string[];
  apply: (collections: Collections) => Collections;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATUS_FLIP: Record<string, string> = { active: 'closed', closed: 'active', scheduled: 'cancelled', cancelled: 'scheduled', postponed: 'scheduled' };

type At = (string | number)[];

function setAt(value: unknown, at: At, to: unknown): unknown {
  if (at.length === 0) return to;
  const [head, ...rest] = at as [string | number, ...At];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = setAt(copy[head], rest, to);
  return copy;
}

/** Leaves of a record's data with their paths; references to other records are left out. */
function leaves(value: unknown, at: At = []): { at: At; value: unknown }[] {
  if (value && typeof value === 'object') {
    if ('collection' in value && 'id' in value) return [];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, Array.isArray(value) ? Number(k) : k]));
  }
  return [{ at, value }];
}

/** Whether `text` shows `value` as a whole (not as the start of a longer name or number). */
function shows(text: string, value: string): boolean {
  const edge = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + value.length] ?? ' ';
    if (!(edge.test(value[0]!) && edge.test(before)) && !(edge.test(value.at(-1)!) && edge.test(after))) return true;
  }
  return false;
}

/** `text` with `from` replaced by `to`, wherever it stands with any white space between its words (prose wraps lines). */
function swapText(text: string, from: string, to: string): string {
  const pattern = new RegExp(from.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  return text.replace(pattern, to);
}

const fieldName = (collection: string, at: At) => `${collection}:${at.join('.').replace(/\.\d+/g, '[]')}`;

/** Every text the code itself prints (labels, headings): a value found there is not told apart by a page showing it. */
function sourceText(): string {
  const root = path.resolve('src');
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

/**
 * The changes to try. A value is changed in every record that holds it at once (a business name
 * is also a point's operator; a date is shared by a whole honours list), so that every page that
 * showed it must have shown it because of a changed record.
 */
function changes(collections: Collections, chrome: string, code: string): Change[] {
  const all = Object.entries(collections)
    .filter(([collection]) => collection !== 'site')
    .flatMap(([collection, entries]) => (entries as Entry[]).map((e) => ({ collection, e, leaves: leaves(e.data) })));
  const today = now.toISOString().slice(0, 10);
  // Change every leaf for which `pick` returns a new value (and every body `body` rewrites).
  const rewrite =
    (pick: (collection: string, at: At, value: unknown, e: Entry) => unknown, body?: (text: string) => string) =>
    (c: Collections): Collections => {
      const out = { ...c } as unknown as Record<string, Entry[]>;
      for (const [collection, entries] of Object.entries(c)) {
        if (collection === 'site') continue;
        out[collection] = (entries as Entry[]).map((e) => {
          let data = e.data;
          let touched = false;
          for (const { at, value } of leaves(e.data)) {
            const to = pick(collection, at, value, e);
            if (to !== undefined) {
              data = setAt(data, at, to);
              touched = true;
            }
          }
          const newBody = e.body !== undefined && body ? body(e.body) : e.body;
          return touched || newBody !== e.body ? { ...e, data, body: newBody, digest: `changed-${String(e.digest)}` } : e;
        });
      }
      return out as unknown as Collections;
    };
  const holders = (test: (collection: string, at: At, value: unknown) => boolean) =>
    all.flatMap(({ collection, leaves: ls }) => ls.filter((l) => test(collection, l.at, l.value)).map((l) => fieldName(collection, l.at)));
  const out: Change[] = [];
  const add = (what: string, fields: string[], shown: string[], apply: Change['apply']) => fields.length && out.push({ what, fields: [...new Set(fields)], shown, apply });

  const values = new Set(all.flatMap(({ leaves: ls }) => ls.map((l) => l.value)));
  for (const v of values) {
    if (typeof v === 'string' && DATE.test(v)) {
      if (v === today) continue;
      const to = addDays(v, 1);
      add(`date ${v}`, holders((_, __, x) => x === v), [formatDate(v), `"${v}"`], rewrite((_, __, x) => (x === v ? to : undefined), (b) => swapText(b, formatDate(v), formatDate(to))));
    } else if (typeof v === 'string' && INSTANT.test(v)) {
      const to = new Date(Date.parse(v) + 3_600_000).toISOString();
      add(`instant ${v}`, holders((_, __, x) => x === v), [formatDateTime(v), v], rewrite((_, __, x) => (x === v ? to : undefined)));
    } else if (typeof v === 'number' && String(v).length >= 6) {
      // Coordinates (10.77281): long enough to be told apart in a page.
      const to = Math.round((v + 0.0003) * 1e6) / 1e6;
      add(`number ${v}`, holders((_, __, x) => x === v), [String(v)], rewrite((_, __, x) => (x === v ? to : undefined)));
    } else if (typeof v === 'string' && all.some(({ leaves: ls }) => ls.some((l) => l.value === v && l.at.at(-1) === 'openingHours'))) {
      // Still valid opening hours, a quarter of an hour later; shown as written or in Vietnamese words.
      if (!/\d:00/.test(v)) continue;
      const week = weeklySchedule(v);
      add(`hours ${v}`, holders((_, at, x) => x === v && at.at(-1) === 'openingHours'), week ? [v, describeWeek(week)] : [v], rewrite((_, at, x) => (x === v && at.at(-1) === 'openingHours' ? v.replace(/(\d):00/, '$1:15') : undefined)));
    } else if (typeof v === 'string' && /^\d{2}:\d{2}$/.test(v)) {
      // A time of day ("19:00") is too common to find one record's pages by; a fair's daily hours
      // are checked below, as the day's "open–close" its page shows.
      continue;
    } else if (typeof v === 'string' && v.length >= 5 && !SLUG.test(v) && !DATE.test(v) && !v.startsWith('__ASTRO_IMAGE_') && !chrome.includes(v) && !code.includes(v)) {
      const to = `${v} Ω`;
      const swap = (text: string) => swapText(text, v, to);
      add(
        `text ${JSON.stringify(v)}`,
        holders((_, at, x) => typeof x === 'string' && x.includes(v) && at.at(-1) !== 'openingHours'),
        [v],
        rewrite((_, at, x) => (typeof x === 'string' && x.includes(v) && at.at(-1) !== 'openingHours' ? swap(x) : undefined), swap),
      );
    }
  }

  // A fair's daily hours: closing a quarter of an hour later, shown in its table of hours by day.
  for (const { collection, e, leaves: ls } of all) {
    const close = ls.find((l) => l.at.length === 2 && l.at[0] === 'dailyHours' && l.at[1] === 'close');
    const open = ls.find((l) => l.at.length === 2 && l.at[0] === 'dailyHours' && l.at[1] === 'open');
    if (collection !== 'fairs' || !close || !open) continue;
    const later = String(close.value).replace(/:00$/, ':15').replace(/:30$/, ':45');
    // The first day's row: its date, the opening time, the daily closing time (a fair of several days).
    const span = (e.data as { rescheduled?: { start: string }; start: string }).rescheduled ?? (e.data as { start: string });
    const row = `<td>${dayWords(span.start.slice(0, 10))}</td><td>${span.start.slice(11, 16)}–${String(close.value)}</td>`;
    add(`fairs/${e.id} dailyHours`, [fieldName(collection, close.at)], [row], rewrite((_, at, __, x) => (x === e && at.length === 2 && at[0] === 'dailyHours' && at[1] === 'close' ? later : undefined)));
  }

  // Places: every record in a commune or province moves to another of the same province.
  const { provinces, communeByCode } = adminUnits();
  const communes = [...communeByCode.values()];
  for (const key of ['province', 'commune'] as const) {
    const units: { code: string; name: string; provinceCode?: string }[] = key === 'province' ? provinces : communes;
    const used = new Set(all.flatMap(({ leaves: ls }) => ls.filter((l) => l.at.at(-1) === key).map((l) => String(l.value))));
    for (const code of used) {
      const unit = units.find((u) => u.code === code);
      const other = units.find((u) => u.code !== code && u.provinceCode === unit?.provinceCode && !used.has(u.code));
      if (!unit || !other || chrome.includes(unit.name) || code.length === 0) continue;
      const swap = (text: string) => swapText(text, unit.name, other.name);
      add(
        `${key} ${code} (${unit.name})`,
        holders((_, at, x) => at.at(-1) === key && x === code),
        // A commune is shown inside an address, before the province ("Phường An Nhơn, Gia Lai"):
        // the comma tells it from a longer name ("Phường An Nhơn Nam").
        [key === 'commune' ? `${unit.name},` : unit.name],
        rewrite((_, at, x) => (at.at(-1) === key && x === code ? other.code : typeof x === 'string' && x.includes(unit.name) ? swap(x) : undefined), swap),
      );
    }
  }

  // Statuses, one record at a time. A status is shown in words many records share: a fair's as
  // its phase badge, beside the timing the browser recomputes it from (`data-fair`); a point's on every page that links to it (closed
  // points drop out of lists, or say they closed).
  for (const { collection, e, leaves: ls } of all) {
    const status = ls.find((l) => l.at.length === 1 && l.at[0] === 'status' && typeof l.value === 'string' && STATUS_FLIP[l.value]);
    if (!status || (collection !== 'points' && collection !== 'fairs')) continue;
    const shown = collection === 'fairs' ? [`data-fair="{&quot;start&quot;:&quot;${(e.data as { start: string }).start}&quot;`] : [`href="/diem-ban/${e.id}/"`];
    add(`${collection}/${e.id} status`, [fieldName(collection, status.at)], shown, rewrite((_, at, __, x) => (x === e && at.length === 1 && at[0] === 'status' ? STATUS_FLIP[status.value as string] : undefined)));
  }
  return out;
}

describe('page cache keys come from what the page shows', () => {
  const available = existsSync(store) && existsSync(dist);
  const collections = available ? loadCollections() : undefined;
  const html = available ? builtPages() : new Map<string, string>();
  const before = collections ? keys(collections) : new Map<string, string>();
  const bodies = collections ? prose(collections) : new Map<string, string>();

  it('covers every built page: keyed, or rendered at every build', () => {
    expect(available, `needs a build: ${store} and dist/`).toBe(true);
    const missing = [...html.keys()].filter((p) => !before.has(p) && !UNKEYED.includes(p));
    expect(missing).toEqual([]);
  });

  it('gives a new key to every page that showed a changed field', () => {
    const changeList = changes(collections!, html.get('/404/') ?? '', sourceText());
    const stale: string[] = [];
    let checks = 0;
    const fields = new Set<string>();
    for (const c of changeList) {
      const showing = [...html]
        .filter(([p, text]) => before.has(p) && c.shown.some((s) => shows(text, s) && !bodies.get(p)?.includes(s.replace(/^href="|"$/g, ''))))
        .map(([p]) => p);
      if (showing.length === 0) continue;
      const after = keys(c.apply(collections!));
      for (const p of showing) {
        checks++;
        for (const f of c.fields) fields.add(f);
        if (after.get(p) === before.get(p)) stale.push(`${c.what} (${c.fields.join(', ')}): ${p} showed ${JSON.stringify(c.shown[0])} but kept its key`);
      }
    }
    expect(stale).toEqual([]);
    // The test must have looked at many fields of every kind of record, or it proves nothing.
    const kinds = new Set([...fields].map((f) => f.split(':')[0]));
    expect([...kinds].sort()).toEqual(['businesses', 'fairs', 'honor-programs', 'honors', 'news', 'pages', 'plans', 'points', 'products']);
    expect(checks).toBeGreaterThan(300);
    console.log(`${checks} page checks over ${fields.size} fields`);
  }, 240_000); // 13 s on a quiet machine; minutes when the machine is shared
});

/**
 * Every route family the build may reuse without computing it (data/families.ts), by the name the
 * build records it under: the families of `routes(…)` by their function's name, the exports by the
 * name their route gives them.
 */
const FAMILIES: Record<string, (data: SiteData) => PageOf<unknown>[]> = {
  ...Object.fromEntries([...KEYED, agencyCalendars, honorYearFiles, barcodeLookupFiles, placeFiles, mapFiles, fairCalendars].map((f) => [f.name, f as (data: SiteData) => PageOf<unknown>[]])),
  'datasetExports.csv': (data) => datasetExports(data, 'csv'),
  'datasetExports.json': (data) => datasetExports(data, 'json'),
  'datasetExports.geojson': (data) => datasetExports(data, 'geojson'),
};

/**
 * A publication that had none of today's records: every row of this build's data is a change, so
 * the change log's views read the rows (and would show a change to any of them).
 */
const previous: Published = { source: 'lần dựng trước', snapshot: new Map(Object.keys(CHANGE_DATASETS).map((id) => [id, new Map()])), log: [] };

/** Every single page whose view the build may reuse (routes.ts `single` and `singleWith`), by its view function's name. */
const SINGLES: Record<string, (data: SiteData) => unknown> = {
  ...Object.fromEntries(
    [barcodePrefixesView, barcodeView, fairsCalendar, homeView, honorLookupFile, honorsView, mapPageView, notFoundView, offlineView, openDataView, pointsIndexView, privacyView, productFilterData, robotsView, rssView, searchView, tagIndexView, tasksCalendar].map((f) => [`single:${f.name}`, f as (data: SiteData) => unknown]),
  ),
  ...Object.fromEntries([changesView, changesJson, changesFeed].map((f) => [`single:${f.name}`, (data: SiteData) => f(data, previous)])),
};

/** A family's pages as the build records them: each page's parameters (JSON) and key. */
const familyKeys = (data: SiteData, pages: PageOf<unknown>[]) => new Map(pages.map((p) => [JSON.stringify(p.params), pageKey(data, p.view)]));

/** What a family read, with each input's fingerprint, computed on data of its own (nothing memoised before it). */
function familyRecord(collections: Collections, name: string) {
  const data = withInputs(assemble(collections, now), collections);
  const { value, reads } = readsOfSync(() => computeFamily(data, name));
  return { reads, inputs: [...reads].map((r) => [r, inputDigest(data, r)] as const), keys: value };
}

/** What the build records of a family: its pages' keys, or a single page's view as JSON. */
function computeFamily(data: SiteData, name: string): Map<string, string> {
  if (name in SINGLES) return new Map([['view', JSON.stringify(SINGLES[name]!(data))]]);
  return familyKeys(data, FAMILIES[name]!(data));
}

/** The collections whose records `changed` holds other than `before` does. */
const touched = (before: Collections, changed: Collections) =>
  (Object.keys(before) as (keyof Collections)[]).filter((name) => (changed[name] as unknown[]).some((e, i) => e !== (before[name] as unknown[])[i]));

/** A field's value as text, Maps as their entries. */
const asText = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v));

describe('route families are reused only when their pages are unchanged', () => {
  const available = existsSync(store);
  const collections = available ? loadCollections() : undefined;

  it('knows every family the routes declare', () => {
    expect(available, `needs a build: ${store}`).toBe(true);
    const pages = path.resolve('src/pages');
    const declared = readdirSync(pages, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .flatMap((e) => {
        const text = readFileSync(path.join(e.parentPath, e.name), 'utf8');
        const plain = [...text.matchAll(/\broutes\((\w+)\)/g)].map((m) => m[1]!);
        const singles = [...text.matchAll(/\bsingle(?:With)?\((?:\w+, )?(\w+)\)/g)].map((m) => `single:${m[1]!}`);
        const streamed = /streamedRoutes\(\s*`datasetExports\.\$\{format\}`/.test(text) ? ['datasetExports.csv', 'datasetExports.json', 'datasetExports.geojson'] : [];
        return [...plain, ...singles, ...streamed];
      });
    expect(new Set(declared)).toEqual(new Set([...Object.keys(FAMILIES), ...Object.keys(SINGLES)]));
  });

  it('reads the same inputs whether a family is computed first or after the others (values shared between families replay their reads)', () => {
    const shared = withInputs(assemble(collections!, now), collections!);
    const names = [...Object.keys(FAMILIES), ...Object.keys(SINGLES)];
    const after = new Map(names.map((name) => [name, readsOfSync(() => computeFamily(shared, name)).reads]));
    const differing = names.filter((name) => [...familyRecord(collections!, name).reads].sort().join() !== [...after.get(name)!].sort().join());
    expect(differing).toEqual([]);
  });

  it('makes every field of the data from the sources FIELD_SOURCES lists, and from nothing else', () => {
    const base = assemble(collections!, now);
    const changeList = changes(collections!, '', '');
    const wrong: string[] = [];
    for (const source of Object.keys(collections!).filter((c) => c !== 'site') as (keyof Collections)[]) {
      // Up to five changes to this collection's records that change no other collection (a text
      // swapped in a field is also swapped where a post's body quotes it).
      const mine = changeList
        .map((c) => ({ c, applied: c.apply(collections!) }))
        .filter(({ applied }) => touched(collections!, applied).join() === source)
        .slice(0, 5);
      expect(mine.length, `no change to try on ${source}`).toBeGreaterThan(0);
      for (const { c, applied } of mine) {
        const changed = assemble(applied, now);
        for (const field of Object.keys(FIELD_SOURCES) as (keyof SiteData)[]) {
          const sources: readonly string[] = FIELD_SOURCES[field];
          if (sources.includes(source) || sources.includes('value')) continue;
          if (asText(base[field]) !== asText(changed[field])) wrong.push(`${field} changed with ${c.what} (${source}) but FIELD_SOURCES lists only ${sources.join(', ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives a family whose inputs are unchanged the same pages and keys, for changes to every collection', { timeout: 240_000 }, () => {
    const records = new Map([...Object.keys(FAMILIES), ...Object.keys(SINGLES)].map((name) => [name, familyRecord(collections!, name)]));
    const changeList = changes(collections!, '', '');
    const stale: string[] = [];
    let reusedChecks = 0;
    let recomputed = 0;
    const tried = new Map<string, number>();
    for (const c of changeList) {
      // A few changes per collection and kind of value: the inputs are whole collections, so more of the same proves nothing more.
      const kind = `${c.fields[0]!.split(':')[0]} ${c.what.split(' ')[0]}`;
      if ((tried.get(kind) ?? 0) >= 3) continue;
      tried.set(kind, (tried.get(kind) ?? 0) + 1);
      const changedCollections = c.apply(collections!);
      const data = withInputs(assemble(changedCollections, now), changedCollections);
      for (const [name, record] of records) {
        const reusable = record.inputs.every(([r, d]) => inputDigest(data, r as Read) === d);
        if (!reusable) {
          recomputed++;
          continue;
        }
        reusedChecks++;
        const keys = computeFamily(data, name);
        if (asText([...keys]) !== asText([...record.keys])) stale.push(`${c.what} (${c.fields.join(', ')}): family ${name} would be reused, but its pages, keys or view changed`);
      }
    }
    expect(stale).toEqual([]);
    // The check must have reused families and recomputed others, or it proves nothing.
    expect(reusedChecks).toBeGreaterThan(100);
    expect(recomputed).toBeGreaterThan(20);
    console.log(`${reusedChecks} reused families checked, ${recomputed} recomputed, over ${tried.size} kinds of change`);
  });

  it('leaves record pages reusable when a post changes anything but what their related-news block shows', () => {
    const news = collections!.news as unknown as Entry[];
    const post = news.find((n) => (n.body ?? '').length > 20)!;
    const bodyOnly = { ...collections!, news: news.map((n) => (n === post ? { ...n, body: `${n.body}\n\nĐoạn mới.`, digest: `${String(n.digest)}-than` } : n)) } as unknown as Collections;
    const data = withInputs(assemble(bodyOnly, now), bodyOnly);
    const reused = (name: string) => familyRecord(collections!, name).inputs.every(([r, d]) => inputDigest(data, r as Read) === d);
    for (const name of ['productPages', 'businessPages', 'pointPages', 'fairPages', 'planPages']) expect(reused(name), name).toBe(true);
    expect(reused('postPages')).toBe(false);
  });
});
