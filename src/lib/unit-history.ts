/**
 * Old names of today's places: which pre-2025 communes, districts and provinces went into a current
 * unit, and a finder that resolves a typed place name, current or old, with or without diacritics,
 * to current commune codes. Built on the checked mapping of `admin-units.ts` (Node side).
 */
import { adminUnits, type Commune, type Province } from './admin-units.ts';
import { compareVi, fold } from './text.ts';

/** A commune as it was before 1 July 2025. */
export interface OldCommune {
  /** Its name then, e.g. "Phường Bến Nghé". */
  name: string;
  /** Its district then, e.g. "Quận 1"; null where the source does not say. */
  district: string | null;
  /** Its province then, as the source writes it, e.g. "Thành phố Hồ Chí Minh", "Tỉnh Bình Định". */
  province: string;
}

/** How a typed name matched a current commune. */
export type UnitMatchKind = 'current' | 'old';

/** A current commune found for a typed name. */
export interface UnitMatch {
  /** Five-digit code of the current commune. */
  code: string;
  /** Its current name, e.g. "Phường Sài Gòn". */
  name: string;
  provinceCode: string;
  /** Whether the query named the commune as it is now or one of the communes merged into it. */
  kind: UnitMatchKind;
  /** What matched, for the reader: "Phường Sài Gòn" or "Phường Bến Nghé, Quận 1 (cũ)". */
  label: string;
  /** Higher is better; results come sorted by it. */
  score: number;
}

