/**
 * Open data: `/du-lieu/` with every dataset, its downloads, count and field dictionary; the
 * catalogue `/du-lieu/catalog.json`; and the files: points and fairs as CSV, JSON and GeoJSON,
 * products (with their OCOP certificate status), businesses, honours, plans and their tasks and
 * reports as CSV and JSON. The columns are the dictionary's (lib/open-data-dictionary.ts).
 */
import { BUSINESS_KIND_LABELS } from '../../lib/businesses.ts';
import { localDate } from '../../lib/dates.ts';
import { csvChunks, geoJsonChunks, jsonChunks, type Row as CsvRow } from '../../lib/exports.ts';
import { CERTIFICATE_STATUS_LABELS, EXPIRING_DAYS, OCOP_GROUP_LABELS, VALIDITY_MONTHS } from '../../lib/ocop.ts';
import { communeName, provinceName } from '../../lib/places.ts';
import { businessUrl, CHANGES, CHANGES_FEED, CHANGES_JSON, dataExportUrl, FAIRS_CALENDAR, fairUrl, honorYearUrl, OPEN_DATA, planUrl, pointUrl, productUrl, RSS, TASKS_CALENDAR, taskAnchor } from '../../lib/urls.ts';
import { POINT_KIND_LABELS } from '../../lib/points.ts';
import { FAIR_KIND_LABELS, FAIR_STATUS_LABELS } from '../../lib/fairs.ts';
import { dueState, PLAN_LEVEL_LABELS, PLAN_STATUS_LABELS, planName, planStatus } from '../../lib/plans.ts';
import { describeRecurrence, recurrenceRule } from '../../lib/recurrence.ts';
import { describeSchedule, scheduleReading, type ScheduleLike } from '../../lib/schedule.ts';
import { DATASETS, fieldNames, tableSchemaField, type DatasetInfo, type Field } from '../../lib/open-data-dictionary.ts';
import type { Business, Fair, Honor, Plan, Point, Product, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { memoOnData } from '../reads.ts';
import { textDigest } from '../text-digest.ts';
import { layout, type LayoutView } from './layout.ts';
import { RSS_ITEMS } from './news.ts';
import { certificateView } from './status.ts';

/** One download of a dataset. */
export interface DistributionView {
  href: string;
  /** What a reader sees: "CSV (bảng tính, UTF-8, mở được bằng Excel)". */
  label: string;
  mediaType: string;
  /** DCAT `format`: "CSV", "JSON", "GeoJSON", "iCalendar", "RSS". */
  format: string;
}

/** One dataset on /du-lieu/ and in the catalogue. */
export interface DatasetView {
  id: string;
  title: string;
  description: string;
  /** How many records; absent for the change log (it grows with every build). */
  count?: number;
  distributions: DistributionView[];
  /** The field dictionary; empty for a feed in a standard format (RSS). */
  fields: readonly Field[];
}

export interface OpenDataView {
  layout: LayoutView;
  datasets: DatasetView[];
  /** The day the data is as of: the build day (Vietnam time). */
  asOf: string;
  licence: { name: string; url: string } | undefined;
  committee: string;
  email: string;
  area: string;
  baseUrl: string;
}

const FORMATS: Record<ExportFormat, Omit<DistributionView, 'href'>> = {
  csv: { label: 'CSV (bảng tính, UTF-8, mở được bằng Excel)', mediaType: 'text/csv', format: 'CSV' },
  json: { label: 'JSON', mediaType: 'application/json', format: 'JSON' },
  geojson: { label: 'GeoJSON (bản đồ, RFC 7946)', mediaType: 'application/geo+json', format: 'GeoJSON' },
};
const ICALENDAR = { mediaType: 'text/calendar', format: 'iCalendar' };

/** How many rows each dataset has, without building them. */
function counts(data: SiteData): Record<string, number> {
  return {
    'diem-ban': data.points.length,
    'san-pham': data.products.length,
    'doanh-nghiep': data.businesses.length,
    'ton-vinh': data.honors.length,
    'hoi-cho': data.fairs.length,
    'ke-hoach': data.plans.length,
    'nhiem-vu': data.plans.reduce((n, p) => n + p.data.assignments.length + p.data.reportingDeadlines.length, 0),
  };
}

/** `/du-lieu/` and `/du-lieu/catalog.json`: every dataset, its downloads, count and field dictionary. */
export function openDataView(data: SiteData): OpenDataView {
  const count = counts(data);
  const datasets: DatasetView[] = DATASETS.map((info) => {
    const distributions = info.formats.map((format) => ({ href: dataExportUrl(info.id, format), ...FORMATS[format] }));
    if (info.id === 'hoi-cho') distributions.push({ href: FAIRS_CALENDAR, label: 'iCalendar (lịch, RFC 5545): các hội chợ chưa kết thúc', ...ICALENDAR });
    if (info.id === 'nhiem-vu') distributions.push({ href: TASKS_CALENDAR, label: 'iCalendar (lịch, RFC 5545): các hạn nhiệm vụ và báo cáo', ...ICALENDAR });
    return { id: info.id, title: info.title, description: info.description, count: count[info.id] ?? 0, distributions, fields: info.fields };
  });
  datasets.push({
    id: 'tin-tuc',
    title: 'Tin tức',
    description: `Các tin mới nhất của văn phòng Ban Chỉ đạo (${RSS_ITEMS} tin), theo định dạng RSS: tiêu đề, ngày, tóm tắt, địa chỉ tin.`,
    count: Math.min(RSS_ITEMS, data.news.length),
    distributions: [{ href: RSS, label: 'RSS 2.0', mediaType: 'application/rss+xml', format: 'RSS' }],
    fields: [],
  });
  datasets.push({
    id: 'thay-doi',
    title: 'Thay đổi dữ liệu',
    description: 'Những gì thay đổi giữa các lần cập nhật: bản ghi được thêm hoặc gỡ, điểm bán ngừng hoạt động, chứng nhận OCOP bị thu hồi hoặc hết hiệu lực, hội chợ bị hủy hoặc tạm hoãn; mới nhất trước.',
    distributions: [
      { href: CHANGES, label: 'Trang “Thay đổi dữ liệu”', mediaType: 'text/html', format: 'HTML' },
      { href: CHANGES_FEED, label: 'Atom (nguồn tin, RFC 4287)', mediaType: 'application/atom+xml', format: 'Atom' },
      { href: CHANGES_JSON, label: 'JSON (toàn bộ nhật ký)', mediaType: 'application/json', format: 'JSON' },
    ],
    fields: [],
  });
  return {
    layout: layout(data, {
      path: OPEN_DATA,
      title: 'Dữ liệu mở',
      description: 'Tải dữ liệu mở: điểm bán, sản phẩm OCOP, doanh nghiệp, danh sách tôn vinh, hội chợ, kế hoạch, nhiệm vụ, tin tức; kèm từ điển dữ liệu.',
      breadcrumbs: [{ label: 'Dữ liệu mở' }],
    }),
    datasets,
    asOf: localDate(data.now),
    licence: data.site.dataLicence,
    committee: data.site.committee,
    email: data.site.contact.email,
    area: data.site.area,
    baseUrl: data.site.baseUrl,
  };
}

/**
 * The catalogue, `/du-lieu/catalog.json`, in the shape of DCAT-US 1.1 (Project Open Data's JSON
 * form of W3C DCAT), each dataset carrying its field dictionary as a Frictionless Table Schema
 * (`tableSchema`) and its record count (`recordCount`), two keys of ours.
 */
export function catalogJson(view: OpenDataView): string {
  const abs = (href: string) => new URL(href, view.baseUrl).href;
  const publisher = { '@type': 'org:Organization', name: view.committee };
  return JSON.stringify({
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    title: `Dữ liệu mở – ${view.committee}`,
    landingPage: abs(OPEN_DATA),
    dataset: view.datasets.map((d) => ({
      '@type': 'dcat:Dataset',
      identifier: abs(`${OPEN_DATA}#${d.id}`),
      title: d.title,
      description: d.description,
      keyword: ['hàng Việt', d.title],
      modified: view.asOf,
      publisher,
      contactPoint: { '@type': 'vcard:Contact', fn: view.committee, hasEmail: `mailto:${view.email}` },
      accessLevel: 'public',
      ...(view.licence ? { license: view.licence.url } : {}),
      spatial: view.area,
      language: ['vi'],
      landingPage: abs(`${OPEN_DATA}#${d.id}`),
      ...(d.fields.length ? { describedBy: abs(`${OPEN_DATA}#tu-dien-${d.id}`), describedByType: 'text/html' } : {}),
      distribution: d.distributions.map((dist) => ({ '@type': 'dcat:Distribution', title: dist.label, downloadURL: abs(dist.href), mediaType: dist.mediaType, format: dist.format })),
      ...(d.count === undefined ? {} : { recordCount: d.count }),
      ...(d.fields.length ? { tableSchema: { fields: d.fields.map(tableSchemaField), primaryKey: 'id' } } : {}),
    })),
  });
}

/** An address as the exports' six columns: street, codes, the units' names, and the address as written before 2025. */
function addressCells(a: { street: string; commune: string; province: string; oldAddress?: string | undefined }) {
  return {
    street: a.street,
    commune: a.commune,
    communeName: communeName(a.commune) ?? null,
    province: a.province,
    provinceName: provinceName(a.province),
    oldAddress: a.oldAddress ?? null,
  };
}

/** Where an aggregated record comes from, as two columns (empty for this site's own records). */
function sourceCells(source: { committee: string; url: string } | undefined) {
  return { sourceCommittee: source?.committee ?? null, sourceUrl: source?.url ?? null };
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
    business: d.business?.id ?? null,
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
    ...sourceCells(d.source),
    sample: d.sample,
  };
}

