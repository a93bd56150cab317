/**
 * Which fairs each list shows at `now`: the one place these selections are made, for the home
 * page, the map page, the fair list and the map's data file (the browser map drops fairs with
 * `fairNotOver` from lib/fairs.ts). Fairs are given in the site's order, by opening.
 */
import { fairNotOver, fairPhase, type FairStatus } from './fairs.ts';

/** Fairs per list page: keeps the page light on a phone (HTML budget). */
export const FAIRS_PER_PAGE = 24;

/** How many cancelled and how many past fairs the first page of the fair list shows. */
export const FAIRS_ASIDE = 12;

type Dated = { data: { start: string; end: string; status: FairStatus } };

/** Fairs on now or coming (neither postponed nor cancelled): the home page and the map page. */
export function comingFairs<T extends Dated>(fairs: readonly T[], now: Date): T[] {
  return fairs.filter((f) => ['upcoming', 'ongoing'].includes(fairPhase(f.data, now)));
}

/** Fairs on now, coming, or postponed: the fair list. */
export function currentFairs<T extends Dated>(fairs: readonly T[], now: Date): T[] {
  return fairs.filter((f) => ['ongoing', 'upcoming', 'postponed'].includes(fairPhase(f.data, now)));
}

/** Cancelled fairs whose dates have not passed yet, at most `FAIRS_ASIDE`. */
export function cancelledFairs<T extends Dated>(fairs: readonly T[], now: Date): T[] {
  return fairs.filter((f) => fairPhase(f.data, now) === 'cancelled' && Date.parse(f.data.end) >= now.getTime()).slice(0, FAIRS_ASIDE);
}

/** The most recent fairs that are over, latest first, at most `FAIRS_ASIDE`. */
export function pastFairs<T extends Dated>(fairs: readonly T[], now: Date): T[] {
  return fairs.filter((f) => fairPhase(f.data, now) === 'past').reverse().slice(0, FAIRS_ASIDE);
}

/** Fairs the map shows: not cancelled and not over. */
export function mapFairs<T extends Dated>(fairs: readonly T[], now: Date): T[] {
  return fairs.filter((f) => fairNotOver(f.data, now));
}
