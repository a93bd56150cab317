/**
 * The site's search: the rules of its index and of a query, shared by the build (which writes the
 * index, data/views/search.ts) and the browser (which reads it, client/search-app.ts). Pure.
 *
 * Why an index of our own rather than a general-purpose one: the site searches records (25,000 at
 * national scale), people type Vietnamese without diacritics and `đ` as `d`, and the results page
 * must count results by type, province and year. The index is split so that a query downloads only
 * what its words need:
 *
 * - `muc-luc.json`: the types and provinces, every document's type, province and year as runs
 *   (documents are numbered in that order, so a few thousand runs cover the country), and which
 *   `so/` files exist;
 * - `tu.json`: every folded word of the index, with how many documents hold it (to tell a whole
 *   word from a prefix being typed, and never to ask for a file that does not exist). It loads
 *   with the table of contents, when the visitor focuses the search box;
 * - `t/<folded word>.json`: for each spelling of the word as written (“mật”, “mát”), the
 *   documents holding it in their title, in their other text, or in an old place name;
 * - `so/<first three digits>.json`: long numbers (tax codes, phone numbers) and their documents;
 * - `tl/<block>.json`: what a result shows (title, address, type, province, date, lines), in
 *   blocks of {@link DOCS_PER_BLOCK} documents.
 *
 * Matching: every word of the query must match (a word matches its folded form, so “dao” finds
 * “đạo”; the last word may be the start of a word); a spelling typed with its diacritics scores
 * above other spellings; a title above other text; an old place name least. Numbers typed with
 * spaces, dots or dashes (“0903.123.456”, “0312 345 678”) are joined before matching.
 */
import { fold } from './text.ts';

/** What can be searched, in the order the filter lists them. */
export const SEARCH_TYPES = ['ke-hoach', 'nhiem-vu', 'diem-ban', 'san-pham', 'doanh-nghiep', 'danh-hieu', 'hoi-cho', 'tin-tuc', 'trang'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  'ke-hoach': 'Kế hoạch',
  'nhiem-vu': 'Nhiệm vụ',
  'diem-ban': 'Điểm bán',
  'san-pham': 'Sản phẩm',
  'doanh-nghiep': 'Doanh nghiệp',
  'danh-hieu': 'Danh hiệu',
  'hoi-cho': 'Hội chợ',
  'tin-tuc': 'Tin tức',
  trang: 'Trang thông tin',
};

/** Documents per block of `tl/` (a page of results reads a few blocks). */
export const DOCS_PER_BLOCK = 8;
/** Digits from which a number is looked up in `so/` rather than as a word. */
export const LONG_NUMBER = 7;
/** At most this many words are tried for a word being typed (“pl” → pleiku, plan…), the commonest first. */
export const PREFIX_WORDS = 6;
/** At most this many long numbers are tried for digits being typed. */
export const PREFIX_NUMBERS = 20;

/** Where a word was found in a document. */
export const FIELDS = ['title', 'text', 'alias'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * A word's weight by where it was found and whether it was spelt as typed (with the diacritics
 * the visitor typed). An identifier (a tax code or phone number) weighs most. An old place name
 * weighs more than a word of the text: typed whole, it names the place, where the same words
 * scattered through a text often do not.
 */
export const WEIGHTS = { title: 4, text: 2, alias: 3, exactBonus: 1.5, number: 10 } as const;

// ——— Words ———

/** The words of a text as written, lower-cased NFC: runs of letters, marks and digits. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** A word's key in the index: folded (“Đạo” → “dao”), or undefined when it folds to anything but a–z and 0–9. */
export function wordKey(word: string): string | undefined {
  const key = fold(word);
  return /^[a-z0-9]+$/.test(key) ? key : undefined;
}

/** Whether a key is a long number, looked up in `so/`. */
export const isLongNumber = (key: string) => key.length >= LONG_NUMBER && /^\d+$/.test(key);

/**
 * The long numbers a text holds, digits only: a phone or tax code written with spaces, dots or
 * dashes is one number (“0903.123.456” → 0903123456; “+84 903 123 456” → 0903123456). A tax code
 * with a branch suffix (“0312345678-001”) gives the branch's number and the company's.
 */
export function numbersIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\+?\d[\d .\-]*\d/g)) {
    let raw = m[0];
    // Runs of digits separated by single separators, split where a separator is doubled or the
    // run is plainly two things (“2026 500”): joined only when the whole reads as a number of 9–14 digits.
    const joined = raw.replace(/^\+84[ .\-]?/, '0').replace(/[^\d]/g, '');
    if (joined.length >= 9 && joined.length <= 14 && /^(?:\+84[ .\-]?)?\d+(?:[ .\-]\d+)*$/.test(raw)) {
      out.add(joined);
      const branch = /^(\d{10})-(\d{3})$/.exec(raw.trim());
      if (branch) out.add(branch[1]!);
      continue;
    }
    for (const part of raw.split(/[^\d]+/)) if (part.length >= LONG_NUMBER) out.add(part);
  }
  return [...out];
}

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

