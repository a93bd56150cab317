/**
 * Every address of the site, built in one place (the site map in the README). Paths end with a
 * slash (`trailingSlash: 'always'`). Pure; shared by the build and the browser.
 */
import { pageHref } from './paginate.ts';
import type { RelatedKind } from './related.ts';

export const HOME = '/';
export const PLANS = '/ke-hoach/';
export const TASKS = '/nhiem-vu/';
export const TASKS_CALENDAR = '/nhiem-vu/lich.ics';
export const POINTS = '/diem-ban/';
export const MAP = '/ban-do/';
export const PRODUCTS = '/san-pham/';
export const BUSINESSES = '/doanh-nghiep/';
export const HONORS = '/ton-vinh/';
export const FAIRS = '/hoi-cho/';
export const FAIRS_CALENDAR = '/hoi-cho/lich.ics';
export const NEWS = '/tin-tuc/';
export const RSS = '/rss.xml';
export const SEARCH = '/tim-kiem/';
export const REPORT = '/phan-anh/';
export const OPEN_DATA = '/du-lieu/';
/** The machine-readable catalogue of the open data (DCAT-US 1.1 shape). */
export const OPEN_DATA_CATALOG = '/du-lieu/catalog.json';
/** What changed in the open data between builds: the page, its Atom feed and the log as JSON. */
export const CHANGES = '/du-lieu/thay-doi/';
export const CHANGES_FEED = '/du-lieu/thay-doi.xml';
export const CHANGES_JSON = '/du-lieu/thay-doi.json';
/** The barcode check: type or scan a GTIN, what its prefix really says, the directory's product. */
export const BARCODE = '/kiem-tra-ma-vach/';
/** What GS1 prefixes mean, and how to check a number by hand: where the barcode form leads without JavaScript. */
export const BARCODE_PREFIXES = `${BARCODE}tien-to/`;
/** The folder of the barcode lookup's files. */
export const BARCODE_LOOKUP = `${BARCODE}ma/`;
/** The lookup file of the GTINs whose 14-digit key begins with `bucket` (lib/gtin.ts lookupBucket). */
export const barcodeLookupUrl = (bucket: string) => `${BARCODE_LOOKUP}${bucket}.json`;
/** The site search for a text (a number the barcode page did not find). */
export const searchUrl = (q: string) => `${SEARCH}?q=${encodeURIComponent(q)}`;
export const ABOUT = '/gioi-thieu/';
export const ACCESSIBILITY = '/tiep-can/';
/** The privacy note: what the site does, and does not do, with what a visitor's browser sends. */
export const PRIVACY = '/quyen-rieng-tu/';
/** Offline use: what the saved copy holds, and the page shown offline for a page that was not saved (lib/offline.ts). */
export const OFFLINE = '/ngoai-tuyen/';
/** The web editor of the press office: not public content (no sitemap, no search, noindex), closed to crawlers by robots.txt. */
export const ADMIN = '/admin/';
/** The editorial guide (“Hướng dẫn đăng tin”), linked from the editor. */
export const EDITOR_GUIDE = '/admin/huong-dan/';
/** The sitemap index @astrojs/sitemap writes (it lists the sitemap files themselves). */
export const SITEMAP = '/sitemap-index.xml';
/** The site's default share image (1200×630 PNG in `public/`), for pages without an image of their own. */
export const SHARE_IMAGE = '/anh-chia-se.png';

/** The folder of the map's data files. */
export const MAP_DATA = '/du-lieu/ban-do/';
/** The compact points file of the whole country (map and point finder). */
export const MAP_POINTS = `${MAP_DATA}diem-ban.json`;
/** Fairs not over at build time, for the map. */
export const MAP_FAIRS = `${MAP_DATA}hoi-cho.json`;

