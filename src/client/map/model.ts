/**
 * What the map shows, without the DOM or Leaflet: which points and fairs pass the filters at a
 * given moment, what a popup says, and the status line. Pure functions, unit-tested; the map
 * element and the Leaflet module only turn their results into elements.
 */
import type { MapFair, MapPoint } from '../../lib/map-points.ts';
import { FAIR_PHASE_LABELS, fairNotOver, fairPhase } from '../../lib/fairs.ts';
import { nextSessionWords, whenWords } from '../../lib/fair-words.ts';
import { isOpenAt } from '../../lib/open-now.ts';
import { FAIR_KEY, type MapFilter } from './filter.ts';

/** Points that pass `filter` at `now`. */
export function visiblePoints(points: readonly MapPoint[], filter: MapFilter, now: Date): MapPoint[] {
  return points.filter(
    (p) => (filter.kinds === null || filter.kinds.includes(p.kind)) && (!filter.openNow || (p.hours !== null && isOpenAt(p.hours, now))),
  );
}

/** Fairs the map may show at `now` at all: not over yet and not cancelled. */
export function fairsNotOver(fairs: readonly MapFair[], now: Date): MapFair[] {
  return fairs.filter((f) => fairNotOver(f, now));
}

/**
 * Fairs that pass `filter` at `now`. The kinds filter knows fairs as one kind, FAIR_KEY; with
 * "open now", only fairs under way stay.
 */
export function visibleFairs(fairs: readonly MapFair[], filter: MapFilter, now: Date): MapFair[] {
  if (filter.kinds !== null && !filter.kinds.includes(FAIR_KEY)) return [];
  return fairsNotOver(fairs, now).filter((f) => !filter.openNow || phaseOf(f, now) === 'ongoing');
}

function phaseOf(f: MapFair, now: Date) {
  return fairPhase(f, now);
}

/** One line of a popup; `badge` styles it like the status badges on the pages. */
export interface PopupLine {
  text: string;
  badge?: string;
  muted?: boolean;
}

/** A popup's content as plain text: rendered with textContent, never as HTML. */
export interface PopupContent {
  title: string;
  href: string;
  lines: PopupLine[];
  phone?: { text: string; href: string };
}

/** A `tel:` link for a number written as people write it ("0290 000 1401"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A sales point's popup: name (linked to its page), kind, address, open now, phone. */
export function pointPopup(p: MapPoint, kinds: Record<string, string>, now: Date): PopupContent {
  const lines: PopupLine[] = [{ text: kinds[p.kind] ?? p.kind, muted: true }, { text: p.address }];
  if (p.hours) {
    const open = isOpenAt(p.hours, now);
    lines.push({ text: open ? 'Đang mở cửa' : 'Đã đóng cửa', badge: open ? 'open' : 'shut' });
  }
  return {
    title: p.name,
    href: `/diem-ban/${p.id}/`,
    lines,
    ...(p.phone ? { phone: { text: p.phone, href: telHref(p.phone) } } : {}),
  };
}

/** A fair's popup: title (linked to its page), kind, phase at `now`, dates, venue and address. */
export function fairPopup(f: MapFair, kinds: Record<string, string>, now: Date): PopupContent {
  const phase = phaseOf(f, now);
  return {
    title: f.title,
    href: `/hoi-cho/${f.id}/`,
    lines: [
      { text: kinds[f.kind] ?? f.kind, muted: true },
      { text: FAIR_PHASE_LABELS[phase], badge: phase },
      { text: whenWords(f) },
      ...(f.repeat && (phase === 'upcoming' || phase === 'ongoing') ? [{ text: `Phiên tới: ${nextSessionWords(f, now, 1)[0]}` }] : []),
      { text: `${f.venue}, ${f.address}` },
    ],
  };
}

const count = (n: number) => n.toLocaleString('vi-VN');

/**
 * The status line under the map: how many points (and fairs) it shows, and out of how many when
 * a filter hides some.
 */
export function statusText(shown: { points: number; fairs: number }, total: { points: number; fairs: number }, withFairs: boolean): string {
  if (shown.points + shown.fairs === 0) {
    return total.points + total.fairs === 0 ? 'Chưa có điểm nào để hiển thị trên bản đồ.' : 'Không có điểm nào khớp bộ lọc.';
  }
  const part = (n: number, of: number, what: string) => (n === of ? `${count(n)} ${what}` : `${count(n)} trên ${count(of)} ${what}`);
  const filtered = shown.points !== total.points || shown.fairs !== total.fairs;
  const text = withFairs ? `${part(shown.points, total.points, 'điểm bán')} và ${part(shown.fairs, total.fairs, 'hội chợ')}` : part(shown.points, total.points, 'điểm bán');
  return `Bản đồ hiển thị ${text}${filtered ? ' (đã lọc)' : ''}.`;
}
