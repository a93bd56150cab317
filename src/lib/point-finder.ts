/**
 * The point finder's rules, without the page: which points a visitor's choices keep, in what
 * order, and how the result is put into words. The browser calls these with the clock and the
 * position it has; tests call them with fixed ones. Imports only what the browser can afford.
 */
import { distanceKm, type LatLng } from './geo.ts';
import type { MapPoint } from './map-points.ts';
import { isOpenAt } from './open-now.ts';

/** A point as the compact data files give it. */
export type FinderPoint = MapPoint;

/** What the visitor asked for. */
export interface FinderQuery {
  /** Kinds to keep, or null for every kind. */
  kinds: string[] | null;
  /** Keep only points whose weekly schedule is open at `now` (points without one are left out). */
  openNow: boolean;
  /** The visitor's position, to sort by distance; null keeps the file's order. */
  near: LatLng | null;
  /** A commune the visitor named: its points first, then the others nearest its centre (ignored with `near`). */
  place?: FinderPlace | null | undefined;
  /** The moment "open now" is judged at. */
  now: Date;
}

/** A current commune chosen in the finder. */
export interface FinderPlace {
  /** Five-digit code: points whose `commune` it is are "in" the place. */
  code: string;
  /** Its inferred centre (commune-centroid.ts), or null when none is known: then only its own points can be listed. */
  at: LatLng | null;
}

/** One point kept, with what the list shows about it. */
export interface FinderResult<P extends FinderPoint = FinderPoint> {
  point: P;
  /** Distance from the visitor (or the chosen place's centre) in kilometres, or null without either. */
  km: number | null;
  /** Whether the point is in the chosen place; null when no place was chosen. */
  inPlace: boolean | null;
  /** Open at `now`, or null when the point has no weekly schedule. */
  open: boolean | null;
}

/**
 * The points a query keeps: filtered by kind and "open now", then, with a position, sorted from
 * nearest to farthest (equal distances keep the file's order); without one, in the file's order.
 * With a place instead of a position: the place's own points first, then the others, each group
 * from nearest to farthest from the place's centre; a place without a centre keeps only its own.
 */
export function findPoints<P extends FinderPoint>(points: readonly P[], query: FinderQuery): FinderResult<P>[] {
  const place = query.near ? null : (query.place ?? null);
  const origin = query.near ?? place?.at ?? null;
  const results: FinderResult<P>[] = [];
  for (const point of points) {
    if (query.kinds && !query.kinds.includes(point.kind)) continue;
    const open = point.hours ? isOpenAt(point.hours, query.now) : null;
    if (query.openNow && !open) continue;
    const inPlace = place ? point.commune === place.code : null;
    if (place && !place.at && !inPlace) continue;
    results.push({ point, open, inPlace, km: origin ? distanceKm(origin, point) : null });
  }
  // Array.prototype.sort is stable, so ties stay in file order.
  results.sort((a, b) => Number(b.inPlace ?? 0) - Number(a.inPlace ?? 0) || (origin ? a.km! - b.km! : 0));
  return results;
}

/** A distance the Vietnamese way: "0,4 km", "12,3 km", "1.250 km"; under 100 m, "dưới 0,1 km". */
export function formatKm(km: number): string {
  if (km < 0.05) return 'dưới 0,1 km';
  const digits = km < 100 ? 1 : 0;
  return `${km.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits })} km`;
}

/** What the status line says about a result. */
export interface SummaryInput {
  /** Points found. */
  count: number;
  /** Points shown so far (the list grows by pages). */
  shown: number;
  /** Label of the one kind chosen, if any. */
  kindLabel?: string | undefined;
  openNow: boolean;
  /** Sorted by distance. */
  near: boolean;
  /** Where the points are, e.g. "Thành phố Hồ Chí Minh"; omitted for the whole country. */
  scope?: string | undefined;
  /** The commune chosen, how many of the points found are in it, and whether its centre is known. */
  place?: { name: string; inside: number; located: boolean } | undefined;
}

/** "Có 12 điểm bán đang mở cửa ở Thành phố Hồ Chí Minh, xếp từ gần đến xa. Đang hiện 20 điểm đầu." */
export function resultSummary(s: SummaryInput): string {
  const kind = `điểm bán${s.kindLabel ? ` loại “${s.kindLabel}”` : ''}${s.openNow ? ' đang mở cửa' : ''}`;
  const more = s.shown < s.count ? ` Đang hiện ${s.shown} điểm đầu.` : '';
  if (s.place) {
    const { name, inside, located } = s.place;
    const others = s.count - inside;
    if (s.count === 0 && !located) {
      return `Chưa có ${kind} nào ở ${name}, và trang không có tọa độ của ${name} nên chưa xếp được các điểm khác theo khoảng cách. Hãy dùng “Gần tôi” hoặc xem danh sách bên dưới.`;
    }
    if (s.count === 0) return `Không có ${kind} nào ở ${name} hay gần đó${s.openNow ? ' lúc này' : ''}. Hãy bỏ bớt điều kiện lọc, thử “Gần tôi” hoặc bấm “Bỏ lọc”.`;
    const near = others ? `${inside ? ', rồi' : '; đây là'} ${others} ${inside ? 'điểm khác' : `${kind} gần nhất`}, xếp từ gần đến xa` : '';
    const head = inside ? `Có ${inside} ${kind} ở ${name}` : `Chưa có ${kind} nào ở ${name}`;
    return `${head}${near}.${more}`;
  }
  const what = `${kind}${s.scope ? ` ở ${s.scope}` : ''}`;
  if (s.count === 0) return `Không có ${what}${s.openNow ? ' lúc này' : ''}. Hãy bỏ bớt điều kiện lọc hoặc bấm “Bỏ lọc”.`;
  const order = s.near ? ', xếp từ gần đến xa' : '';
  return `Có ${s.count} ${what}${order}.${more}`;
}
