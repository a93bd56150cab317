/**
 * The honours lookup: which businesses an honours programme named, found by name (typed with or
 * without diacritics, đ included) or by tax code (with or without the branch suffix, with spaces,
 * dots or hyphens). One rule for `/ton-vinh/`, each programme's page and the filter of each yearly
 * list; the shapes of the files they read (`/ton-vinh/tra-cuu.json`, written by
 * src/data/views/honors.ts, and each yearly list's `danh-sach.json`) are here too. Pure: shared by
 * the build and the browser.
 */
import { pageHref } from './paginate.ts';
import { taxQueryDigits } from './tax-code.ts';
import { compareVi, fold } from './text.ts';
import { honorYearUrl } from './urls.ts';

/** One honour of a business: `[programme index, year, page of the year's list, title]`; the title only when the award names one. */
export type LookupHonor = [program: number, year: number, page: number, title?: string];

/** A business as the lookup file carries it. Its page is `/doanh-nghiep/<id>/`. */
export interface LookupBusiness {
  /** Record id. */
  i: string;
  /** Registered name (NFC). */
  n: string;
  /** Tax code as registered: ten digits, or ten digits, "-" and a three-digit branch number. */
  t: string;
  /** Its honours, programme by programme (in the order of `programs`), newest year first. */
  h: LookupHonor[];
}

/** `/ton-vinh/tra-cuu.json`: every honoured business with every honour it holds. */
export interface HonorLookupFile {
  /** Programmes, indexed by `LookupHonor[0]`. */
  programs: { id: string; name: string }[];
  /** Honoured businesses, in Vietnamese name order. */
  businesses: LookupBusiness[];
}

/** One row of a yearly list, as the list's page shows it. */
export interface YearRow {
  business: { id: string; name: string; taxCode: string; provinceName: string };
  product?: { id: string; name: string } | undefined;
  /** The award's own title, when it names one (the programme's name is the page's heading). */
  title?: string | undefined;
}

/** `/ton-vinh/<programme>/<year>/danh-sach.json`: the whole year's list, every page of it, in page order. */
export interface HonorYearFile {
  rows: YearRow[];
}

/** Fewest digits that make a tax code query: fewer would match a large share of any list. */
export const MIN_TAX_DIGITS = 3;
/** Fewest letters or digits that make a name query. */
export const MIN_NAME_CHARS = 2;

/** What a typed query asks for. */
export type LookupQuery =
  | { kind: 'empty' }
  /** Too short to look up yet. */
  | { kind: 'short' }
  /** A tax code, or its beginning: its digits. */
  | { kind: 'tax'; digits: string }
  /** Words of a name, folded (see `matchText`). */
  | { kind: 'name'; words: string[] };

