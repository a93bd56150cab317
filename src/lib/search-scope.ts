/**
 * What the search index holds, page by page: one rule, used by the layout (which marks these
 * pages' content for Pagefind) and by the indexer (which reads only these pages). Kept apart from
 * search-records.ts so the browser's search code does not carry it.
 */
import { RECORD_SECTIONS } from './search-records.ts';

/**
 * Top-level folders of the built site that hold no page of the search index: records and posts
 * are searched through the index pages, and task lists, maps, data files and the 404 page are
 * not searched at all.
 */
const NOT_SEARCHED = new Set<string>([...RECORD_SECTIONS, 'nhiem-vu', 'ban-do', 'du-lieu', '404', 'pagefind', '_astro']);

/**
 * Whether a built page belongs in the search index: the index pages, each plan, honours
 * programmes and their yearly lists, and standalone pages. The one rule of what is searched: the
 * layout marks these pages for Pagefind, and the indexer reads only these.
 */
export function isSearchPage(path: string): boolean {
  const parts = path.split('/').filter(Boolean);
  const top = parts[0];
  if (top === undefined || NOT_SEARCHED.has(top)) return false;
  if (top === 'tim-kiem') return parts[1] === 'chi-muc' && parts.length === 3;
  if (top === 'ke-hoach') return parts.length === 2;
  if (top === 'ton-vinh') return parts.length >= 2;
  return parts.length === 1;
}

/** Whether a top-level folder of the built site can hold search pages (the indexer skips the rest). */
export function mayHoldSearchPages(folder: string): boolean {
  return !NOT_SEARCHED.has(folder);
}
