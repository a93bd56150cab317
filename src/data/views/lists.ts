/**
 * Paginated lists: one route per list serves page 1 at the list's address and page n at
 * `trang/<n>/` (a rest parameter), each page with its own view model.
 */
import { pageCount, pagedCrumbs, pageItems, type Crumb } from '../../lib/paginate.ts';
import { listPageParam, listPageUrl } from '../../lib/urls.ts';

/** What the pagination shows. */
export interface PaginationView {
  /** Current page, 1-based. */
  current: number;
  /** Number of pages. */
  last: number;
  /** The list's address (its page 1). */
  base: string;
}

/** One page of a list. */
export interface ListPage<T> {
  /** The rest parameter: none for page 1, `trang/<n>`. */
  param: string | undefined;
  /** The page's address. */
  path: string;
  /** The records on this page. */
  shown: T[];
  pagination: PaginationView;
  /** " – trang n" after page 1, for titles and headings. */
  suffix: string;
  /** The list's breadcrumbs for this page (see `pagedCrumbs`). */
  crumbs: Crumb[];
}

/** Every page of the list of `items` at `base`, `size` per page (an empty list still has its page 1). */
export function paged<T>(items: readonly T[], size: number, base: string, trail: Crumb[]): ListPage<T>[] {
  const last = pageCount(items.length, size);
  return Array.from({ length: last }, (_, i) => {
    const current = i + 1;
    return {
      param: listPageParam(current),
      path: listPageUrl(base, current),
      shown: pageItems(items, current, size),
      pagination: { current, last, base },
      suffix: current > 1 ? ` – trang ${current}` : '',
      crumbs: pagedCrumbs(trail, base, current),
    };
  });
}
