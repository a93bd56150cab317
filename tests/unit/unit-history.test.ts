import { describe, expect, it } from 'vitest';
import { adminUnits } from '../../src/lib/admin-units.ts';
import {
  bareProvinceName,
  findUnits,
  foldPlace,
  formerDistrictCentres,
  oldCommunesOf,
  oldDistrictNamesOf,
  oldProvinceNamesOf,
  resolveProvince,
} from '../../src/lib/unit-history.ts';

describe('oldCommunesOf', () => {
  it.each([
    ['26740', { name: 'Phường Bến Nghé', district: 'Quận 1', province: 'Thành phố Hồ Chí Minh' }],
    ['27169', { name: 'Phường 7', district: 'Quận 10', province: 'Thành phố Hồ Chí Minh' }],
    ['00160', { name: 'Phường Dịch Vọng', district: 'Quận Cầu Giấy', province: 'Thành phố Hà Nội' }],
  ])('lists the communes merged into %s', (code, old) => {
    expect(oldCommunesOf(code)).toContainEqual(old);
  });
  it('lists each old commune once and nothing for an unknown code', () => {
    const list = oldCommunesOf('00160');
    expect(new Set(list.map((c) => `${c.name}|${c.district}`)).size).toBe(list.length);
    expect(oldCommunesOf('99999')).toEqual([]);
  });
  it('gives every current commune an old commune, except five island zones and Xã Ia Mơ, which the source leaves out', () => {
    const without = [...adminUnits().communeByCode.values()].filter((c) => oldCommunesOf(c.code).length === 0);
    expect(without.map((c) => c.name).sort()).toEqual(
      ['Đặc khu Bạch Long Vĩ', 'Đặc khu Cồn Cỏ', 'Đặc khu Côn Đảo', 'Đặc khu Hoàng Sa', 'Đặc khu Lý Sơn', 'Xã Ia Mơ'].sort(),
    );
  });
});

describe('oldDistrictNamesOf', () => {
  it.each([
    ['26740', ['Quận 1']],
    ['21583', ['Thành phố Quy Nhơn']],
  ])('names the old districts of %s', (code, districts) => {
    expect(oldDistrictNamesOf(code)).toEqual(districts);
  });
});

describe('oldProvinceNamesOf', () => {
  it.each([
    ['52', ['Bình Định']],
    ['79', ['Bình Dương', 'Bà Rịa - Vũng Tàu']],
    ['96', ['Bạc Liêu']],
    ['25', ['Hòa Bình', 'Vĩnh Phúc']],
    ['01', []],
    ['46', []],
    ['00', []],
  ])('names the former provinces now in %s', (code, names) => {
    expect(oldProvinceNamesOf(code)).toEqual(names);
  });
  it('spells province names without their kind, in today’s spelling', () => {
    expect(bareProvinceName('Tỉnh Bà Rịa - Vũng Tàu')).toBe('Bà Rịa - Vũng Tàu');
    expect(bareProvinceName('Tỉnh Hoà Bình')).toBe('Hòa Bình');
    expect(bareProvinceName('Thành phố Hồ Chí Minh')).toBe('Hồ Chí Minh');
  });
  it('covers the 63 former provinces across the 34', () => {
    const units = adminUnits();
    const total = units.provinces.reduce((n, p) => n + oldProvinceNamesOf(p.code).length, 0);
    expect(total).toBe(63 - 34);
  });
});

describe('foldPlace and resolveProvince', () => {
  it.each([
    ['P.07, Q.3', 'phuong 7 quan 3'],
    ['p7 q10', 'phuong 7 quan 10'],
    ['TP.HCM', 'thanh pho hcm'],
    ['Thị xã An Nhơn', 'thi xa an nhon'],
    ['  Phường   Đa Kao ', 'phuong da kao'],
  ])('folds %s', (input, expected) => {
    expect(foldPlace(input)).toBe(expected);
  });
  it.each([['79'], ['ho-chi-minh'], ['Thành phố Hồ Chí Minh'], ['ho chi minh'], ['TP HCM']])('resolves %s to Hồ Chí Minh', (value) => {
    expect(resolveProvince(value)?.code).toBe('79');
  });
});

const top = (query: string, options = {}) => findUnits(query, options)[0];