/** A row of an export: column → value (null for empty). */
type Row = CsvRow;

/**
 * One product as a row, with its OCOP certificate status computed for `now` by the same rule as
 * the pages, and the dates that rule reads (decision date, last valid day, revocation date), so a
 * reader can recompute it on another day.
 */
export function productRow(product: Product, data: Pick<SiteData, 'businessById' | 'now'>, base: URL): Row {
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
    gtin: d.gtin?.length ? d.gtin.join(' ') : null,
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
    standards: d.standards.length ? d.standards.join('; ') : null,
    referencePriceAmount: d.referencePrice?.amount ?? null,
    referencePriceUnit: d.referencePrice?.unit ?? null,
    ...sourceCells(d.source),
    sample: d.sample,
  };
}


/** One business as a row; `products` and `honors` list the ids of its records, separated by spaces. */
export function businessRow(business: Business, data: Pick<SiteData, 'productsByBusiness' | 'honorsByBusiness'>, base: URL): Row {
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
    ...sourceCells(d.source),
    sample: d.sample,
  };
}


/** One award as a row; `url` is the programme's list for that year, where the award is shown. */
export function honorRow(honor: Honor, data: Pick<SiteData, 'programById' | 'businessById' | 'productById'>, base: URL): Row {
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
    ...sourceCells(d.source),
    sample: d.sample,
  };
}