/** Text as names are compared: folded (no diacritics, đ → d, lower case), punctuation as spaces. */
export function matchText(value: string): string {
  return fold(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Only the digits of a tax code as written ("0316452193-001" → "0316452193001"). */
export function taxDigits(code: string): string {
  return code.replace(/\D/g, '');
}

/**
 * Read a query: digits with spaces, dots or hyphens (optionally after "MST" or "mã số thuế") are a
 * tax code; anything else is words of a name.
 */
export function parseLookupQuery(raw: string): LookupQuery {
  const text = fold(raw.normalize('NFC')).trim();
  if (!text) return { kind: 'empty' };
  // Digits with separators, perhaps after "MST:", are a tax code or its first digits (lib/tax-code.ts).
  const digits = taxQueryDigits(text);
  if (digits !== undefined) return digits.length >= MIN_TAX_DIGITS ? { kind: 'tax', digits } : { kind: 'short' };
  const words = matchText(text).split(' ').filter(Boolean);
  return words.join('').length >= MIN_NAME_CHARS ? { kind: 'name', words } : { kind: 'short' };
}

/**
 * Whether the tax code `code` (as registered) answers the digits typed: the typed digits begin it
 * (a head office's ten digits find its branches too), or a branch's thirteen digits were typed
 * and `code` is its enterprise's ten.
 */
export function taxMatches(code: string, digits: string): boolean {
  const own = taxDigits(code);
  if (own.startsWith(digits)) return true;
  return own.length === 10 && digits.length > 10 && digits.startsWith(own);
}

/**
 * How well a name answers the query words, or null when it does not: every word must be found in
 * the folded name. 0: the words, in order, begin a word of the name; 1: each word begins a word
 * of the name; 2: found inside words.
 */
export function nameRank(name: string, words: readonly string[]): number | null {
  const text = matchText(name);
  if (!words.every((w) => text.includes(w))) return null;
  const padded = ` ${text}`;
  if (padded.includes(` ${words.join(' ')}`)) return 0;
  return words.every((w) => padded.includes(` ${w}`)) ? 1 : 2;
}

/** Rank of a record (name and tax code) for a query, or null when it does not match; lower is better. */
export function recordRank(record: { name: string; taxCode: string }, query: LookupQuery): number | null {
  if (query.kind === 'tax') return taxMatches(record.taxCode, query.digits) ? 0 : null;
  if (query.kind === 'name') return nameRank(record.name, query.words);
  return null;
}

/** The records that match `query`, best first, then in Vietnamese name order (ties keep their order). */
export function lookup<T>(records: readonly T[], query: LookupQuery, fields: (record: T) => { name: string; taxCode: string }): T[] {
  return records
    .map((record, index) => ({ record, index, rank: recordRank(fields(record), query), name: fields(record).name }))
    .filter((r): r is typeof r & { rank: number } => r.rank !== null)
    .sort((a, b) => a.rank - b.rank || compareVi(a.name, b.name) || a.index - b.index)
    .map((r) => r.record);
}

/** The businesses of the lookup file matching `query`; with `program`, only those that programme honoured. */
export function lookupBusinesses(file: HonorLookupFile, query: LookupQuery, program?: string): LookupBusiness[] {
  const index = program === undefined ? -1 : file.programs.findIndex((p) => p.id === program);
  const pool = index < 0 ? file.businesses : file.businesses.filter((b) => b.h.some((h) => h[0] === index));
  return lookup(pool, query, (b) => ({ name: b.n, taxCode: b.t }));
}

/** The rows of a yearly list matching `query`, in the list's order (by name, as the pages are). */
export function filterYearRows(rows: readonly YearRow[], query: LookupQuery): YearRow[] {
  return rows.filter((r) => recordRank({ name: r.business.name, taxCode: r.business.taxCode }, query) !== null);
}

/** The address of the page of a yearly list that shows an honour. */
export function honorPageUrl(file: HonorLookupFile, honor: LookupHonor): string {
  return pageHref(honorYearUrl(file.programs[honor[0]]!.id, honor[1]), honor[2]);
}

/** A typed tax code in words: a whole code as written ("0316452193-001"), or what it begins with. */
export function taxQueryWords(digits: string): string {
  if (digits.length === 10) return `mã số thuế ${digits}`;
  if (digits.length === 13) return `mã số thuế ${digits.slice(0, 10)}-${digits.slice(10)}`;
  return `mã số thuế bắt đầu bằng ${digits}`;
}

/** What the status line says about a lookup or a filter. */
export interface SummaryInput {
  query: LookupQuery;
  /** The query as typed, quoted back. */
  typed: string;
  count: number;
  /** How many are shown when not all are. */
  shown: number;
  /** Where: "trong chương trình “…”" or "trong danh sách năm 2026". */
  within?: string | undefined;
  /** What is counted: businesses (lookup) or rows of a list. */
  unit: 'doanh nghiệp' | 'lượt tôn vinh';
}

/** The status line's words for a lookup. */
export function lookupSummary({ query, typed, count, shown, within, unit }: SummaryInput): string {
  if (query.kind === 'empty') return '';
  if (query.kind === 'short') return `Hãy gõ ít nhất ${MIN_NAME_CHARS} chữ của tên, hoặc ít nhất ${MIN_TAX_DIGITS} chữ số của mã số thuế.`;
  const what = query.kind === 'tax' ? taxQueryWords(query.digits) : `“${typed.trim()}”`;
  const where = within ? ` ${within}` : '';
  if (count === 0) return `Không có ${unit} nào khớp với ${what}${where}.`;
  const more = shown < count ? ` Đang hiện ${shown} kết quả đầu; hãy gõ thêm để thu hẹp.` : '';
  return `Có ${count} ${unit} khớp với ${what}${where}.${more}`;
}
