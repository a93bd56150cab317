/**
 * The product list's filters — group, stars, province, certificate status — as one pure rule
 * shared by the build (which writes the rows and the static group and province pages) and the
 * browser (which filters the rows as the person chooses, and keeps the choice in the address).
 *
 * Status depends on the day, so the browser computes it from the dates each row carries, once
 * per visit, with the rule of lib/ocop.ts on plain date strings (fast enough for 15,000 rows on a
 * cheap phone).
 */
import { addDays, localDate } from './dates.ts';
import { EXPIRING_DAYS, statusOnDay, type CertificateStatus } from './ocop.ts';

/** One product as the filter file holds it (arrays keep the file small). */
export type FilterRow = [
  id: string,
  name: string,
  business: string,
  /** Index into `provinces`. */
  province: number,
  /** Index into `groups`, or -1 without an OCOP certificate. */
  group: number,
  /** 3–5, or 0 without an OCOP certificate. */
  stars: number,
  /** Last valid day, or "" without a certificate. */
  until: string,
  /** Revocation day, or "". */
  revoked: string,
];

/** The filter file (`/san-pham/loc.json`). */
export interface FilterData {
  /** [code, label] of each OCOP group. */
  groups: [string, string][];
  /** [code, name, slug] of each province. */
  provinces: [string, string, string][];
  rows: FilterRow[];
}

/** Status values as they appear in addresses (`?tinh-trang=het-han`). */
export const STATUS_PARAMS: Record<CertificateStatus, string> = {
  valid: 'con-hieu-luc',
  expiring: 'sap-het-han',
  expired: 'het-han',
  revoked: 'da-thu-hoi',
};

/** A choice of filters; each unset field matches every product. */
export interface ProductFilter {
  group?: string | undefined;
  stars?: number | undefined;
  /** Province slug. */
  province?: string | undefined;
  status?: CertificateStatus | undefined;
}

/** Address parameters of each filter. */
export const FILTER_PARAMS = { group: 'nhom', stars: 'sao', province: 'tinh', status: 'tinh-trang' } as const;

/** The filter an address asks for (`?nhom=thuc-pham&sao=4`); unknown values are ignored. */
export function parseFilter(search: string, data: Pick<FilterData, 'groups' | 'provinces'>): ProductFilter {
  const q = new URLSearchParams(search);
  const group = q.get(FILTER_PARAMS.group) ?? undefined;
  const stars = Number(q.get(FILTER_PARAMS.stars));
  const province = q.get(FILTER_PARAMS.province) ?? undefined;
  const statusParam = q.get(FILTER_PARAMS.status);
  const status = (Object.keys(STATUS_PARAMS) as CertificateStatus[]).find((s) => STATUS_PARAMS[s] === statusParam);
  return {
    group: data.groups.some(([code]) => code === group) ? group : undefined,
    stars: [3, 4, 5].includes(stars) ? stars : undefined,
    province: data.provinces.some(([, , slug]) => slug === province) ? province : undefined,
    status,
  };
}

/** The address query of a filter, in a fixed order (`nhom=…&sao=…&tinh=…&tinh-trang=…`), "" for none. */
export function filterQuery(f: ProductFilter): string {
  const q = new URLSearchParams();
  if (f.group) q.set(FILTER_PARAMS.group, f.group);
  if (f.stars) q.set(FILTER_PARAMS.stars, String(f.stars));
  if (f.province) q.set(FILTER_PARAMS.province, f.province);
  if (f.status) q.set(FILTER_PARAMS.status, STATUS_PARAMS[f.status]);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * Each row's certificate status on the day of `now` in Vietnam, or undefined without a
 * certificate: the rule of lib/ocop.ts (statusOnDay), with the day's bounds computed once.
 */
export function rowStatuses(rows: readonly FilterRow[], now: Date): (CertificateStatus | undefined)[] {
  const today = localDate(now);
  const expiringFrom = addDays(today, EXPIRING_DAYS);
  return rows.map(([, , , , , stars, until, revoked]) => (stars ? statusOnDay(until, revoked || undefined, today, expiringFrom) : undefined));
}

/** The row values a filter's group and province stand for; -2 where the filter leaves it open. */
function chosen(data: FilterData, f: ProductFilter): { group: number; province: number } {
  return {
    group: f.group === undefined ? -2 : data.groups.findIndex(([code]) => code === f.group),
    province: f.province === undefined ? -2 : data.provinces.findIndex(([, , slug]) => slug === f.province),
  };
}

/** The indexes of the rows a filter keeps, in list order. */
export function filterRows(data: FilterData, statuses: readonly (CertificateStatus | undefined)[], f: ProductFilter): number[] {
  const { group, province } = chosen(data, f);
  const out: number[] = [];
  const rows = data.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (group !== -2 && r[4] !== group) continue;
    if (f.stars && r[5] !== f.stars) continue;
    if (province !== -2 && r[3] !== province) continue;
    if (f.status && statuses[i] !== f.status) continue;
    out.push(i);
  }
  return out;
}

/**
 * For each filter, how many products each of its values would show with the other filters as
 * they are: the counts beside the choices.
 */
export function optionCounts(data: FilterData, statuses: readonly (CertificateStatus | undefined)[], f: ProductFilter) {
  const groups = new Array<number>(data.groups.length).fill(0);
  const provinces = new Array<number>(data.provinces.length).fill(0);
  const stars: Record<number, number> = { 3: 0, 4: 0, 5: 0 };
  const status: Record<CertificateStatus, number> = { valid: 0, expiring: 0, expired: 0, revoked: 0 };
  const { group, province } = chosen(data, f);
  const rows = data.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const okGroup = group === -2 || r[4] === group;
    const okStars = !f.stars || r[5] === f.stars;
    const okProvince = province === -2 || r[3] === province;
    const s = statuses[i];
    const okStatus = !f.status || s === f.status;
    if (okStars && okProvince && okStatus && r[4] >= 0) groups[r[4]]!++;
    if (okGroup && okProvince && okStatus && r[5]) stars[r[5]]!++;
    if (okGroup && okStars && okStatus) provinces[r[3]]!++;
    if (okGroup && okStars && okProvince && s) status[s]++;
  }
  return { groups, provinces, stars, status };
}