/** Options for {@link findUnits}. */
export interface FindUnitsOptions {
  /** Keep only communes of this current province: its code ("79"), slug ("ho-chi-minh") or name. */
  province?: string;
  /** At most this many results (default 50). */
  limit?: number;
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

interface OldEntry extends OldCommune {
  newCodes: Set<string>;
  nameForms: string[];
  districtForms: string[];
  provinceForms: string[];
}

interface Index {
  oldByNewCode: Map<string, OldEntry[]>;
  oldEntries: OldEntry[];
  current: { commune: Commune; nameForms: string[]; provinceForms: string[] }[];
  provinceFormsByCode: Map<string, string[]>;
}

let index: Index | undefined;

/** The folded ways of writing a unit name: full ("phuong ben nghe") and without its kind ("ben nghe"). */
function nameForms(name: string, prefix: RegExp, keepNumeric = false): string[] {
  const full = foldPlace(name);
  const bare = full.replace(prefix, '');
  // "Quận 1" without its kind is just "1": too loose to count as a district on its own.
  if (bare === full || (!keepNumeric && /^\d+$/.test(bare))) return [full];
  return [full, bare];
}

function provinceForms(name: string): string[] {
  const forms = new Set([...nameForms(name, PROVINCE_PREFIX), foldPlace(bareProvinceName(name))]);
  if (forms.has('ho chi minh')) ['hcm', 'thanh pho hcm'].forEach((form) => forms.add(form));
  return [...forms];
}

function buildIndex(): Index {
  const units = adminUnits();
  const provinceFormsByCode = new Map(units.provinces.map((p) => [p.code, provinceForms(p.name)]));
  const current = [...units.communeByCode.values()].map((commune) => ({
    commune,
    nameForms: nameForms(commune.name, UNIT_PREFIX, true),
    provinceForms: provinceFormsByCode.get(commune.provinceCode) ?? [],
  }));
  const byKey = new Map<string, OldEntry>();
  const oldByNewCode = new Map<string, OldEntry[]>();
  for (const m of units.mappings) {
    const key = `${m.oldName}|${m.oldDistrict ?? ''}|${m.oldProvince}`;
    let entry = byKey.get(key);
    if (!entry) {
      const newProvince = units.communeByCode.get(m.newCode)?.provinceCode ?? '';
      entry = {
        name: m.oldName,
        district: m.oldDistrict,
        province: m.oldProvince,
        newCodes: new Set(),
        nameForms: nameForms(m.oldName, UNIT_PREFIX, true),
        districtForms: m.oldDistrict ? nameForms(m.oldDistrict, DISTRICT_PREFIX) : [],
        provinceForms: [...new Set([...provinceForms(m.oldProvince), ...(provinceFormsByCode.get(newProvince) ?? [])])],
      };
      byKey.set(key, entry);
    }
    if (!entry.newCodes.has(m.newCode)) {
      entry.newCodes.add(m.newCode);
      const list = oldByNewCode.get(m.newCode) ?? [];
      list.push(entry);
      oldByNewCode.set(m.newCode, list);
    }
  }
  return { oldByNewCode, oldEntries: [...byKey.values()], current, provinceFormsByCode };
}

function theIndex(): Index {
  index ??= buildIndex();
  return index;
}

const byOldName = (a: OldCommune, b: OldCommune) =>
  compareVi(a.province, b.province) || compareVi(a.district ?? '', b.district ?? '') || compareVi(a.name, b.name);

/** The pre-2025 communes merged, wholly or partly, into the current commune `newCode` (empty if unknown). */
export function oldCommunesOf(newCode: string): OldCommune[] {
  return (theIndex().oldByNewCode.get(newCode) ?? [])
    .map(({ name, district, province }) => ({ name, district, province }))
    .sort(byOldName);
}

/** The pre-2025 districts whose communes went, wholly or partly, into the current commune `newCode`. */
export function oldDistrictNamesOf(newCode: string): string[] {
  const names = new Set(oldCommunesOf(newCode).flatMap((c) => (c.district ? [c.district] : [])));
  return [...names].sort(compareVi);
}

/**
 * The pre-2025 provinces now wholly or partly in the current province `provinceCode`, without
 * "Tỉnh"/"Thành phố", leaving out the one with the province's own name; the one that gave most
 * communes first. Gia Lai → ["Bình Định"]; Hồ Chí Minh → ["Bình Dương", "Bà Rịa - Vũng Tàu"].
 */
export function oldProvinceNamesOf(provinceCode: string): string[] {
  const units = adminUnits();
  const province = units.provinceByCode.get(provinceCode);
  if (!province) return [];
  const own = foldPlace(province.shortName);
  const counts = new Map<string, number>();
  for (const entry of theIndex().oldEntries) {
    const inProvince = [...entry.newCodes].some((code) => units.communeByCode.get(code)?.provinceCode === provinceCode);
    if (!inProvince) continue;
    const name = bareProvinceName(entry.province);
    if (foldPlace(name) === own) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareVi(a[0], b[0])).map(([name]) => name);
}

/** Resolve a province given by code, slug or name (any case, with or without diacritics). */
export function resolveProvince(value: string): Province | undefined {
  const units = adminUnits();
  const direct = units.provinceByCode.get(value) ?? units.provinceBySlug.get(value);
  if (direct) return direct;
  const folded = foldPlace(value);
  return units.provinces.find((p) => theIndex().provinceFormsByCode.get(p.code)?.includes(folded));
}

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

/**
 * Resolve a typed place name — current or pre-2025, with or without diacritics or the
 * "Phường/Xã" kind, optionally followed by its (old) district and province — to current communes,
 * best first: "Bến Nghé", "phuong ben nghe quan 1", "Phường 7 Quận 3", "xa an nhon tay".
 * A current name outranks an old one, a full match outranks the start of a name; an ambiguous name
 * returns every candidate.
 */
export function findUnits(query: string, options: FindUnitsOptions = {}): UnitMatch[] {
  const q = foldPlace(query);
  if (!q) return [];
  // Typed with its marks, a name outranks the names it folds into: "Diên Hồng" before "Điện Hồng".
  const marked = ` ${lowerWords(query)} `;
  const bonus = (name: string) => {
    const words = lowerWords(name);
    return marked.includes(` ${words} `) || marked.includes(` ${words.replace(/^(xã|phường|thị trấn|đặc khu) /, '')} `) ? 3 : 0;
  };
  const { current, oldEntries } = theIndex();
  const units = adminUnits();
  const onlyProvince = options.province ? (resolveProvince(options.province)?.code ?? '-') : undefined;
  const found = new Map<string, UnitMatch>();
  const keep = (match: UnitMatch) => {
    if (onlyProvince && match.provinceCode !== onlyProvince) return;
    const previous = found.get(match.code);
    if (!previous || match.score > previous.score) found.set(match.code, match);
  };
  for (const { commune, nameForms: forms, provinceForms: provinces } of current) {
    const score = scoreName(q, forms, [], provinces);
    if (score > 0) {
      keep({ code: commune.code, name: commune.name, provinceCode: commune.provinceCode, kind: 'current', label: commune.name, score: score * 10 + 5 + bonus(commune.name) });
    }
  }
  for (const entry of oldEntries) {
    const score = scoreName(q, entry.nameForms, entry.districtForms, entry.provinceForms);
    if (score === 0) continue;
    const label = `${[entry.name, entry.district].filter(Boolean).join(', ')} (cũ)`;
    const extra = bonus(entry.name);
    for (const code of entry.newCodes) {
      const commune = units.communeByCode.get(code);
      if (commune) keep({ code, name: commune.name, provinceCode: commune.provinceCode, kind: 'old', label, score: score * 10 + extra });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || compareVi(a.name, b.name) || a.code.localeCompare(b.code))
    .slice(0, options.limit ?? 50);
}
