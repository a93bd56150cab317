/**
 * Typed place names — current or pre-2025, with or without diacritics or the "Phường/Xã" kind,
 * optionally followed by the old district and the province — resolved to current communes. Pure:
 * the build uses it (unit-history.ts's findUnits) and the point finder runs the same rule in the
 * browser over a place file (`/du-lieu/ban-do/xa/…json`, written by src/data/views/places.ts).
 */
import { compareVi, fold } from './text.ts';

/** A current commune a place file names. */
export interface PlaceCommune {
  /** Its name, e.g. "Phường Sài Gòn". */
  name: string;
  /** Two-digit code of its province. */
  province: string;
  /** Its inferred centre ([lat, lng], see commune-centroid.ts), or null when none can be inferred. */
  at: [number, number] | null;
  /**
   * Present when the site has no point in the commune and `at` stands in for it: the former
   * district(s) whose other communes' centres it is the mean of (unit-history.ts formerDistrictCentres).
   */
  area?: string;
}

/** A name a place file answers to: a current commune, or a commune as it was before. */
export interface PlaceEntry {
  /** The name as written, e.g. "Phường Bến Nghé". */
  name: string;
  /** Its (old) district, e.g. "Quận 1"; absent for current communes or where the source does not say. */
  district?: string;
  /** Other names of that district a query may use (it was renamed or merged earlier). */
  districtAliases?: string[];
  /** Indexes into the file's `provinces`: the names a query may add to narrow (old and current province). */
  provinces: number[];
  /** Current communes it is now (wholly or partly) in. */
  codes: string[];
  /** Present for a former commune: what its label says after the name, e.g. "cũ" or "cũ, trước 2021". */
  old?: string;
}

/** A place file: current communes by code, province names, and the names that lead to them. */
export interface PlaceFile {
  communes: Record<string, PlaceCommune>;
  /** Names of the current provinces of `communes`, by code. */
  provinceNames: Record<string, string>;
  /** Province names, current and former, that entries refer to by index. */
  provinces: string[];
  entries: PlaceEntry[];
}

/** A current commune found for a typed name. */
export interface PlaceMatch {
  /** Five-digit code of the current commune. */
  code: string;
  /** Its current name. */
  name: string;
  provinceCode: string;
  /** Whether the query named the commune as it is now or a commune merged into it. */
  kind: 'current' | 'old';
  /** What matched, for the reader: "Phường Sài Gòn" or "Phường Bến Nghé, Quận 1 (cũ)". */
  label: string;
  /** Higher is better; results come sorted by it. */
  score: number;
}

const UNIT_PREFIX = /^(xa|phuong|thi tran|dac khu) /;
const DISTRICT_PREFIX = /^(quan|huyen|thi xa|thanh pho) /;
const PROVINCE_PREFIX = /^(tinh|thanh pho) /;
// Older tone placement that the source keeps in one province name.
const PROVINCE_SPELLING: Record<string, string> = { 'Hoà Bình': 'Hòa Bình' };

/**
 * Fold a typed place name for matching: no diacritics (đ → d), lower case, punctuation as spaces,
 * common abbreviations spelled out ("p." / "q3" / "tp." / "tx" / "tt"), leading zeros dropped ("07" → "7").
 */