/** One fair as a row: the planned dates, the announced status and new dates, the venue. */
export function fairRow(fair: Fair, base: URL): Row {
  const d = fair.data;
  return {
    id: fair.id,
    url: new URL(fairUrl(fair.id), base).href,
    title: d.title,
    kind: d.kind,
    kindLabel: FAIR_KIND_LABELS[d.kind],
    start: d.start,
    end: d.end,
    repeat: d.repeat ? describeRecurrence(d.repeat) : null,
    repeatRule: d.repeat ? recurrenceRule(d.repeat) : null,
    dailyHours: d.dailyHours ? `${d.dailyHours.open}-${d.dailyHours.close}` : null,
    venueName: d.venue.name,
    ...prefixed('venue', addressCells(d.venue.address)),
    lat: d.venue.geo.lat,
    lng: d.venue.geo.lng,
    organiser: d.organiser,
    status: d.status,
    statusLabel: FAIR_STATUS_LABELS[d.status],
    statusNote: d.statusNote ?? null,
    rescheduledStart: d.rescheduled?.start ?? null,
    rescheduledEnd: d.rescheduled?.end ?? null,
    registrationDeadline: d.registration?.deadline ?? null,
    booths: d.registration?.booths ?? null,
    fee: d.registration?.fee ?? null,
    businesses: d.businesses.map((b) => b.id).join(' '),
    summary: d.summary,
    updated: d.updated ?? null,
    sample: d.sample,
  };
}

