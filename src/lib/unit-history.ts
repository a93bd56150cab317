/**
 * Old names of today's places: which pre-2025 communes, districts and provinces went into a current
 * unit, the place files that let the finder resolve a typed name, current or old, to current
 * communes (the matching rule is place-names.ts's), and findUnits over the whole country. Built on
 * the checked mapping of `admin-units.ts` (Node side).
 */
import { adminUnits, type Province } from './admin-units.ts';
import { communeCentroids } from './commune-centroid.ts';
import type { LatLng } from './geo.ts';
import { bareProvinceName, entryBucket, foldPlace, matchPlaces, preparePlaces, provinceForms, type PlaceCommune, type PlaceEntry, type PlaceFile, type PlaceMatch, type PreparedPlaces } from './place-names.ts';
import { compareVi } from './text.ts';
import { EARLIER_COMMUNES, EARLIER_DISTRICTS } from './unit-earlier.ts';

/** A commune as it was before 1 July 2025. */
export interface OldCommune {
  /** Its name then, e.g. "Phường Bến Nghé". */
  name: string;
  /** Its district then, e.g. "Quận 1"; null where the source does not say. */
  district: string | null;
  /** Its province then, as the source writes it, e.g. "Thành phố Hồ Chí Minh", "Tỉnh Bình Định". */
  province: string;
}

/** A current commune found for a typed name (see place-names.ts). */
export type UnitMatch = PlaceMatch;

/** Options for {@link findUnits}. */
export interface FindUnitsOptions {
  /** Keep only communes of this current province: its code ("79"), slug ("ho-chi-minh") or name. */
  province?: string;
  /** At most this many results (default 50). */
  limit?: number;
}

export { bareProvinceName, foldPlace };

interface OldEntry extends OldCommune {
  newCodes: Set<string>;
}

interface Index {
  oldByNewCode: Map<string, OldEntry[]>;
  oldEntries: OldEntry[];
  provinceFormsByCode: Map<string, string[]>;
}

let index: Index | undefined;

