/**
 * The map's filter and the `point-filter` event that carries it, kept apart from the rest of the
 * map's model so the small <app-map> module can read events without pulling in the rest.
 */

/** The kind key the map's own filter uses for fairs (point kinds are the schema's keys). */
export const FAIR_KEY = 'hoi-cho';

/**
 * What to show. `kinds` null means every kind; `openNow` keeps points open at the moment of
 * filtering (points without a weekly schedule are left out) and fairs that are under way.
 */
export interface MapFilter {
  kinds: string[] | null;
  openNow: boolean;
}

export const NO_FILTER: MapFilter = { kinds: null, openNow: false };

/**
 * The filter carried by a `point-filter` event (sent by the point finder). Anything malformed
 * counts as "no filter" rather than hiding everything.
 */
export function filterFromDetail(detail: unknown): MapFilter {
  if (!detail || typeof detail !== 'object') return NO_FILTER;
  const { kinds, openNow } = detail as { kinds?: unknown; openNow?: unknown };
  return {
    kinds: Array.isArray(kinds) ? kinds.filter((k): k is string => typeof k === 'string') : null,
    openNow: openNow === true,
  };
}

/**
 * The map's own kind checkboxes (checked values) combined with the finder's filter: a kind shows
 * when both allow it. Fairs are not the finder's business, so only the checkboxes govern them.
 */
export function combineFilters(own: string[], fromEvent: MapFilter): MapFilter {
  const kinds = fromEvent.kinds ? own.filter((k) => k === FAIR_KEY || fromEvent.kinds!.includes(k)) : own;
  return { kinds, openNow: fromEvent.openNow };
}
