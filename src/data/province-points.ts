/** Active sales points per province, ordered by kind then name, for the province pages. */
import { provinceByCode, type Province } from '../lib/admin-units.ts';
import { POINT_KINDS } from '../schemas/point.ts';
import { siteData, type Point } from './index.ts';

/** Every province with at least one active point, with its points. */
export async function provincePoints(): Promise<{ province: Province; items: Point[] }[]> {
  const { points } = await siteData();
  const active = points.filter((p) => p.data.status === 'active');
  const codes = [...new Set(active.map((p) => p.data.address.province))];
  // `points` is already in Vietnamese name order; a stable sort by kind keeps it within each kind.
  const kindOrder = (p: Point) => POINT_KINDS.indexOf(p.data.kind);
  return codes.map((code) => ({
    province: provinceByCode(code)!,
    items: active.filter((p) => p.data.address.province === code).sort((a, b) => kindOrder(a) - kindOrder(b)),
  }));
}
