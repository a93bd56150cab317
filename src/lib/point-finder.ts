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
  /** The moment "open now" is judged at. */
  now: Date;
}

/** One point kept, with what the list shows about it. */
export interface FinderResult<P extends FinderPoint = FinderPoint> {
  point: P;
  /** Distance from the visitor in kilometres, or null without a position. */
  km: number | null;
  /** Open at `now`, or null when the point has no weekly schedule. */
  open: boolean | null;
}

/**
 * The points a query keeps: filtered by kind and "open now", then, with a position, sorted from
 * nearest to farthest (equal distances keep the file's order); without one, in the file's order.
 */
export function findPoints<P extends FinderPoint>(points: readonly P[], query: FinderQuery): FinderResult<P>[] {
  const results: FinderResult<P>[] = [];
  for (const point of points) {
    if (query.kinds && !query.kinds.includes(point.kind)) continue;
    const open = point.hours ? isOpenAt(point.hours, query.now) : null;
    if (query.openNow && !open) continue;
    results.push({ point, open, km: query.near ? distanceKm(query.near, point) : null });
  }
  // Array.prototype.sort is stable, so ties stay in file order.
  if (query.near) results.sort((a, b) => a.km! - b.km!);
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
}

/** "Có 12 điểm bán đang mở cửa ở Thành phố Hồ Chí Minh, xếp từ gần đến xa. Đang hiện 20 điểm đầu." */
export function resultSummary(s: SummaryInput): string {
  const what = `điểm bán${s.kindLabel ? ` loại “${s.kindLabel}”` : ''}${s.openNow ? ' đang mở cửa' : ''}${s.scope ? ` ở ${s.scope}` : ''}`;
  if (s.count === 0) return `Không có ${what}${s.openNow ? ' lúc này' : ''}. Hãy bỏ bớt điều kiện lọc hoặc bấm “Bỏ lọc”.`;
  const order = s.near ? ', xếp từ gần đến xa' : '';
  const more = s.shown < s.count ? ` Đang hiện ${s.shown} điểm đầu.` : '';
  return `Có ${s.count} ${what}${order}.${more}`;
}