export const planUrl = (id: string) => `${PLANS}${id}/`;
export const planFilterUrl = (group: string, value: string) => `${PLANS}${group}/${value}/`;
export const agencyUrl = (slug: string) => `${TASKS}${slug}/`;
/** The anchor of a task's row on its agency's page: `nv-<plan>-<n>` (n counts the plan's assignments from 1). */
export const taskAnchor = (plan: string, index: number) => `nv-${plan}-${index + 1}`;
export const agencyCalendarUrl = (slug: string) => `${TASKS}${slug}/lich.ics`;
/** The task tracker's status filters: plans in force, plans ended (or replaced). Agency slugs always end in a place, so never clash. */
export const TASK_FILTERS = ['dang-thuc-hien', 'da-het-han'] as const;
export type TaskFilter = (typeof TASK_FILTERS)[number];
export const tasksFilterUrl = (filter: TaskFilter | undefined) => (filter ? `${TASKS}${filter}/` : TASKS);
/** A calendar's address for subscribing (`webcal://`), from its path and the site's base URL. */
export const webcalUrl = (path: string, baseUrl: string) => new URL(path, baseUrl).href.replace(/^https?:/, 'webcal:');
export const pointUrl = (id: string) => `${POINTS}${id}/`;
export const provinceUrl = (slug: string) => `${POINTS}tinh/${slug}/`;
/** One province's compact points file. */
export const provinceMapUrl = (slug: string) => `${MAP_DATA}tinh/${slug}.json`;
/** The folder of the finder's place files (names of communes, current and former, with their centres). */
export const PLACE_DATA = '/du-lieu/xa/';
/** One province's place file. */
export const provincePlacesUrl = (slug: string) => `${PLACE_DATA}tinh/${slug}.json`;
/** The country's place file for names starting with `bucket` (see lib/place-names.ts placeBucket). */
export const placeBucketUrl = (bucket: string) => `${PLACE_DATA}${bucket}.json`;
export const productUrl = (id: string) => `${PRODUCTS}${id}/`;
/** The product list of one OCOP group (`nhom`) or one province (`tinh`, by slug). */
export const productFilterUrl = (kind: 'nhom' | 'tinh', value: string) => `${PRODUCTS}${kind}/${value}/`;
/** The rows the product list's filters read in the browser. */
export const PRODUCT_FILTER_DATA = `${PRODUCTS}loc.json`;
export const businessUrl = (id: string) => `${BUSINESSES}${id}/`;
export const programUrl = (id: string) => `${HONORS}${id}/`;
export const honorYearUrl = (program: string, year: number | string) => `${HONORS}${program}/${year}/`;
/** Every honoured business with its honours, for the lookup on `/ton-vinh/` and the programme pages. */
export const HONOR_LOOKUP = `${HONORS}tra-cuu.json`;
/** A programme's whole list for one year (every page of it), for the list's filter. */
export const honorYearDataUrl = (program: string, year: number | string) => `${honorYearUrl(program, year)}danh-sach.json`;
export const fairUrl = (id: string) => `${FAIRS}${id}/`;
export const fairCalendarUrl = (id: string) => `${FAIRS}${id}.ics`;
/** The fair lists by kind, by province (and both), and the fairs of a past year. */
export const fairKindUrl = (kind: string) => `${FAIRS}loai/${kind}/`;
export const fairProvinceUrl = (slug: string, kind?: string) => `${FAIRS}tinh/${slug}/${kind ? `loai/${kind}/` : ''}`;
export const fairYearUrl = (year: number | string) => `${FAIRS}nam/${year}/`;
/**
 * Names under `/hoi-cho/` that a fair's file may not take: folders of lists, and `lich` (the
 * calendar of all fairs is `lich.ics`, where a fair named so would put its own).
 */
