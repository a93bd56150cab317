/** Sales points as flat open-data rows. */
import { communeByCode } from '../lib/admin-units.ts';
import { provinceName } from '../lib/labels.ts';
import { POINT_KIND_LABELS } from '../schemas/point.ts';
import type { Point } from './index.ts';

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
    url: new URL(`/diem-ban/${point.id}/`, base).href,
    name: d.name,
    kind: d.kind,
    kindLabel: POINT_KIND_LABELS[d.kind],
    operator: d.operator,
    street: d.address.street,
    commune: d.address.commune,
    communeName: communeByCode(d.address.commune)?.name ?? null,
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
