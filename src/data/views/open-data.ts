/** Open data: `/du-lieu/` and the sales points as CSV, GeoJSON and JSON. */
import { toCsv, toGeoJson } from '../../lib/exports.ts';
import { communeName, provinceName } from '../../lib/places.ts';
import { OPEN_DATA, pointUrl } from '../../lib/urls.ts';
import { POINT_KIND_LABELS } from '../../lib/points.ts';
import type { Point, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { layout, type LayoutView } from './layout.ts';
import { RSS_ITEMS } from './news.ts';

export interface OpenDataView {
  layout: LayoutView;
  points: number;
  fairs: number;
  posts: number;
}

/** `/du-lieu/`: the downloads, with their record counts. */
export function openDataView(data: SiteData): OpenDataView {
  return {
    layout: layout(data, { path: OPEN_DATA, title: 'Dữ liệu mở', description: 'Tải dữ liệu mở: điểm bán, lịch hội chợ, tin tức.', breadcrumbs: [{ label: 'Dữ liệu mở' }] }),
    points: data.points.length,
    fairs: data.fairs.length,
    posts: Math.min(RSS_ITEMS, data.news.length),
  };
}

/** Columns of the points exports, in order. */
export const POINT_COLUMNS = [
  'id', 'url', 'name', 'kind', 'kindLabel', 'operator', 'street', 'commune', 'communeName', 'province', 'provinceName',
  'lat', 'lng', 'openingHours', 'phone', 'vietGoodsShare', 'products', 'yearOpened', 'status', 'closedDate', 'lastVerified', 'sample',
] as const;

/** One point as a row; `base` is the site's address. */
export function pointRow(point: Point, base: URL) {
  const d = point.data;
  return {
    id: point.id,
    url: new URL(pointUrl(point.id), base).href,
    name: d.name,
    kind: d.kind,
    kindLabel: POINT_KIND_LABELS[d.kind],
    operator: d.operator,
    street: d.address.street,
    commune: d.address.commune,
    communeName: communeName(d.address.commune) ?? null,
    province: d.address.province,
    provinceName: provinceName(d.address.province),
    lat: d.geo.lat,
    lng: d.geo.lng,
    openingHours: d.openingHours ?? null,
    phone: d.phone ?? null,
    vietGoodsShare: d.vietGoodsShare ?? null,
    products: d.products.map((r) => r.id).join(' '),
    yearOpened: d.yearOpened ?? null,
    status: d.status,
    closedDate: d.closedDate ?? null,
    lastVerified: d.lastVerified,
    sample: d.sample,
  };
}

type Row = ReturnType<typeof pointRow>;

/** The export formats of the points: content type and body. */
export const POINT_FORMATS: Record<string, { type: string; body: (rows: Row[]) => string }> = {
  csv: { type: 'text/csv; charset=utf-8', body: (rows) => toCsv(rows, POINT_COLUMNS) },
  geojson: { type: 'application/geo+json', body: (rows) => toGeoJson(rows) },
  json: { type: 'application/json', body: (rows) => JSON.stringify({ points: rows }) },
};

export interface PointExportView {
  format: string;
  rows: Row[];
}

/** `/du-lieu/diem-ban.csv`, `.geojson`, `.json`: every point, closed ones included. */
export function pointExports(data: SiteData): PageOf<PointExportView>[] {
  const base = new URL(data.site.baseUrl);
  const rows = data.points.map((p) => pointRow(p, base));
  return Object.keys(POINT_FORMATS).map((format) => ({ params: { format }, view: { format, rows } }));
}