// ——— Queries ———

/** One word of a query. */
export interface QueryTerm {
  /** As typed, lower-cased NFC (“mật”). */
  exact: string;
  /** Its key (“mat”, or digits). */
  key: string;
  /** Whether it may be the start of a longer word (the query's last word, or digits being typed). */
  prefix: boolean;
}

/**
 * The words of a query: NFC (a decomposed “mật” is “mật”), numbers joined as {@link numbersIn}
 * joins them, folded keys; words that fold to nothing searchable are dropped, and repeated words
 * count once.
 */
export function parseQuery(query: string): QueryTerm[] {
  let text = query.normalize('NFC');
  const terms: QueryTerm[] = [];
  for (const n of numbersIn(text)) {
    if (n.length >= 9) terms.push({ exact: n, key: n, prefix: true });
  }
  // Take joined numbers out of the text so their groups are not also searched as words.
  text = text.replace(/\+?\d[\d .\-]*\d/g, (m) => (numbersIn(m).some((n) => n.length >= 9) ? ' ' : m));
  const ws = words(text);
  ws.forEach((w, i) => {
    const key = wordKey(w);
    if (!key) return;
    terms.push({ exact: w, key, prefix: i === ws.length - 1 && !/[\s.,;:!?)]$/.test(text) });
  });
  const seen = new Set<string>();
  return terms.filter((t) => (seen.has(t.exact) ? false : (seen.add(t.exact), true)));
}

/** The file of `so/` that holds a long number (its first three digits). */
export const numberFile = (digits: string) => digits.slice(0, 3);

/**
 * The words of the index a term stands for: itself when the index has it; when it may be a
 * prefix, also the commonest words it starts (at most {@link PREFIX_WORDS}). Keys of two letters
 * or more only extend: a single letter being typed matches only itself.
 */
export function expandTerm(term: QueryTerm, vocabulary: Readonly<Record<string, number>>): string[] {
  const out = vocabulary[term.key] !== undefined ? [term.key] : [];
  if (!term.prefix || term.key.length < 2) return out;
  const longer = Object.keys(vocabulary)
    .filter((k) => k !== term.key && k.startsWith(term.key))
    .sort((a, b) => vocabulary[b]! - vocabulary[a]! || a.localeCompare(b))
    .slice(0, PREFIX_WORDS);
  return [...out, ...longer];
}

/** The long numbers of a shard a digit term stands for: itself, or those it starts. */
export function expandNumber(term: QueryTerm, shard: Readonly<Record<string, unknown>>): string[] {
  if (shard[term.key] !== undefined) return [term.key];
  return Object.keys(shard)
    .filter((k) => k.startsWith(term.key))
    .sort()
    .slice(0, PREFIX_NUMBERS);
}

// ——— Postings ———

/** Ascending document numbers as gaps (`[3, 5, 9]` → `[3, 2, 4]`), which compress well. */
export function encodeIds(ids: readonly number[]): number[] {
  return ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!));
}

export function decodeIds(gaps: readonly number[]): number[] {
  const out: number[] = [];
  let last = 0;
  gaps.forEach((g, i) => out.push((last = i === 0 ? g : last + g)));
  return out;
}

/** A word file: each spelling → its documents by field (gaps; trailing empty fields left out). */
export type WordFile = Record<string, number[][]>;
/** A numbers file: each number → its documents (gaps). */
export type NumberFile = Record<string, number[]>;

/** How well one document matched one term. */
export interface TermMatch {
  score: number;
  /** Matched only through an old place name. */
  alias: boolean;
}

/** For one term, every document it matches with its best score, from the word files its keys name. */
export function matchWord(term: QueryTerm, files: readonly WordFile[]): Map<number, TermMatch> {
  const best = new Map<number, TermMatch>();
  for (const file of files) {
    for (const [spelling, fields] of Object.entries(file)) {
      const exact = spelling === term.exact || (term.prefix && spelling.startsWith(term.exact) && term.exact !== fold(term.exact));
      fields.forEach((gaps, f) => {
        const field = FIELDS[f]!;
        const score = WEIGHTS[field] * (exact ? WEIGHTS.exactBonus : 1);
        const alias = field === 'alias';
        // Gaps decoded in place (decodeIds would allocate an array per field of every spelling).
        let id = 0;
        for (let i = 0; i < gaps.length; i++) {
          id = i === 0 ? gaps[0]! : id + gaps[i]!;
          const had = best.get(id);
          if (!had) best.set(id, { score, alias });
          else if (score > had.score) {
            had.score = score;
            had.alias = alias;
          }
        }
      });
    }
  }
  return best;
}

