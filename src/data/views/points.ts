/**
 * Sales points: each point's page, the points front page, the province lists (`/diem-ban/tinh/
 * <tỉnh>/`, `trang/<n>/`), the map page, and the compact files the map and the finder read.
 */
import { provinceByCode, type Province } from '../../lib/admin-units.ts';
import { comingFairs, mapFairs } from '../../lib/fair-lists.ts';
import { FAIR_KIND_LABELS } from '../../lib/fairs.ts';
import { whenWords } from '../../lib/fair-words.ts';
import { osmUrl } from '../../lib/geo.ts';
import { pointJsonLd } from '../../lib/json-ld.ts';
import { communeName, formatAddress, provinceName } from '../../lib/places.ts';
import { distinctTitles } from '../../lib/titles.ts';
import type { FairsFile, MapPoint, PointsFile } from '../../lib/map-points.ts';
import { weeklySchedule } from '../../lib/opening-hours.ts';
import { PAGE_SIZE } from '../../lib/paginate.ts';
import { placeBuckets } from '../../lib/unit-history.ts';
import { compareVi } from '../../lib/text.ts';
import { absoluteUrl, MAP, MAP_DATA, MAP_FAIRS, MAP_POINTS, POINTS, pointUrl, provinceMapUrl, provincePlacesUrl, provinceUrl } from '../../lib/urls.ts';
import { POINT_KINDS, POINT_KIND_LABELS } from '../../lib/points.ts';
import { stamp, type Stamp } from '../clock.ts';
import type { Point, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { memoOnData } from '../reads.ts';
import { pointCard, timingOf, type PointCardView } from './cards.ts';
import { pointPoster, type PosterView } from './posters.ts';
import { layout, type LayoutView } from './layout.ts';
import { paged, type PaginationView } from './lists.ts';
import { openNowView, type OpenNowView } from './status.ts';
import { relatedNews, type RelatedNewsView } from './related.ts';

type PointKind = (typeof POINT_KINDS)[number];

/** The map's settings from site.yaml, for pages with a map. */
export interface MapSettings {
  tileUrl: string;
  attribution: string;
  center: { lat: number; lng: number };
  zoom: number;
}

export function mapSettings({ site }: Pick<SiteData, 'site'>): MapSettings {
  return { tileUrl: site.map.tileUrl, attribution: site.map.attribution, center: site.map.center, zoom: site.map.zoom };
}

/**
 * Every province with at least one active point, with its active points ordered by kind then
 * name (the order of the province lists and files). Worked out once per build.
 */
export const provincePoints = memoOnData((data: SiteData): { province: Province; items: Point[] }[] => {
  const active = data.points.filter((p) => p.data.status === 'active');
  const codes = [...new Set(active.map((p) => p.data.address.province))];
  // `points` is already in Vietnamese name order; a stable sort by kind keeps it within each kind.
  const kindOrder = (p: Point) => POINT_KINDS.indexOf(p.data.kind);
  return codes.map((code) => ({
    province: provinceByCode(code)!,
    items: active.filter((p) => p.data.address.province === code).sort((a, b) => kindOrder(a) - kindOrder(b)),
  }));
});

export interface PointView {
  layout: LayoutView;
  name: string;
  kind: PointKind;
  sample: boolean;
  /** The committee whose open data it comes from, when aggregated (shown with a link to the original). */
  source: { committee: string; url: string } | undefined;
  closed: boolean;
  closedDate?: string | undefined;
  operator: string | undefined;
  /** The operator's business page, when the record names one. */
  businessId?: string | undefined;
  address: string;
  oldAddress?: string | undefined;
  /** Opening hours with open-now, for active points only: a closed point shows nothing that invites a visit. */
  hours?: { openNow: OpenNowView } | undefined;
  /** The point's phone, for active points only. */
  phone?: string | undefined;
  vietGoodsShare?: number | undefined;
  yearOpened?: number | undefined;
  lastVerified: string;
  /** Directions, for active points only. */
  directions?: { osm: string; geo: { lat: number; lng: number } } | undefined;
  /** What it sells, or for a closed point what it used to sell. */
  products: { id: string; name: string }[];
  /** schema.org Store, for active points only. */
  jsonLd?: Record<string, unknown> | undefined;
  /** Published posts referencing it ("Tin liên quan"). */
  news: RelatedNewsView;
  /** Its verification poster, a section of the page (`#ap-phich`). */
  poster: PosterView;
}

/** Every point's page. */
export function pointPages(data: SiteData): PageOf<PointView>[] {
  const { points, productById, businessById, site, now } = data;
  // Namesakes (a “Cửa hàng OCOP Tân Phú” in two provinces) are told apart by province, then commune.
  const titles = distinctTitles(points.map((p) => ({ id: p.id, name: p.data.name, qualifiers: [provinceName(p.data.address.province), communeName(p.data.address.commune)] })));
  return points.map((point) => {
    const d = point.data;
    const province = provinceByCode(d.address.province)!;
    const address = formatAddress(d.address);
    const business = d.business ? businessById.get(d.business.id) : undefined;
    const closed = d.status === 'closed';
    // Closed points get no structured data: schema.org cannot say "closed for good", and a Store
    // with an address would tell search engines it still trades. The page itself says it is closed.
    const jsonLd = closed
      ? undefined
      : pointJsonLd({
          name: d.name,
          url: absoluteUrl(pointUrl(point.id), site.baseUrl),
          street: d.address.street,
          communeName: communeName(d.address.commune) ?? d.address.commune,
          provinceName: province.name,
          lat: d.geo.lat,
          lng: d.geo.lng,
          phone: d.phone,
          hours: d.openingHours ? weeklySchedule(d.openingHours) : undefined,
        });
    return {
      params: { slug: point.id },
      view: {
        layout: layout(data, {
          path: pointUrl(point.id),
          title: titles.get(point.id)!,
          description: `${POINT_KIND_LABELS[d.kind]} – ${address}`,
          breadcrumbs: [{ label: 'Điểm bán', href: POINTS }, { label: province.name, href: provinceUrl(province.slug) }, { label: d.name }],
          sample: d.sample,
          // Offline, the citizen also has the other points of the province, on its map.
          offline: [provinceUrl(province.slug), provinceMapUrl(province.slug)],
        }),
        name: d.name,
        kind: d.kind,
        sample: d.sample,
        source: d.source,
        closed,
        closedDate: d.closedDate,
        operator: d.operator,
        businessId: business?.id,
        address,
        oldAddress: d.address.oldAddress,
        hours: d.openingHours && !closed ? { openNow: openNowView(d.openingHours, now) } : undefined,
        phone: closed ? undefined : d.phone,
        vietGoodsShare: d.vietGoodsShare,
        yearOpened: d.yearOpened,
        lastVerified: d.lastVerified,
        directions: closed ? undefined : { osm: osmUrl(d.geo), geo: { lat: d.geo.lat, lng: d.geo.lng } },
        products: d.products.map((r) => productById.get(r.id)!).filter(Boolean).map((p) => ({ id: p.id, name: p.data.name })),
        jsonLd,
        news: relatedNews(data, 'points', point.id),
        poster: pointPoster(data, point),
      },
    };
  });
}

export interface PointsIndexView {
  layout: LayoutView;
  map: MapSettings;
  active: number;
  byKind: { kind: PointKind; count: number }[];
  provinces: { slug: string; name: string; count: number }[];
  /** The buckets of the country's place files, for the finder's "near a ward". */
  placeBuckets: string[];
}

/** Provinces with active points and how many, by short name (the points front page and the map page). */
function provinceCounts(data: SiteData): { slug: string; name: string; count: number }[] {
  return [...provincePoints(data)]
    .sort((a, b) => compareVi(a.province.shortName, b.province.shortName))
    .map(({ province, items }) => ({ slug: province.slug, name: province.name, count: items.length }));
}

/** `/diem-ban/`: counts by kind and by province. */
export function pointsIndexView(data: SiteData): PointsIndexView {
  const active = data.points.filter((p) => p.data.status === 'active');
  return {
    layout: layout(data, {
      path: POINTS,
      title: 'Điểm bán hàng Việt',
      description: 'Điểm bán hàng Việt – Tự hào hàng Việt Nam, cửa hàng OCOP và Câu lạc bộ bán hàng Việt theo tỉnh, thành phố.',
      breadcrumbs: [{ label: 'Điểm bán' }],
      sample: data.points.some((p) => p.data.sample),
    }),
    map: mapSettings(data),
    active: active.length,
    byKind: POINT_KINDS.map((kind) => ({ kind, count: active.filter((p) => p.data.kind === kind).length })),
    provinces: provinceCounts(data),
    placeBuckets: placeBuckets(),
  };
}

export interface ProvinceListView {
  layout: LayoutView;
  map: MapSettings;
  province: { slug: string; name: string };
  suffix: string;
  /** Active points of the province, in all and by kind. */
  total: number;
  byKind: { kind: PointKind; count: number }[];
  /** This page's points, grouped by kind (kinds with none left out). */
  groups: { kind: PointKind; cards: PointCardView[] }[];
  pagination: PaginationView;
}

/** Every page of every province's list of active points. */
export function provinceListPages(data: SiteData): PageOf<ProvinceListView>[] {
  return provincePoints(data).flatMap(({ province, items }) => {
    const base = provinceUrl(province.slug);
    const byKind = POINT_KINDS.map((kind) => ({ kind, count: items.filter((p) => p.data.kind === kind).length }));
    return paged(items, PAGE_SIZE, base, [{ label: 'Điểm bán', href: POINTS }, { label: province.name }]).map((p) => ({
      params: { province: province.slug, page: p.param },
      view: {
        layout: layout(data, {
          path: p.path,
          title: `Điểm bán hàng Việt – ${province.name}${p.suffix}`,
          breadcrumbs: p.crumbs,
          sample: p.shown.some((x) => x.data.sample),
          // The map and the finder's data, so both work offline too.
          offline: [provinceMapUrl(province.slug), provincePlacesUrl(province.slug)],
        }),
        map: mapSettings(data),
        province: { slug: province.slug, name: province.name },
        suffix: p.suffix,
        total: items.length,
        byKind,
        groups: POINT_KINDS.map((kind) => ({ kind, cards: p.shown.filter((x) => x.data.kind === kind).map((x) => pointCard(x, data.now)) })).filter((g) => g.cards.length > 0),
        pagination: p.pagination,
      },
    }));
  });
}

export interface MapPageView {
  layout: LayoutView;
  map: MapSettings;
  provinces: { slug: string; name: string; count: number }[];
  /** Fairs on now or coming, soonest first, with their dates or market-day rule. */
  fairs: { id: string; title: string; when: string; venue: string; address: string }[];
}

/** `/ban-do/`: the map of points and fairs, with the lists that hold the same places. */
export function mapPageView(data: SiteData): MapPageView {
  return {
    layout: layout(data, {
      path: MAP,
      title: 'Bản đồ điểm bán và hội chợ',
      description: 'Điểm bán hàng Việt và hội chợ theo tỉnh, thành phố.',
      breadcrumbs: [{ label: 'Bản đồ' }],
      sample: data.points.some((p) => p.data.sample) || data.fairs.some((f) => f.data.sample),
    }),
    map: mapSettings(data),
    provinces: provinceCounts(data),
    fairs: comingFairs(data.fairs, data.now).map((f) => ({ id: f.id, title: f.data.title, when: whenWords(timingOf(f.data)), venue: f.data.venue.name, address: formatAddress(f.data.venue.address) })),
  };
}

function mapPoint(p: Point): MapPoint {
  const d = p.data;
  return {
    id: p.id,
    name: d.name,
    kind: d.kind,
    lat: d.geo.lat,
    lng: d.geo.lng,
    address: formatAddress(d.address),
    commune: d.address.commune,
    hours: (d.openingHours && weeklySchedule(d.openingHours)) || null,
    phone: d.phone ?? null,
  };
}

/** The compact file for these points, but for its stamp. */
function pointsFile(points: readonly Point[]): Omit<PointsFile, 'generated'> {
  return { kinds: { ...POINT_KIND_LABELS }, points: points.map(mapPoint), sample: points.some((p) => p.data.sample) };
}

/** A map data file: its contents, and when it was generated (its first field). */
export interface MapFileView {
  generated: Stamp;
  body: Omit<PointsFile, 'generated'> | Omit<FairsFile, 'generated'>;
}

/** The route parameter of a map file (its path under the folder, without `.json`). */
const mapFileParam = (url: string) => url.slice(MAP_DATA.length, -'.json'.length);

/** The map's files: every active point, the fairs not over, and one file per province. */
export function mapFiles(data: SiteData): PageOf<MapFileView>[] {
  const lists = provincePoints(data);
  const generated = stamp(data.now);
  const fairs = mapFairs(data.fairs, data.now);
  const fairsFile: Omit<FairsFile, 'generated'> = {
    kinds: { ...FAIR_KIND_LABELS },
    fairs: fairs.map((f) => ({
      id: f.id,
      title: f.data.title,
      kind: f.data.kind,
      ...timingOf(f.data),
      venue: f.data.venue.name,
      address: formatAddress(f.data.venue.address),
      lat: f.data.venue.geo.lat,
      lng: f.data.venue.geo.lng,
    })),
    sample: fairs.some((f) => f.data.sample),
  };
  return [
    { params: { file: mapFileParam(MAP_POINTS) }, view: { generated, body: pointsFile(lists.flatMap(({ items }) => items)) } },
    { params: { file: mapFileParam(MAP_FAIRS) }, view: { generated, body: fairsFile } },
    ...lists.map(({ province, items }) => ({ params: { file: mapFileParam(provinceMapUrl(province.slug)) }, view: { generated, body: pointsFile(items) } })),
  ];
}
