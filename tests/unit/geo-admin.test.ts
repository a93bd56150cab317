import { describe, expect, it } from 'vitest';
import { adminUnits, communeByCode, mapOldCommune, provinceByCode } from '../../src/lib/admin-units.ts';
import { distanceKm, inVietnam, osmUrl, positionProblem } from '../../src/lib/geo.ts';

describe('administrative units (2025)', () => {
  it('has 34 provinces and 3,321 communes with official codes, in NFC', () => {
    const units = adminUnits();
    expect(units.provinces).toHaveLength(34);
    expect(units.communeByCode.size).toBe(3321);
    expect(provinceByCode('52')?.name).toBe('Gia Lai');
    expect(provinceByCode('96')?.name).toBe('Cà Mau');
    expect(provinceByCode('52')?.name).toBe(provinceByCode('52')?.name.normalize('NFC'));
    expect(provinceByCode('79')?.slug).toBe('ho-chi-minh');
  });
  it('knows the wards that replaced District 1', () => {
    expect(['26740', '26737', '26743', '26758'].map((c) => communeByCode(c)?.name)).toEqual([
      'Phường Sài Gòn',
      'Phường Tân Định',
      'Phường Bến Thành',
      'Phường Cầu Ông Lãnh',
    ]);
    expect(communeByCode('26740')?.provinceCode).toBe('79');
  });
  it('maps old communes to new ones', () => {
    const old = adminUnits().mappings[0]!;
    expect(mapOldCommune(old.oldCode!).map((m) => m.newCode)).toContain(old.newCode);
  });
});

describe('positions', () => {
  it('accepts Vietnam, Trường Sa included', () => {
    expect(inVietnam({ lat: 10.7769, lng: 106.7009 })).toBe(true);
    expect(inVietnam({ lat: 8.64, lng: 111.92 })).toBe(true);
  });
  it('names swapped latitude and longitude', () => {
    expect(positionProblem({ lat: 106.7, lng: 10.77 })).toMatch(/đảo chỗ/);
  });
  it('rejects positions outside Vietnam', () => {
    expect(positionProblem({ lat: 48.85, lng: 2.35 })).toMatch(/ngoài lãnh thổ/);
  });
  it('links a position to OpenStreetMap, latitude first', () => {
    expect(osmUrl({ lat: 10.7725, lng: 106.698 })).toBe('https://www.openstreetmap.org/?mlat=10.7725&mlon=106.698#map=17/10.7725/106.698');
  });
  it('measures distance in km', () => {
    expect(distanceKm({ lat: 10.7769, lng: 106.7009 }, { lat: 21.0285, lng: 105.8542 })).toBeCloseTo(1139, -1);
  });
});