/** The address cells with a prefix: `venueStreet`, `venueCommune`… */
function prefixed(prefix: string, cells: Row): Row {
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, v]));
}

/** One plan as a row, with its status computed for `now` by the same rule as the pages. */
export function planRow(plan: Plan, now: Date, base: URL): Row {
  const d = plan.data;
  const status = planStatus({ periodEnd: d.period?.to, superseded: !!d.supersededBy }, now);
  return {
    id: plan.id,
    url: new URL(planUrl(plan.id), base).href,
    title: d.title,
    number: d.number ?? null,
    issuer: d.issuer,
    level: d.level,
    levelLabel: PLAN_LEVEL_LABELS[d.level],
    province: d.province ?? null,
    provinceName: d.province ? provinceName(d.province) : null,
    date: d.date,
    periodFrom: d.period?.from ?? null,
    periodTo: d.period?.to ?? null,
    supersededBy: d.supersededBy?.id ?? null,
    status,
    statusLabel: PLAN_STATUS_LABELS[status],
    statusAsOf: localDate(now),
    assignments: d.assignments.length,
    reports: d.reportingDeadlines.length,
    attachment: d.attachment ? new URL(d.attachment, base).href : null,
    sample: d.sample,
  };
}

/** Every task and report of a plan as rows: the deadline in the plan's words, and apart what the site reads into it. */
export function taskRows(plan: Plan, now: Date, base: URL): Row[] {
  const d = plan.data;
  const asOf = localDate(now);
  const name = planName(d);
  const next = (schedule: ScheduleLike | undefined) => {
    const state = schedule ? dueState(schedule, now, d.period?.to) : undefined;
    return state?.state === 'due' ? state.due : null;
  };
  const tasks = d.assignments.map((a, index) => ({
    id: `${plan.id}-nv-${index + 1}`,
    url: new URL(`${planUrl(plan.id)}#${taskAnchor(plan.id, index)}`, base).href,
    type: 'task',
    plan: plan.id,
    planName: name,
    section: a.section,
    agencies: a.agency,
    agencyInferred: a.agencyInferred ?? null,
    what: a.task,
    to: null,
    due: a.when ? describeSchedule(a.when) : null,
    dueReading: a.when ? (scheduleReading(a.when) ?? null) : null,
    nextDue: next(a.when),
    nextDueAsOf: asOf,
    sample: d.sample,
  }));
  const reports = d.reportingDeadlines.map((r, index) => ({
    id: `${plan.id}-bc-${index + 1}`,
    url: new URL(`${planUrl(plan.id)}#thoi-han-bao-cao`, base).href,
    type: 'report',
    plan: plan.id,
    planName: name,
    section: null,
    agencies: r.agencies.length ? r.agencies.join('; ') : (r.from ?? null),
    agencyInferred: null,
    what: r.what,
    to: r.to ?? null,
    due: describeSchedule(r.due),
    dueReading: scheduleReading(r.due) ?? null,
    nextDue: next(r.due),
    nextDueAsOf: asOf,
    sample: d.sample,
  }));
  return [...tasks, ...reports];
}

/** What the JSON file of the products says about its certificate status: a build-time value, and how to recompute it. */
export function statusNote(asOf: string): string {
  return (
    `Tình trạng chứng nhận OCOP (ocopStatus) được tính tại thời điểm dựng trang, cho ngày ${asOf} (giờ Việt Nam), và có thể đã thay đổi. ` +
    `Hãy tính lại theo ngày hiện tại: đã thu hồi (revoked) từ ngày ocopRevokedDate; hết hạn (expired) sau ngày ocopValidUntil ` +
    `(${VALIDITY_MONTHS} tháng kể từ ocopDecisionDate); sắp hết hạn (expiring) khi còn từ ${EXPIRING_DAYS} ngày trở xuống; còn lại là còn hiệu lực (valid). ` +
    'Bản ghi có sample = true là dữ liệu minh họa.'
  );
}

export type ExportFormat = DatasetInfo['formats'][number];