/** For a number term, every document holding one of the numbers it stands for. */
export function matchNumber(keys: readonly string[], file: NumberFile): Map<number, TermMatch> {
  const best = new Map<number, TermMatch>();
  for (const key of keys) for (const id of decodeIds(file[key] ?? [])) best.set(id, { score: WEIGHTS.number, alias: false });
  return best;
}

/** A document that matched every term. */
export interface Hit {
  id: number;
  score: number;
  /** Terms (their `exact` text) matched only through an old place name. */
  viaOldNames: string[];
}

/** The documents matching every term, best first (ties: lower number first, i.e. type order). */
export function combine(terms: readonly QueryTerm[], matches: readonly Map<number, TermMatch>[]): Hit[] {
  if (!matches.length) return [];
  // Smallest first: most documents fail on the first lookup.
  const order = [...matches.keys()].sort((a, b) => matches[a]!.size - matches[b]!.size);
  const hits: Hit[] = [];
  candidates: for (const id of matches[order[0]!]!.keys()) {
    let score = 0;
    let via: string[] | undefined;
    for (const i of order) {
      const m = matches[i]!.get(id);
      if (!m) continue candidates;
      score += m.score;
      if (m.alias) (via ??= []).push(terms[i]!.exact);
    }
    hits.push({ id, score, viaOldNames: via ?? [] });
  }
  return hits.sort((a, b) => b.score - a.score || a.id - b.id);
}

/**
 * Provinces the query names (every word of a province's name is among the query's words, with or
 * without diacritics: “mat ong gia lai”, “Đà Nẵng”): their documents get a bonus, so that a place
 * typed with the thing sought ranks that place's things first.
 */
export function namedProvinces(terms: readonly QueryTerm[], provinces: readonly (readonly [string, string, string])[]): Set<number> {
  const keys = new Set(terms.map((t) => t.key));
  const out = new Set<number>();
  provinces.forEach(([, , name], i) => {
    const ws = words(name).map(fold);
    if (ws.length && ws.every((w) => keys.has(w))) out.add(i);
  });
  return out;
}

/** Add the bonus of {@link namedProvinces} and sort again, best first. */
export function boostProvinces(hits: Hit[], named: ReadonlySet<number>, provinceOf: ArrayLike<number>): Hit[] {
  if (!named.size) return hits;
  for (const h of hits) if (named.has(provinceOf[h.id]!)) h.score += WEIGHTS.title;
  return hits.sort((a, b) => b.score - a.score || a.id - b.id);
}

// ——— Facets ———

/** A run of consecutive documents with the same type, province and year. */
export type FacetRun = [type: number, province: number, year: number, count: number];

/** The index's table of contents (`muc-luc.json`). */
export interface SearchMeta {
  /** Digest of the index: appended to every file's address, so a visitor never mixes two builds' files. */
  version: string;
  types: SearchType[];
  /** Province codes, slugs and short names, in Vietnamese order; index 0 is “no province”. */
  provinces: [code: string, slug: string, name: string][];
  /** Years as numbers; 0 means no year. */
  runs: FacetRun[];
  /** The `so/` files there are (first three digits). */
  numberFiles: string[];
}

/** Per document: its type, province and year (indexes into the meta's lists; year as a number or 0). */
export interface Facets {
  type: Uint8Array;
  province: Uint8Array;
  year: Uint16Array;
}

export function expandRuns(runs: readonly FacetRun[]): Facets {
  const n = runs.reduce((s, r) => s + r[3], 0);
  const f: Facets = { type: new Uint8Array(n), province: new Uint8Array(n), year: new Uint16Array(n) };
  let at = 0;
  for (const [t, p, y, c] of runs) {
    f.type.fill(t, at, at + c);
    f.province.fill(p, at, at + c);
    f.year.fill(y, at, at + c);
    at += c;
  }
  return f;
}

/** Compress per-document facets into runs (documents must be numbered in facet order for this to be small). */
export function toRuns(docs: readonly { type: number; province: number; year: number }[]): FacetRun[] {
  const runs: FacetRun[] = [];
  for (const d of docs) {
    const last = runs.at(-1);
    if (last && last[0] === d.type && last[1] === d.province && last[2] === d.year) last[3]++;
    else runs.push([d.type, d.province, d.year, 1]);
  }
  return runs;
}

