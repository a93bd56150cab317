/**
 * Which fairs each list shows at `now`, in what order: the one place these selections are made,
 * for the home page, the map page, the fair lists and the map's data file (the browser map drops
 * fairs with `fairNotOver` from lib/fairs.ts).
 */
import { distanceKm, type LatLng } from './geo.ts';
import { currentSession, fairNotOver, fairPhase, finalEnd, keptDates, type FairTiming } from './fairs.ts';

/** Fairs per list page: keeps the page light on a phone (HTML budget). */
export const FAIRS_PER_PAGE = 24;

/** Past fairs a list shows per year; the year's own page (`/hoi-cho/nam/<năm>/`) has them all. */
export const PAST_PER_YEAR = 6;

type Dated = { data: FairTiming };

/** When a fair not over comes next: the start of its session on now or next; postponed ones last. */
function nextStart(f: Dated, now: Date): number {
  const session = fairPhase(f.data, now) === 'postponed' ? undefined : currentSession(f.data, now);
  return session ? Date.parse(session.start) : Number.MAX_SAFE_INTEGER;
}

function bySoonest<T extends Dated>(fairs: readonly T[], now: Date): T[] {
  const keyed = fairs.map((f) => ({ f, at: nextStart(f, now), planned: Date.parse(f.data.start) }));
  return keyed.sort((a, b) => a.at - b.at || a.planned - b.planned).map((x) => x.f);
}

/** Fairs on now or coming, soonest first: the home page (its first three) and the map page. */
export function comingFairs<T extends Dated>(fairs: readonly T[], now: Date): T[] {
  return bySoonest(
    fairs.filter((f) => ['upcoming', 'ongoing'].includes(fairPhase(f.data, now))),
    now,
  );
}

/** Fairs on now, coming, or postponed (not yet given new dates): the fair lists, soonest first, postponed last. */
export function currentFairs<T extends Dated>(fairs: readonly T[], now: Date): T[] {
  return bySoonest(
    fairs.filter((f) => ['ongoing', 'upcoming', 'postponed'].includes(fairPhase(f.data, now))),
    now,
  );
}

/**
 * The year a fair that is over or cancelled is filed under: the year its last session ended, or
 * for a cancelled fair the year it was to open.
 */
export function fairYear(f: FairTiming): number {
  return Number(filedAt(f).slice(0, 4));
}

/** When a fair that is over ended, or when a cancelled fair was to open. */
function filedAt(f: FairTiming): string {
  return f.status === 'cancelled' ? keptDates(f).start : (finalEnd(f) ?? f.start);
}

/** Fairs that are over or cancelled, by year (latest year first), latest first within a year (by when they ended, or were to open). */
export function pastFairsByYear<T extends Dated>(fairs: readonly T[], now: Date): { year: number; fairs: T[] }[] {
  const over = fairs.filter((f) => ['past', 'cancelled'].includes(fairPhase(f.data, now)));
  const years = new Map<number, T[]>();
  for (const f of over) {
    const year = fairYear(f.data);
    years.set(year, [...(years.get(year) ?? []), f]);
  }
  const latest = (f: T) => Date.parse(filedAt(f.data));
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, fairs: list.sort((a, b) => latest(b) - latest(a)) }));
}

/** Fairs the map shows: not cancelled and not over. */
export function mapFairs<T extends Dated>(fairs: readonly T[], now: Date): T[] {
  return fairs.filter((f) => fairNotOver(f.data, now));
}

/** A fair with its place, as the map's file holds it (lib/map-points.ts `MapFair`). */
type Placed = FairTiming & { lat: number; lng: number; kind: string };

/**
 * "Gần tôi": fairs on now or coming at `now`, of `kind` if given, nearest first (equal distances
 * keep the file's order), at most `limit`, each with its distance in km.
 */
export function nearestFairs<T extends Placed>(fairs: readonly T[], near: LatLng, now: Date, limit: number, kind?: string): { fair: T; km: number }[] {
  return fairs
    .filter((f) => (!kind || f.kind === kind) && ['upcoming', 'ongoing'].includes(fairPhase(f, now)))
    .map((fair) => ({ fair, km: distanceKm(near, fair) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, limit);
}