export function foldPlace(value: string): string {
  return fold(value)
    .replace(/\b(p|q|x|h)\.?\s*(\d+)\b/g, (_, unit: string, n: string) => `${{ p: 'phuong', q: 'quan', x: 'xa', h: 'huyen' }[unit]} ${n}`)
    .replace(/\btp\.?\s*/g, 'thanh pho ')
    .replace(/\btx\.?\s*/g, 'thi xa ')
    .replace(/\btt\.?\s*/g, 'thi tran ')
    .replace(/\bp\.\s*/g, 'phuong ')
    .replace(/\bq\.\s*/g, 'quan ')
    .replace(/\bx\.\s*/g, 'xa ')
    .replace(/\bh\.\s*/g, 'huyen ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b0+(\d)/g, '$1')
    .trim();
}

/** A province name without "Tỉnh " / "Thành phố ", in today's spelling: "Tỉnh Hoà Bình" → "Hòa Bình". */
export function bareProvinceName(name: string): string {
  const bare = name.replace(/^(Tỉnh|Thành phố) /, '');
  return PROVINCE_SPELLING[bare] ?? bare;
}

/** The folded ways of writing a unit name: full ("phuong ben nghe") and without its kind ("ben nghe"). */
function nameForms(name: string, prefix: RegExp, keepNumeric = false): string[] {
  const full = foldPlace(name);
  const bare = full.replace(prefix, '');
  // "Quận 1" without its kind is just "1": too loose to count as a district on its own.
  if (bare === full || (!keepNumeric && /^\d+$/.test(bare))) return [full];
  return [full, bare];
}

/** The folded ways of writing a province: "thanh pho ho chi minh", "ho chi minh", "hcm"… */
export function provinceForms(name: string): string[] {
  const forms = new Set([...nameForms(name, PROVINCE_PREFIX), foldPlace(bareProvinceName(name))]);
  if (forms.has('ho chi minh')) ['hcm', 'thanh pho hcm'].forEach((form) => forms.add(form));
  return [...forms];
}

/** The name without its kind, folded: the part a query must start with ("Phường Bến Nghé" → "ben nghe"). */
const bareName = (name: string) => foldPlace(name).replace(UNIT_PREFIX, '');

/**
 * The place file a query needs when files are split by name (the whole country): the first word
 * of the name without its kind, at most two characters. "Phường Bến Nghé" → "be", "p7 q3" → "7".
 * Empty when the query has no name.
 */
export function placeBucket(query: string): string {
  const first = bareName(query).split(' ')[0] ?? '';
  return first.slice(0, 2);
}

/** The bucket an entry is listed under (see {@link placeBucket}). */
export const entryBucket = (entry: Pick<PlaceEntry, 'name'>): string => placeBucket(entry.name);

const lowerWords = (value: string): string =>
  value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The rest of `query` after `form` and a space, '' if it is all of it, undefined if it does not start so. */
function after(query: string, form: string): string | undefined {
  if (query === form) return '';
  return query.startsWith(`${form} `) ? query.slice(form.length + 1) : undefined;
}

/** Whether `rest` is empty or one of the province forms. */
const provinceOk = (rest: string, forms: readonly string[]): boolean => rest === '' || forms.includes(rest);

/**
 * Score how `query` names a unit: its name (full or without kind), then optionally its district,
 * then optionally its province. 0 when it does not match. A query naming a district that is not
 * the unit's own does not match, so a district narrows the many "Phường 7".
 */
function scoreName(query: string, forms: readonly string[], districtForms: readonly string[], provinces: readonly string[]): number {
  let best = 0;
  for (const [i, form] of forms.entries()) {
    const rest = after(query, form);
    const base = i === 0 ? 10 : 8;
    if (rest !== undefined) {
      if (provinceOk(rest, provinces)) best = Math.max(best, base + (rest ? 2 : 0));
      for (const d of districtForms) {
        const tail = after(rest, d);
        if (tail !== undefined && provinceOk(tail, provinces)) best = Math.max(best, base + 5 + (tail ? 2 : 0));
      }
    } else if (query.length >= 3 && form.startsWith(query)) {
      best = Math.max(best, 3);
    }
  }
  return best;
}

interface PreparedEntry {
  entry: PlaceEntry;
  label: string;
  marked: string[];
  forms: string[];
  districtForms: string[];
  provinceForms: string[];
}

/** A place file made ready for {@link matchPlaces} (folded forms computed once). */
export interface PreparedPlaces {
  file: PlaceFile;
  entries: PreparedEntry[];
}

/** What a matched entry is called for the reader: "Phường Sài Gòn", "Phường Bến Nghé, Quận 1 (cũ)". */
export function entryLabel(entry: PlaceEntry): string {
  const name = [entry.name, entry.district].filter(Boolean).join(', ');
  return entry.old ? `${name} (${entry.old})` : name;
}

/** Fold a place file's names once, for any number of queries. */
export function preparePlaces(file: PlaceFile): PreparedPlaces {
  const byProvince = file.provinces.map(provinceForms);
  return {
    file,
    entries: file.entries.map((entry) => {
      const marked = lowerWords(entry.name);
      return {
        entry,
        label: entryLabel(entry),
        marked: [marked, marked.replace(/^(xã|phường|thị trấn|đặc khu) /, '')],
        forms: nameForms(entry.name, UNIT_PREFIX, true),
        districtForms: [entry.district, ...(entry.districtAliases ?? [])].flatMap((d) => (d ? nameForms(d, DISTRICT_PREFIX) : [])),
        provinceForms: [...new Set(entry.provinces.flatMap((i) => byProvince[i] ?? []))],
      };
    }),
  };
}

/** Options for {@link matchPlaces}. */
export interface MatchPlacesOptions {
  /** Keep only communes of this province (two-digit code). */
  province?: string | undefined;
  /** At most this many results (default 50). */
  limit?: number | undefined;
}

/**
 * The current communes a typed name leads to, best first: "Bến Nghé", "phuong ben nghe quan 1",
 * "Phường 7 Quận 10", "xa an nhon tay". A current name outranks an old one, a whole name outranks
 * the start of one, and a name typed with its marks outranks names that only fold the same
 * ("Diên Hồng" before "Điện Hồng"); an ambiguous name returns every candidate.
 */
export function matchPlaces(query: string, places: PreparedPlaces, options: MatchPlacesOptions = {}): PlaceMatch[] {
  const q = foldPlace(query);
  if (!q) return [];
  const typed = ` ${lowerWords(query)} `;
  const found = new Map<string, PlaceMatch>();
  for (const p of places.entries) {
    const score = scoreName(q, p.forms, p.districtForms, p.provinceForms);
    if (score === 0) continue;
    const bonus = p.marked.some((m) => typed.includes(` ${m} `)) ? 3 : 0;
    const total = score * 10 + (p.entry.old ? 0 : 5) + bonus;
    for (const code of p.entry.codes) {
      const commune = places.file.communes[code];
      if (!commune || (options.province && commune.province !== options.province)) continue;
      const previous = found.get(code);
      if (previous && previous.score >= total) continue;
      found.set(code, { code, name: commune.name, provinceCode: commune.province, kind: p.entry.old ? 'old' : 'current', label: p.label, score: total });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || compareVi(a.name, b.name) || a.code.localeCompare(b.code))
    .slice(0, options.limit ?? 50);
}
