/**
 * Open data: `/du-lieu/`, the sales points as CSV, GeoJSON and JSON, and the products (with their
 * OCOP certificate status), businesses and honours as CSV and JSON.
 */
import { BUSINESS_KIND_LABELS } from '../../lib/businesses.ts';
import { localDate } from '../../lib/dates.ts';
import { toCsv, toGeoJson, type Row as CsvRow } from '../../lib/exports.ts';
import { CERTIFICATE_STATUS_LABELS, EXPIRING_DAYS, OCOP_GROUP_LABELS, VALIDITY_MONTHS } from '../../lib/ocop.ts';
import { communeName, provinceName } from '../../lib/places.ts';
import { businessUrl, honorYearUrl, OPEN_DATA, pointUrl, productUrl } from '../../lib/urls.ts';
import { POINT_KIND_LABELS } from '../../lib/points.ts';
import type { Business, Honor, Point, Product, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { layout, type LayoutView } from './layout.ts';
import { RSS_ITEMS } from './news.ts';
import { certificateView } from './status.ts';

export interface OpenDataView {
  layout: LayoutView;
  points: number;
  products: number;
  businesses: number;
  honors: number;
  fairs: number;
  posts: number;
  /** The day the products' certificate status was computed for. */
  statusAsOf: string;
}

/** `/du-lieu/`: the downloads, with their record counts. */
export function openDataView(data: SiteData): OpenDataView {
  return {
    layout: layout(data, {
      path: OPEN_DATA,
      title: 'Dữ liệu mở',
      description: 'Tải dữ liệu mở: điểm bán, sản phẩm OCOP, doanh nghiệp, danh sách tôn vinh, lịch hội chợ, tin tức.',
      breadcrumbs: [{ label: 'Dữ liệu mở' }],
    }),
    points: data.points.length,
    products: data.products.length,
    businesses: data.businesses.length,
    honors: data.honors.length,
    fairs: data.fairs.length,
    posts: Math.min(RSS_ITEMS, data.news.length),
    statusAsOf: localDate(data.now),
  };
}

/** Columns of the points exports, in order. */
export const POINT_COLUMNS = [
  'id', 'url', 'name', 'kind', 'kindLabel', 'operator', 'street', 'commune', 'communeName', 'province', 'provinceName',
  'lat', 'lng', 'openingHours', 'phone', 'vietGoodsShare', 'products', 'yearOpened', 'status', 'closedDate', 'lastVerified', 'sample',
] as const;

/** An address as the exports' five columns: street, codes, and the units' names. */
function addressCells(a: { street: string; commune: string; province: string }) {
  return { street: a.street, commune: a.commune, communeName: communeName(a.commune) ?? null, province: a.province, provinceName: provinceName(a.province) };
}

/** One point as a row; `base` is the site's address. */
export function pointRow(point: Point, base: URL) {
  const d = point.data;
  return {
    id: point.id,
    url: new URL(pointUrl(point.id), base).href,
    name: d.name,
    kind: d.kind,
    kindLabel: POINT_KIND_LABELS[d.kind],
    operator: d.operator ?? null,
    ...addressCells(d.address),
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

/** Columns of the products exports, in order. The `ocop…` columns are empty for a product without a certificate. */
export const PRODUCT_COLUMNS = [
  'id', 'url', 'name', 'business', 'businessName', 'province', 'provinceName', 'commune', 'communeName', 'description',
  'ocopGroup', 'ocopGroupLabel', 'ocopStars', 'ocopScore', 'ocopDecisionNumber', 'ocopDecisionDate', 'ocopIssuer', 'ocopValidUntil',
  'ocopRevokedDate', 'ocopRevokedDecisionNumber', 'ocopRevokedReason', 'ocopStatus', 'ocopStatusLabel', 'ocopStatusAsOf', 'sample',
] as const;

/**
 * One product as a row, with its OCOP certificate status computed for `now` by the same rule as
 * the pages, and the dates that rule reads (decision date, last valid day, revocation date), so a
 * reader can recompute it on another day.
 */
export function productRow(product: Product, data: Pick<SiteData, 'businessById' | 'now'>, base: URL): Record<(typeof PRODUCT_COLUMNS)[number], CsvRow[string]> {
  const d = product.data;
  const ocop = d.ocop;
  const cert = ocop && certificateView(ocop, data.now);
  return {
    id: product.id,
    url: new URL(productUrl(product.id), base).href,
    name: d.name,
    business: d.business.id,
    businessName: data.businessById.get(d.business.id)?.data.name ?? null,
    province: d.province,
    provinceName: provinceName(d.province),
    commune: d.commune ?? null,
    communeName: d.commune ? (communeName(d.commune) ?? null) : null,
    description: d.description ?? null,
    ocopGroup: ocop?.group ?? null,
    ocopGroupLabel: ocop ? OCOP_GROUP_LABELS[ocop.group] : null,
    ocopStars: ocop?.stars ?? null,
    ocopScore: ocop?.score ?? null,
    ocopDecisionNumber: ocop?.decisionNumber ?? null,
    ocopDecisionDate: ocop?.decisionDate ?? null,
    ocopIssuer: ocop?.issuer ?? null,
    ocopValidUntil: cert?.validUntil ?? null,
    ocopRevokedDate: ocop?.revoked?.date ?? null,
    ocopRevokedDecisionNumber: ocop?.revoked?.decisionNumber ?? null,
    ocopRevokedReason: ocop?.revoked?.reason ?? null,
    ocopStatus: cert?.status ?? null,
    ocopStatusLabel: cert ? CERTIFICATE_STATUS_LABELS[cert.status] : null,
    ocopStatusAsOf: cert?.asOf ?? null,
    sample: d.sample,
  };
}

/** Columns of the businesses exports, in order. */
export const BUSINESS_COLUMNS = [
  'id', 'url', 'name', 'kind', 'kindLabel', 'taxCode', 'street', 'commune', 'communeName', 'province', 'provinceName',
  'phone', 'website', 'description', 'products', 'honors', 'sample',
] as const;

/** One business as a row; `products` and `honors` list the ids of its records, separated by spaces. */
export function businessRow(business: Business, data: Pick<SiteData, 'productsByBusiness' | 'honorsByBusiness'>, base: URL): Record<(typeof BUSINESS_COLUMNS)[number], CsvRow[string]> {
  const d = business.data;
  return {
    id: business.id,
    url: new URL(businessUrl(business.id), base).href,
    name: d.name,
    kind: d.kind,
    kindLabel: BUSINESS_KIND_LABELS[d.kind],
    taxCode: d.taxCode,
    ...addressCells(d.address),
    phone: d.phone ?? null,
    website: d.website ?? null,
    description: d.description ?? null,
    products: (data.productsByBusiness.get(business.id) ?? []).map((p) => p.id).join(' '),
    honors: (data.honorsByBusiness.get(business.id) ?? []).map((h) => h.id).join(' '),
    sample: d.sample,
  };
}

/** Columns of the honours exports, in order. */
export const HONOR_COLUMNS = [
  'id', 'url', 'program', 'programName', 'organiser', 'year', 'title', 'business', 'businessName', 'taxCode',
  'product', 'productName', 'decisionNumber', 'decisionDate', 'sample',
] as const;

/** One award as a row; `url` is the programme's list for that year, where the award is shown. */
export function honorRow(honor: Honor, data: Pick<SiteData, 'programById' | 'businessById' | 'productById'>, base: URL): Record<(typeof HONOR_COLUMNS)[number], CsvRow[string]> {
  const d = honor.data;
  const program = data.programById.get(d.program.id);
  const business = data.businessById.get(d.business.id);
  const product = d.product ? data.productById.get(d.product.id) : undefined;
  return {
    id: honor.id,
    url: new URL(honorYearUrl(d.program.id, d.year), base).href,
    program: d.program.id,
    programName: program?.data.name ?? null,
    organiser: program?.data.organiser ?? null,
    year: d.year,
    title: d.title ?? null,
    business: d.business.id,
    businessName: business?.data.name ?? null,
    taxCode: business?.data.taxCode ?? null,
    product: d.product?.id ?? null,
    productName: product?.data.name ?? null,
    decisionNumber: d.decisionNumber,
    decisionDate: d.decisionDate,
    sample: d.sample,
  };
}

/** The tables published as CSV and JSON besides the points: file name → rows, columns and what the JSON says about them. */
export const TABLE_DATASETS = ['san-pham', 'doanh-nghiep', 'ton-vinh'] as const;
export type TableDataset = (typeof TABLE_DATASETS)[number];
export const TABLE_FORMATS = ['csv', 'json'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export interface TableExportView {
  dataset: TableDataset;
  format: TableFormat;
  columns: readonly string[];
  /** The key of the rows in the JSON file (`products`, `businesses`, `honors`). */
  key: string;
  /** Fields written before the rows in the JSON file (the products' status date and its note). */
  meta: Record<string, string | number>;
  rows: CsvRow[];
}

/** The note that goes with the products' certificate status: it is a build-time value, and how to recompute it. */
export function statusNote(asOf: string): string {
  return (
    `Tình trạng chứng nhận OCOP (ocopStatus) được tính tại thời điểm dựng trang, cho ngày ${asOf} (giờ Việt Nam), và có thể đã thay đổi. ` +
    `Hãy tính lại theo ngày hiện tại: đã thu hồi (revoked) từ ngày ocopRevokedDate; hết hạn (expired) sau ngày ocopValidUntil ` +
    `(${VALIDITY_MONTHS} tháng kể từ ocopDecisionDate); sắp hết hạn (expiring) khi còn từ ${EXPIRING_DAYS} ngày trở xuống; còn lại là còn hiệu lực (valid). ` +
    'Bản ghi có sample = true là dữ liệu minh họa.'
  );
}

/** `/du-lieu/san-pham.csv|json`, `/du-lieu/doanh-nghiep.csv|json`, `/du-lieu/ton-vinh.csv|json`. */
export function tableExports(data: SiteData): PageOf<TableExportView>[] {
  const base = new URL(data.site.baseUrl);
  const asOf = localDate(data.now);
  const sampleNote = { note: 'Bản ghi có sample = true là dữ liệu minh họa.' };
  const tables: Record<TableDataset, Omit<TableExportView, 'dataset' | 'format'>> = {
    'san-pham': { columns: PRODUCT_COLUMNS, key: 'products', meta: { statusAsOf: asOf, note: statusNote(asOf) }, rows: data.products.map((p) => productRow(p, data, base)) },
    'doanh-nghiep': { columns: BUSINESS_COLUMNS, key: 'businesses', meta: sampleNote, rows: data.businesses.map((b) => businessRow(b, data, base)) },
    'ton-vinh': {
      columns: HONOR_COLUMNS,
      key: 'honors',
      meta: sampleNote,
      // Newest year first, then by programme and id: a stable order whatever order the files were read in.
      rows: [...data.honors]
        .sort((a, b) => b.data.year - a.data.year || a.data.program.id.localeCompare(b.data.program.id) || a.id.localeCompare(b.id))
        .map((h) => honorRow(h, data, base)),
    },
  };
  return TABLE_DATASETS.flatMap((dataset) => TABLE_FORMATS.map((format) => ({ params: { dataset, format }, view: { dataset, format, ...tables[dataset] } })));
}

/** The body and content type of a table export. */
export function tableExportBody(view: TableExportView): { type: string; body: string } {
  return view.format === 'csv'
    ? { type: 'text/csv; charset=utf-8', body: toCsv(view.rows, view.columns) }
    : { type: 'application/json', body: JSON.stringify({ ...view.meta, [view.key]: view.rows }) };
}