export interface DatasetExportView {
  dataset: string;
  format: ExportFormat;
  columns: readonly string[];
  /** The key of the rows in the JSON file (`points`, `products`…). */
  key: string;
  /** Fields written before the rows in the JSON file (the products' status date and its note). */
  meta: Record<string, string | number>;
  /** The digest of the rows' JSON: the rows themselves are the page's `entry`, shared by the dataset's formats. */
  rows: string;
}

const rowDigests = new WeakMap<Row[], string>();

/** The digest of a dataset's rows, worked out once for all its formats, from their JSON in pieces (never one string). */
function rowsDigest(rows: Row[]): string {
  let digest = rowDigests.get(rows);
  if (digest === undefined) rowDigests.set(rows, (digest = textDigest(jsonChunks({}, 'rows', rows))));
  return digest;
}

/** Every dataset's rows and the fields its JSON file carries before them, by dataset id (once per build). */
export const datasetRows = memoOnData((data: SiteData): Map<string, { rows: Row[]; meta: Record<string, string | number> }> => buildRows(data));

function buildRows(data: SiteData): Map<string, { rows: Row[]; meta: Record<string, string | number> }> {
  const base = new URL(data.site.baseUrl);
  const asOf = localDate(data.now);
  const sampleNote = { note: 'Bản ghi có sample = true là dữ liệu minh họa.' };
  const dated = (what: string) => ({ asOf, note: `${what} được tính khi dựng trang, cho ngày ${asOf} (giờ Việt Nam). Bản ghi có sample = true là dữ liệu minh họa.` });
  return new Map<string, { rows: Row[]; meta: Record<string, string | number> }>([
    // The points file has carried its rows alone since it was first published: kept so.
    ['diem-ban', { rows: data.points.map((p) => pointRow(p, base)), meta: {} }],
    ['san-pham', { rows: data.products.map((p) => productRow(p, data, base)), meta: { statusAsOf: asOf, note: statusNote(asOf) } }],
    ['doanh-nghiep', { rows: data.businesses.map((b) => businessRow(b, data, base)), meta: sampleNote }],
    [
      'ton-vinh',
      {
        // Newest year first, then by programme and id: a stable order whatever order the files were read in.
        rows: [...data.honors]
          .sort((a, b) => b.data.year - a.data.year || a.data.program.id.localeCompare(b.data.program.id) || a.id.localeCompare(b.id))
          .map((h) => honorRow(h, data, base)),
        meta: sampleNote,
      },
    ],
    ['hoi-cho', { rows: [...data.fairs].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id)).map((f) => fairRow(f, base)), meta: sampleNote }],
    ['ke-hoach', { rows: [...data.plans].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)).map((p) => planRow(p, data.now, base)), meta: dated('Cột status (tình trạng kế hoạch)') }],
    [
      'nhiem-vu',
      {
        rows: [...data.plans].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)).flatMap((p) => taskRows(p, data.now, base)),
        meta: dated('Cột nextDue (hạn tới gần nhất, theo cách hiểu của trang)'),
      },
    ],
  ]);
}

/** `/du-lieu/<dataset>.<format>` for every dataset of the dictionary that offers `format`. */
export function datasetExports(data: SiteData, format: ExportFormat): PageOf<DatasetExportView>[] {
  const all = datasetRows(data);
  return DATASETS.filter((info) => info.formats.includes(format)).map((info) => {
    const { rows, meta } = all.get(info.id)!;
    return {
      params: { dataset: info.id },
      view: { dataset: info.id, format, columns: fieldNames(info.fields), key: info.key, meta, rows: rowsDigest(rows) },
      entry: rows,
    };
  });
}

/**
 * The content type of an export and its text in pieces (exports.ts): the route streams them, so
 * a national file (san-pham.json runs to 16 MB at scale 1) is never one string in the build.
 */
export function exportBody(view: DatasetExportView, rows: readonly Row[]): { type: string; pieces: Iterable<string> } {
  switch (view.format) {
    case 'csv':
      return { type: 'text/csv; charset=utf-8', pieces: csvChunks(rows, view.columns) };
    case 'geojson':
      return { type: 'application/geo+json', pieces: geoJsonChunks(rows as (Row & { id: string; lat: number; lng: number })[]) };
    case 'json':
      return { type: 'application/json', pieces: jsonChunks(view.meta, view.key, rows) };
  }
}