export const FAIR_FOLDERS: Readonly<Record<string, string>> = {
  loai: 'các danh sách hội chợ theo loại',
  tinh: 'các danh sách hội chợ theo tỉnh, thành phố',
  nam: 'các danh sách hội chợ theo năm',
  trang: 'các trang tiếp theo của danh sách hội chợ',
  lich: 'lịch của mọi hội chợ (lich.ics)',
};
export const postUrl = (id: string) => `${NEWS}${id}/`;
/** The index of news topics (tags). */
export const TAGS = `${NEWS}the/`;
/** A topic's posts (`slug` from `tagSlug` of lib/tags.ts); later pages at `trang/<n>/`. */
export const tagUrl = (slug: string) => `${TAGS}${slug}/`;
/** Where the full lists of posts referencing one record live. */
export const RELATED_NEWS = `${NEWS}lien-quan/`;
/** The section folder of each kind of record a post may reference. */
export const RECORD_FOLDERS: Record<RelatedKind, string> = {
  fairs: FAIRS.slice(1, -1),
  plans: PLANS.slice(1, -1),
  points: POINTS.slice(1, -1),
  products: PRODUCTS.slice(1, -1),
  businesses: BUSINESSES.slice(1, -1),
};
/** Every post referencing one record, when its page shows only the newest; later pages at `trang/<n>/`. */
export const relatedNewsUrl = (kind: RelatedKind, id: string) => `${RELATED_NEWS}${RECORD_FOLDERS[kind]}/${id}/`;
/**
 * Folders of `/tin-tuc/` that hold lists, not posts, with what they hold: a post's file may not
 * take one of these names (its page would be, or sit above, one of those lists).
 */
export const NEWS_FOLDERS: Readonly<Record<string, string>> = {
  the: 'các trang chủ đề',
  'lien-quan': 'các danh sách tin liên quan',
  trang: 'các trang tiếp theo của danh sách tin',
};
/**
 * The verification poster of a record page: a section of the page itself, shown and printed when
 * the address names it (`/san-pham/<id>/#ap-phich`).
 */
export const POSTER_ID = 'ap-phich';
export const posterUrl = (recordPage: string) => `${recordPage}#${POSTER_ID}`;
/** The poster's QR code, a file beside the record page, loaded only when the poster is shown. */
export const posterQrUrl = (recordPage: string) => `${recordPage}ma-qr.svg`;
/**
 * A page's absolute address from the site's base URL: its canonical link, its JSON-LD `url`, and
 * what its poster's QR code holds (one rule, so the code always leads to the canonical address).
 */
export const absoluteUrl = (page: string, baseUrl: string) => new URL(page, baseUrl).href;
/**
 * The host a visitor's browser fetches map tiles from, read from the tile URL template of
 * `site.yaml` (`https://{s}.tile.example.org/{z}/{x}/{y}.png` → `tile.example.org`).
 */
export const tileHost = (tileUrl: string) => new URL(tileUrl.replace(/^(https?:\/\/)\{[a-z]\}\./, '$1').replace(/\{[a-z]+\}/g, '0')).host;
/** The routes whose pages carry a poster (products, businesses, sales points), as Astro names them. */
export const POSTER_ROUTES = ['/san-pham/[slug]', '/doanh-nghiep/[slug]', '/diem-ban/[slug]'] as const;
/** Where the search index's files live (lib/search-engine.ts). */
export const SEARCH_INDEX = `${SEARCH}chi-muc/`;
/** A file of the search index: `muc-luc`, `t/mat`, `tl/12`… */
export const searchIndexUrl = (file: string) => `${SEARCH_INDEX}${file}.json`;
/** An open-data file: `san-pham`, `doanh-nghiep`, `ton-vinh` or `diem-ban`, as `csv`, `json` (or `geojson` for points). */
export const dataExportUrl = (dataset: string, format: string) => `${OPEN_DATA}${dataset}.${format}`;
/** The sales points as open data: `csv`, `geojson` or `json`. */
export const pointExportUrl = (format: string) => dataExportUrl('diem-ban', format);
/** The page of a record of a searched section (`san-pham`, `diem-ban`, …): the section is its folder. */
export const recordPageUrl = (section: string, id: string) => `/${section}/${id}/`;
/** A standalone page of the `pages` collection. */
export const pageUrl = (id: string) => `/${id}/`;

/** Page `n` of the list at `base` (page 1 is the base itself). */
export const listPageUrl = pageHref;

/** The rest parameter of a list route for page `n`: none for page 1, `trang/<n>` after. */
export function listPageParam(n: number): string | undefined {
  return n === 1 ? undefined : `trang/${n}`;
}
