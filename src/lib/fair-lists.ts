/** Which fairs the fair list shows, and how many per page. */
import { fairPhase, type FairStatus } from './fairs.ts';

/** Fairs per list page: keeps the page light on a phone (HTML budget). */
export const FAIRS_PER_PAGE = 24;

/** Fairs on now, coming, or postponed at `now`, in the order given (by opening). */
export function currentFairs<T extends { data: { start: string; end: string; status: FairStatus } }>(fairs: readonly T[], now: Date): T[] {
  return fairs.filter((f) => ['ongoing', 'upcoming', 'postponed'].includes(fairPhase(f.data, now)));
}
