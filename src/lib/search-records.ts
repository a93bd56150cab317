/**
 * Search over records (products, sales points, businesses) and posts (fairs, news) through
 * grouped index pages.
 *
 * Pagefind's first query downloads metadata for every indexed page (about 6.5 bytes each), so
 * 25,000 record pages alone would cost more than the whole first-query budget. Records are
 * therefore indexed in groups: one hidden index page per kind, province and block of records,
 * one section per record, headed by an element whose id names the record. Pagefind returns the
 * sections that match as sub-results; the search page turns each back into the record's own
 * address. Plans, honours lists and standalone pages are indexed page by page.
 *
 * Pure functions, shared by the build (grouping) and the browser (addresses, ranking).
 */
import { fold } from './text.ts';
import { recordPageUrl, SEARCH_INDEX } from './urls.ts';

/** The sections whose records and posts are searched through index pages. */
export const RECORD_SECTIONS = ['san-pham', 'diem-ban', 'doanh-nghiep', 'hoi-cho', 'tin-tuc'] as const;
export type RecordSection = (typeof RECORD_SECTIONS)[number];

export const RECORD_SECTION_LABELS: Record<RecordSection, string> = {
  'san-pham': 'Sản phẩm',
  'diem-ban': 'Điểm bán',
  'doanh-nghiep': 'Doanh nghiệp',
  'hoi-cho': 'Hội chợ',
  'tin-tuc': 'Tin tức',
};

/** Where the index pages live. */
export const INDEX_BASE = SEARCH_INDEX;

/** Records per index page: enough to keep the page count low, few enough that a page's text downloads quickly. */
export const RECORDS_PER_INDEX_PAGE = 40;

/**
 * The words of a Markdown or MDX body, for the index: headings, emphasis, links and images
 * reduced to their text; MDX import and export lines and tags left out.
 */
export function markdownText(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The anchor id of a record's section on an index page: `san-pham--mat-ong-hoa-ca-phe`. */
export function recordAnchor(section: RecordSection, id: string): string {
  return `${section}--${id}`;
}

/**
 * The record's own address for a sub-result URL of an index page
 * (`/tim-kiem/chi-muc/san-pham-gia-lai-1/#san-pham--mat-ong` → `/san-pham/mat-ong/`), or
 * undefined for any other URL.
 */
export function recordUrl(url: string): { url: string; section: RecordSection } | undefined {
  const hash = url.indexOf('#');
  if (hash < 0 || !url.startsWith(INDEX_BASE)) return undefined;
  const anchor = decodeURIComponent(url.slice(hash + 1));
  const split = anchor.indexOf('--');
  const section = anchor.slice(0, split) as RecordSection;
  const id = anchor.slice(split + 2);
  if (split < 0 || !RECORD_SECTIONS.includes(section) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return undefined;
  return { url: recordPageUrl(section, id), section };
}

/** Whether a URL is one of the index pages. */
export function isIndexPage(url: string): boolean {
  return url.startsWith(INDEX_BASE);
}

/** Split items into blocks of `size`, in order. */
export function blocks<T>(items: readonly T[], size = RECORDS_PER_INDEX_PAGE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The query's words, folded. */
export function queryTerms(query: string): string[] {
  return (query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map(fold);
}

/** The words Pagefind highlighted in an excerpt (`<mark>…</mark>`), folded. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((m) => (m[1]!.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold));
}

/**
 * How many of the query's terms a section matched, judged from its highlighted words: a term
 * counts when a highlighted word starts with it (Pagefind matches the last word as a prefix).
 */
export function termsMatched(terms: readonly string[], marked: readonly string[]): number {
  return new Set(terms.filter((t) => marked.some((w) => w.startsWith(t)))).size;
}

/** A candidate result: a record section or a whole page. */
export interface Candidate {
  /** Order Pagefind gave the page it came from (0 = best). */
  pageRank: number;
  /** Query terms matched. */
  terms: number;
  /** Sum of Pagefind's balanced scores of the matched words. */
  score: number;
}

/**
 * Best first: sections matching more of the query's words, then higher Pagefind score, then
 * the order of their pages.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return b.terms - a.terms || b.score - a.score || a.pageRank - b.pageRank;
}