function buildIndex(): Index {
  const units = adminUnits();
  const provinceFormsByCode = new Map(units.provinces.map((p) => [p.code, provinceForms(p.name)]));
  const byKey = new Map<string, OldEntry>();
  const oldByNewCode = new Map<string, OldEntry[]>();
  for (const m of units.mappings) {
    const key = `${m.oldName}|${m.oldDistrict ?? ''}|${m.oldProvince}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { name: m.oldName, district: m.oldDistrict, province: m.oldProvince, newCodes: new Set() };
      byKey.set(key, entry);
    }
    if (!entry.newCodes.has(m.newCode)) {
      entry.newCodes.add(m.newCode);
      const list = oldByNewCode.get(m.newCode) ?? [];
      list.push(entry);
      oldByNewCode.set(m.newCode, list);
    }
  }
  return { oldByNewCode, oldEntries: [...byKey.values()], provinceFormsByCode };
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

/** A stand-in centre for a commune the site has no point in: see {@link formerDistrictCentres}. */
export interface AreaCentre extends LatLng {
  /** The former district(s) it stands for, e.g. "Huyện Hoài Nhơn, Tỉnh Bình Định". */
  area: string;
}

/** "Quận 1, Thành phố Hồ Chí Minh"; "Quận Ba Đình và Quận Tây Hồ, Thành phố Hà Nội"; provinces apart by "; ". */
function areaName(districts: readonly { district: string; province: string }[]): string {
  const byProvince = new Map<string, string[]>();
  for (const { district, province } of districts) byProvince.set(province, [...(byProvince.get(province) ?? []), district]);
  return [...byProvince]
    .sort((a, b) => compareVi(a[0], b[0]))
    .map(([province, names]) => {
      const sorted = names.sort(compareVi);
      const last = sorted.pop()!;
      return `${sorted.length ? `${sorted.join(', ')} và ` : ''}${last}, ${province}`;
    })
    .join('; ');
}

/**
 * Stand-in centres for current communes without one of their own (`centres` lacks them): the mean
 * of the centres of the other current communes made from the same pre-2025 district(s), with
 * that district's name, so that the finder can still list the nearest points from somewhere
 * close. Communes whose former districts have no centred commune, or whose source rows name no
 * district, get none.
 */
export function formerDistrictCentres(centres: ReadonlyMap<string, LatLng>): Map<string, AreaCentre> {
  const { oldByNewCode, oldEntries } = theIndex();
  /** Every former district named by the mapping, with the current communes made from it. */
  const districts = new Map<string, { district: string; province: string; communes: Set<string> }>();
  const districtOf = (e: OldEntry) => {
    if (!e.district) return undefined;
    const key = `${e.district}|${e.province}`;
    let found = districts.get(key);
    if (!found) districts.set(key, (found = { district: e.district, province: e.province, communes: new Set() }));
    return found;
  };
  for (const entry of oldEntries) for (const code of entry.newCodes) districtOf(entry)?.communes.add(code);
  const out = new Map<string, AreaCentre>();
  for (const code of adminUnits().communeByCode.keys()) {
    if (centres.has(code)) continue;
    const formers = [...new Set((oldByNewCode.get(code) ?? []).flatMap((e) => districtOf(e) ?? []))];
    const near = new Set(formers.flatMap((d) => [...d.communes]));
    // The mean of their centres, rounded as a commune's own centre is.
    const mean = communeCentroids([...near].flatMap((c) => (centres.has(c) ? [{ commune: code, geo: centres.get(c)! }] : []))).get(code);
    if (mean) out.set(code, { lat: mean.lat, lng: mean.lng, area: areaName(formers) });
  }
  return out;
}

/** What a place file says of a commune's centre (`centre` from commune-centroid.ts or {@link formerDistrictCentres}). */
export function placeCentre(centre: LatLng | AreaCentre | undefined): Pick<PlaceCommune, 'at' | 'area'> {
  return { at: centre ? [centre.lat, centre.lng] : null, ...(centre && 'area' in centre ? { area: centre.area } : {}) };
}

/** What placeFile needs of a former commune, the same in every file (a build makes one file per province). */
interface PreparedEntry {
  /** Its current communes' codes, sorted. */
  codes: string[];
  /** Its own (former) province's name, then each current commune's province name: `provinces` is their indexes. */
  provinceNames: string[];
  /** Other names of its former district (unit-earlier.ts). */
  districtAliases: string[];
  /** The provinces (codes) of its current communes: a province's file lists it only if it has one of them. */
  provinceCodes: Set<string>;
}

const preparedEntries = new WeakMap<OldEntry, PreparedEntry>();

function preparedEntry(entry: OldEntry): PreparedEntry {
  let found = preparedEntries.get(entry);
  if (!found) {
    const units = adminUnits();
    const current = [...entry.newCodes].map((code) => units.provinceByCode.get(units.communeByCode.get(code)?.provinceCode ?? '')?.name);
    found = {
      codes: [...entry.newCodes].sort(),
      provinceNames: [entry.province, ...current.flatMap((name) => (name ? [name] : []))],
      districtAliases: EARLIER_DISTRICTS.filter((d) => d.into === entry.district && d.province === entry.province).flatMap((d) => d.names),
      provinceCodes: new Set([...entry.newCodes].flatMap((code) => units.communeByCode.get(code)?.provinceCode ?? [])),
    };
    preparedEntries.set(entry, found);
  }
  return found;
}

/** Options for {@link placeFile}. */
export interface PlaceFileOptions {
  /** Keep only the current communes of this province (two-digit code), and the names leading to them. */
  province?: string | undefined;
  /** Inferred centres of current communes by code (commune-centroid.ts, or a former district's: {@link formerDistrictCentres}); others get none. */
  centres?: ReadonlyMap<string, LatLng | AreaCentre> | undefined;
}

/**
 * The place file of the finder (place-names.ts): every current commune under its name, every
 * former one (the checked mapping, and the few earlier changes of unit-earlier.ts) under its old
 * name, district and province; for the whole country or one province.
 */
export function placeFile(options: PlaceFileOptions = {}): PlaceFile {
  const units = adminUnits();
  const { province, centres } = options;
  const provinces: string[] = [];
  const provinceIndex = new Map<string, number>();
  // By the name as written too: a file looks the same few dozen names up some 13,000 times.
  const indexByName = new Map<string, number>();
  const indexOf = (name: string) => {
    let i = indexByName.get(name);
    if (i !== undefined) return i;
    const key = bareProvinceName(name);
    i = provinceIndex.get(key);
    if (i === undefined) {
      i = provinces.push(name) - 1;
      provinceIndex.set(key, i);
    }
    indexByName.set(name, i);
    return i;
  };
  const communes: Record<string, PlaceCommune> = {};
  const provinceNames: Record<string, string> = {};
  const inScope = (code: string) => {
    const commune = units.communeByCode.get(code);
    return commune !== undefined && (!province || commune.provinceCode === province);
  };
  const entries: PlaceEntry[] = [];
  const add = (entry: PlaceEntry) => {
    const codes = entry.codes.filter(inScope);
    if (codes.length === 0) return;
    for (const code of codes) {
      if (communes[code]) continue;
      const commune = units.communeByCode.get(code)!;
      communes[code] = { name: commune.name, province: commune.provinceCode, ...placeCentre(centres?.get(code)) };
      provinceNames[commune.provinceCode] ??= units.provinceByCode.get(commune.provinceCode)?.name ?? commune.provinceCode;
    }
    entries.push({ ...entry, codes });
  };
  for (const commune of [...units.communeByCode.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const own = units.provinceByCode.get(commune.provinceCode);
    add({ name: commune.name, provinces: own ? [indexOf(own.name)] : [], codes: [commune.code] });
  }
  const provincesOf = (entry: OldEntry) => [...new Set(preparedEntry(entry).provinceNames.map(indexOf))];
  const oldEntries = theIndex().oldEntries;
  for (const entry of oldEntries) {
    const { codes, districtAliases, provinceCodes } = preparedEntry(entry);
    // Its province names take their places in the file's list even when it is not in the file (as
    // they always have: the list's order is part of the file).
    const provinces = provincesOf(entry);
    if (province && !provinceCodes.has(province)) continue;
    add({
      name: entry.name,
      ...(entry.district ? { district: entry.district } : {}),
      ...(districtAliases.length ? { districtAliases } : {}),
      provinces,
      codes,
      old: 'cũ',
    });
  }
  for (const earlier of EARLIER_COMMUNES) {
    const into = oldEntries.find((e) => e.name === earlier.into && e.district === earlier.district && e.province === earlier.province);
    if (!into) throw new Error(`unit-earlier.ts: “${earlier.into}, ${earlier.district}” is not a commune of the old→new mapping; fix the row for “${earlier.name}”.`);
    add({ name: earlier.name, district: earlier.district, provinces: provincesOf(into), codes: preparedEntry(into).codes, old: `cũ, trước ${earlier.year}` });
  }
  return { communes, provinceNames, provinces, entries };
}

let national: Map<string, PlaceFile> | undefined;

/** The country's place file split by bucket (placeBucket: the start of the name), each part with only the communes and provinces it names. */
export function nationalPlaceFiles(): Map<string, PlaceFile> {
  if (national) return national;
  const whole = placeFile();
  const parts = new Map<string, PlaceEntry[]>();
  for (const entry of whole.entries) {
    const bucket = entryBucket(entry);
    if (bucket) parts.set(bucket, [...(parts.get(bucket) ?? []), entry]);
  }
  national = new Map();
  for (const bucket of [...parts.keys()].sort()) {
    const entries = parts.get(bucket)!;
    const provinces: string[] = [];
    const renumber = new Map<number, number>();
    const communes: PlaceFile['communes'] = {};
    const provinceNames: PlaceFile['provinceNames'] = {};
    const kept = entries.map((entry) => {
      for (const code of entry.codes) {
        const commune = whole.communes[code]!;
        communes[code] = commune;
        provinceNames[commune.province] = whole.provinceNames[commune.province]!;
      }
      const indexes = entry.provinces.map((i) => {
        if (!renumber.has(i)) renumber.set(i, provinces.push(whole.provinces[i]!) - 1);
        return renumber.get(i)!;
      });
      return { ...entry, provinces: indexes };
    });
    national.set(bucket, { communes, provinceNames, provinces, entries: kept });
  }
  return national;
}

/** The buckets of the country's place files, in order: the page tells the finder which exist. */
export const placeBuckets = (): string[] => [...nationalPlaceFiles().keys()];

let nationalPlaces: PreparedPlaces | undefined;

/**
 * Resolve a typed place name — current or pre-2025 — to current communes, best first (the rule
 * of place-names.ts's matchPlaces, over the whole country).
 */
export function findUnits(query: string, options: FindUnitsOptions = {}): UnitMatch[] {
  nationalPlaces ??= preparePlaces(placeFile());
  const province = options.province ? (resolveProvince(options.province)?.code ?? '-') : undefined;
  return matchPlaces(query, nationalPlaces, { province, limit: options.limit });
}