describe('findUnits', () => {
  it.each([
    ['Bến Nghé', '26740', 'old', 'Phường Bến Nghé, Quận 1 (cũ)'],
    ['phuong ben nghe quan 1', '26740', 'old', 'Phường Bến Nghé, Quận 1 (cũ)'],
    ['Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', '26740', 'old', 'Phường Bến Nghé, Quận 1 (cũ)'],
    ['sai gon', '26740', 'current', 'Phường Sài Gòn'],
    ['Phường Sài Gòn', '26740', 'current', 'Phường Sài Gòn'],
    ['Phường 7 Quận 10', '27169', 'old', 'Phường 7, Quận 10 (cũ)'],
    ['p7 q10', '27169', 'old', 'Phường 7, Quận 10 (cũ)'],
    ['Phường 9 Quận 3', '27142', 'old', 'Phường 9, Quận 3 (cũ)'],
    ['dien hong ho chi minh', '27169', 'current', 'Phường Diên Hồng'],
    ['Quy Nhơn', '21583', 'current', 'Phường Quy Nhơn'],
  ] as const)('finds %s', (query, code, kind, label) => {
    expect(top(query)).toMatchObject({ code, kind, label });
  });

  it('returns every candidate for an ambiguous name and lets a district narrow them', () => {
    const all = findUnits('Phường 7');
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all.map((m) => m.provinceCode)).size).toBeGreaterThan(3);
    expect(findUnits('Phường 7 Quận 10').map((m) => m.code)).toEqual(['27169']);
  });

  it('narrows to a province given as an option', () => {
    const inHcm = findUnits('Phường 7', { province: 'ho-chi-minh' });
    expect(inHcm.length).toBeGreaterThan(5);
    expect(inHcm.every((m) => m.provinceCode === '79')).toBe(true);
    expect(findUnits('Diên Hồng', { province: '52' }).map((m) => m.code)).toEqual(['23563']);
  });

  it('puts names typed with their marks before names that only fold the same', () => {
    const names = findUnits('Diên Hồng').map((m) => m.label);
    expect(names.slice(0, 2)).toEqual(['Phường Diên Hồng', 'Phường Diên Hồng']);
    expect(names.indexOf('Xã Diên Hồng, Huyện Kim Động (cũ)')).toBeLessThan(names.indexOf('Xã Điện Hồng, Thị xã Điện Bàn (cũ)'));
  });

  it('finds nothing for a ward a district never had, or an empty query', () => {
    expect(findUnits('Phường 20 Quận 3')).toEqual([]);
    expect(findUnits('  ')).toEqual([]);
  });

  it('knows the changes made before the mapping starts (unit-earlier.ts)', () => {
    // Quận 3's wards 6, 7 and 8 became Phường Võ Thị Sáu in 2021, now in Phường Xuân Hòa.
    expect(findUnits('Phường 7 Quận 3')).toEqual([expect.objectContaining({ code: '27139', kind: 'old', label: 'Phường 7, Quận 3 (cũ, trước 2021)' })]);
    // Quận 2 became part of Thành phố Thủ Đức in 2021: its wards are still named with it.
    const thaoDien = top('Thảo Điền, Quận 2');
    expect(thaoDien).toMatchObject({ kind: 'old', label: 'Phường Thảo Điền, Thành phố Thủ Đức (cũ)' });
    expect(top('Thảo Điền, Thành phố Thủ Đức')?.code).toBe(thaoDien?.code);
    expect(findUnits('Thảo Điền, Quận 3')).toEqual([]);
  });

  it('matches the start of a name last', () => {
    const list = findUnits('quy nho');
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((m) => m.name.includes('Quy Nhơn'))).toBe(true);
  });
});

describe('formerDistrictCentres', () => {
  // Quận 1 of Hồ Chí Minh became four wards: Tân Định 26737, Sài Gòn 26740, Bến Thành 26743, Cầu Ông Lãnh 26758.
  const centres = new Map([
    ['26740', { lat: 10.78, lng: 106.7 }],
    ['26743', { lat: 10.77, lng: 106.69 }],
    ['00160', { lat: 21.03, lng: 105.79 }],
  ]);
  it('places a commune without a centre at the mean of its former district’s communes, and says which district', () => {
    const area = formerDistrictCentres(centres);
    expect(area.get('26737')).toEqual({ lat: 10.775, lng: 106.695, area: 'Quận 1, Thành phố Hồ Chí Minh' });
    expect(area.get('26758')).toEqual(area.get('26737'));
  });
  it('leaves communes that have a centre, and districts with no centred commune, alone', () => {
    const area = formerDistrictCentres(centres);
    expect(area.has('26740')).toBe(false);
    expect(area.has('00160')).toBe(false);
    // Phường 7 of Quận 10 (now 27169) shares no former district with the centres given.
    expect(area.has('27169')).toBe(false);
    expect(formerDistrictCentres(new Map()).size).toBe(0);
  });
  it('names every former district of a commune made from more than one', () => {
    const split = [...adminUnits().communeByCode.keys()].find((code) => oldDistrictNamesOf(code).length > 1)!;
    const [first] = oldCommunesOf(split);
    const sibling = [...adminUnits().communeByCode.keys()].find((code) => code !== split && oldCommunesOf(code).some((c) => c.district === first!.district && c.province === first!.province))!;
    const area = formerDistrictCentres(new Map([[sibling, { lat: 12, lng: 108 }]])).get(split)!;
    const districts = [...new Set(oldCommunesOf(split).map((c) => c.district!))];
    for (const name of districts) expect(area.area).toContain(name);
    expect(area.area).toMatch(new RegExp(` và [^,]+, ${first!.province}`));
    expect(area).toMatchObject({ lat: 12, lng: 108 });
  });
});
