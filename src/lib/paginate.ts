/** Splitting long lists into pages that work without JS. */

/** Items per list page: enough to scan, small enough for a slow phone. */
export const PAGE_SIZE = 48;

/** Number of pages for `total` items (at least 1, so an empty list still has its page). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on 1-based page `page`. */
export function pageItems<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** URL of page n of a list rooted at `base` ("/san-pham/"): page 1 is the base itself. */
export function pageHref(base: string, n: number): string {
  return n === 1 ? base : `${base}trang/${n}/`;
}

/** Rows per page of an honours list (a table row is light; the HTML budget still holds). */
export const HONORS_PER_PAGE = 150;

/** A breadcrumb: link text and, except for the current page, its target. */
export interface Crumb {
  label: string;
  href?: string;
}

/**
 * Breadcrumbs for page `page` of a list whose trail ends with the list itself: from page 2 on,
 * the list's crumb links back to `base` and "Trang N" is the current page.
 */
export function pagedCrumbs(trail: Crumb[], base: string, page: number): Crumb[] {
  if (page === 1) return trail;
  const list = trail[trail.length - 1]!;
  return [...trail.slice(0, -1), { label: list.label, href: base }, { label: `Trang ${page}` }];
}