/** The filters chosen: a type index, a province index, a year; undefined for “all”. */
export interface Filters {
  type?: number | undefined;
  province?: number | undefined;
  year?: number | undefined;
}

export interface Counts {
  /** Matches per type, per province and per year, each counted with the other two filters applied. */
  type: Map<number, number>;
  province: Map<number, number>;
  year: Map<number, number>;
}

/** Keep the hits the filters allow, and count every filter's choices (each with the other filters on). */
export function applyFilters(hits: readonly Hit[], facets: Facets, filters: Filters): { hits: Hit[]; counts: Counts } {
  const counts: Counts = { type: new Map(), province: new Map(), year: new Map() };
  const kept: Hit[] = [];
  const add = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const h of hits) {
    const t = facets.type[h.id]!;
    const p = facets.province[h.id]!;
    const y = facets.year[h.id]!;
    const okT = filters.type === undefined || filters.type === t;
    const okP = filters.province === undefined || filters.province === p;
    const okY = filters.year === undefined || filters.year === y;
    if (okP && okY) add(counts.type, t);
    if (okT && okY) add(counts.province, p);
    if (okT && okP && y) add(counts.year, y);
    if (okT && okP && okY) kept.push(h);
  }
  return { hits: kept, counts };
}

// ——— Results ———

/** What a result shows (one entry of a `tl/` block). */
export interface ResultDoc {
  url: string;
  title: string;
  /** A date or dates as Vietnamese write them (“12/03/2028”, “Thứ Bảy và Chủ nhật hằng tuần”), when the thing is dated. */
  date?: string;
  /** Lines under the title, as written. */
  lines: string[];
  /** Old place names the document can be found by, with what they are now: [“Bình Định”, “Gia Lai”]. */
  old?: [old: string, now: string][];
}

/** The block of `tl/` a document is in. */
export const blockOf = (id: number) => Math.floor(id / DOCS_PER_BLOCK);

/**
 * Which old names a result was found by, worded for the visitor: “Bình Định (cũ) → Gia Lai”.
 * An old name is cited when one of the terms that matched only through old names is in it.
 */
export function oldNameNotes(doc: Pick<ResultDoc, 'old'>, viaOldNames: readonly string[]): string[] {
  if (!doc.old || !viaOldNames.length) return [];
  const keys = viaOldNames.map((t) => fold(t));
  const notes = doc.old.filter(([old]) => {
    const ws = words(old).map(fold);
    return keys.some((k) => ws.some((w) => w === k || w.startsWith(k)));
  });
  return [...new Set(notes.map(([old, now]) => `${old} (cũ) → ${now}`))];
}

const folded = new Map<string, string>();

/** {@link fold} of one word, remembered: result lines repeat their words (place names, “sao”, “Tỉnh”…). */
function foldWord(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    if (folded.size >= 20_000) folded.clear();
    folded.set(word, (key = fold(word)));
  }
  return key;
}

/**
 * The parts of a text to highlight for the query: words whose folded form is a term's key (or,
 * for the last word typed, starts with it). Returns the text cut into [text, highlighted] pairs.
 */
export function highlight(text: string, terms: readonly QueryTerm[]): [string, boolean][] {
  const keys = terms.filter((t) => !/^\d+$/.test(t.key));
  const out: [string, boolean][] = [];
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const key = foldWord(m[0]);
    // As the search matches: a word being typed extends from two letters on (expandTerm).
    const hit = keys.some((t) => key === t.key || (t.prefix && t.key.length >= 2 && key.startsWith(t.key)));
    if (!hit) continue;
    if (m.index > at) out.push([text.slice(at, m.index), false]);
    out.push([m[0], true]);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push([text.slice(at), false]);
  return out;
}

// ——— Other sites' indexes ———

/** Another committee's site whose index the search reads too (site.yaml's `searchAcross`). */
export interface OtherSite {
  name: string;
  /** Its address, ending with `/`. */
  url: string;
  /** Its index's table of contents. */
  index: string;
}

/**
 * The address a result of another site's index links to: its path on that site. Anything that
 * would lead elsewhere (another host, a `javascript:` address) is refused: an index we do not
 * build may hold anything.
 */
export function otherSiteLink(docUrl: string, site: string): string | undefined {
  try {
    const base = new URL(site);
    const link = new URL(docUrl, base);
    return link.origin === base.origin && (link.protocol === 'https:' || link.protocol === 'http:') ? link.href : undefined;
  } catch {
    return undefined;
  }
}

/** The search page of another site for the same query. */
export function otherSiteSearch(site: string, query: string): string {
  const url = new URL('tim-kiem/', site);
  url.searchParams.set('q', query);
  return url.href;
}
