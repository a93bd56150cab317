import { describe, expect, it } from 'vitest';
import { entryBucket, entryLabel, matchPlaces, placeBucket, preparePlaces, type PlaceFile } from '../../src/lib/place-names.ts';
import { findUnits, nationalPlaceFiles, placeBuckets, placeFile } from '../../src/lib/unit-history.ts';

describe('placeBucket: the file a typed name is in', () => {
  it.each([
    ['Bến Nghé', 'be'],
    ['Phường Bến Nghé, Quận 1', 'be'],
    ['phuong ben nghe', 'be'],
    ['p7 q3', '7'],
    ['P.07, Q.10', '7'],
    ['Phường 12', '12'],
    ['Đa Kao', 'da'],
    ['thị trấn Cần Giờ', 'ca'],
    ['Xã Ia Mơ', 'ia'],
    ['   ', ''],
  ])('%s → %j', (query, bucket) => {
    expect(placeBucket(query)).toBe(bucket);
  });
});

/** A small file: two current wards and one commune of another province, and the former communes now in them. */
const FILE: PlaceFile = {
  communes: {
    '00001': { name: 'Phường Sài Gòn', province: '79', at: [10.77, 106.7] },
    '00002': { name: 'Phường Xuân Hòa', province: '79', at: null },
    '00003': { name: 'Xã Điện Hồng', province: '48', at: null },
  },
  provinceNames: { '79': 'Thành phố Hồ Chí Minh', '48': 'Thành phố Đà Nẵng' },
  provinces: ['Thành phố Hồ Chí Minh', 'Tỉnh Quảng Nam', 'Thành phố Đà Nẵng'],
  entries: [
    { name: 'Phường Sài Gòn', provinces: [0], codes: ['00001'] },
    { name: 'Phường Xuân Hòa', provinces: [0], codes: ['00002'] },
    { name: 'Xã Điện Hồng', district: 'Thị xã Điện Bàn', provinces: [1, 2], codes: ['00003'], old: 'cũ' },
    { name: 'Phường Bến Nghé', district: 'Quận 1', provinces: [0], codes: ['00001'], old: 'cũ' },
    { name: 'Phường Võ Thị Sáu', district: 'Quận 3', provinces: [0], codes: ['00002', '00001'], old: 'cũ' },
    { name: 'Phường 7', district: 'Quận 3', provinces: [0], codes: ['00002'], old: 'cũ, trước 2021' },
    { name: 'Phường Diên Hồng', district: 'Quận 10', provinces: [0], codes: ['00001'], old: 'cũ' },
    { name: 'Phường Thảo Điền', district: 'Thành phố Thủ Đức', districtAliases: ['Quận 2'], provinces: [0], codes: ['00001'], old: 'cũ' },
    { name: 'Phường Không Có', district: 'Quận 9', provinces: [0], codes: ['99999'], old: 'cũ' },
  ],
};
const places = preparePlaces(FILE);
const first = (query: string, options = {}) => matchPlaces(query, places, options)[0];

describe('matchPlaces', () => {
  it.each([
    ['Bến Nghé', '00001', 'old', 'Phường Bến Nghé, Quận 1 (cũ)'],
    ['BEN NGHE', '00001', 'old', 'Phường Bến Nghé, Quận 1 (cũ)'],
    ['Be\u0301n Nghe\u0301', '00001', 'old', 'Phường Bến Nghé, Quận 1 (cũ)'],
    ['p. ben nghe, q.1, tp hcm', '00001', 'old', 'Phường Bến Nghé, Quận 1 (cũ)'],
    ['sai gon', '00001', 'current', 'Phường Sài Gòn'],
    ['Phường 7 Quận 3', '00002', 'old', 'Phường 7, Quận 3 (cũ, trước 2021)'],
    ['p07 q3', '00002', 'old', 'Phường 7, Quận 3 (cũ, trước 2021)'],
    ['thao dien quan 2', '00001', 'old', 'Phường Thảo Điền, Thành phố Thủ Đức (cũ)'],
    ['thao dien thanh pho thu duc', '00001', 'old', 'Phường Thảo Điền, Thành phố Thủ Đức (cũ)'],
  ] as const)('%s → %s (%s)', (query, code, kind, label) => {
    expect(first(query)).toMatchObject({ code, kind, label });
  });

  it('finds nothing for another district, another province, an unknown or an empty name', () => {
    expect(matchPlaces('Bến Nghé Quận 3', places)).toEqual([]);
    expect(matchPlaces('Bến Nghé, Hà Nội', places)).toEqual([]);
    expect(matchPlaces('Phường 7 Quận 4', places)).toEqual([]);
    expect(matchPlaces('xyz', places)).toEqual([]);
    expect(matchPlaces(' , ', places)).toEqual([]);
  });

  it('leads a former commune split in two to both, and skips codes the file does not name', () => {
    expect(matchPlaces('Võ Thị Sáu', places).map((m) => m.code).sort()).toEqual(['00001', '00002']);
    expect(matchPlaces('Không Có', places)).toEqual([]);
  });

  it('ranks the name typed with its marks above one that only folds the same', () => {
    expect(matchPlaces('Diên Hồng', places).map((m) => m.name)).toEqual(['Phường Sài Gòn', 'Xã Điện Hồng']);
    expect(matchPlaces('Điện Hồng', places).map((m) => m.name)).toEqual(['Xã Điện Hồng', 'Phường Sài Gòn']);
  });

  it('ranks a current name above an old one, and a whole name above its start', () => {
    const file: PlaceFile = { ...FILE, entries: [...FILE.entries, { name: 'Phường Sài Gòn Cũ', district: 'Quận 1', provinces: [0], codes: ['00002'], old: 'cũ' }] };
    expect(matchPlaces('Sài Gòn', preparePlaces(file)).map((m) => m.code)).toEqual(['00001', '00002']);
    expect(matchPlaces('sai', places).map((m) => m.code)).toEqual(['00001']);
  });

  it('keeps only one province when asked', () => {
    expect(matchPlaces('hong', places).length).toBe(0); // a start of a name needs its first word
    expect(matchPlaces('Điện Hồng', places, { province: '79' }).map((m) => m.code)).toEqual(['00001']);
  });

  it('labels entries as the reader sees them', () => {
    expect(FILE.entries.map(entryLabel).slice(0, 6)).toEqual([
      'Phường Sài Gòn',
      'Phường Xuân Hòa',
      'Xã Điện Hồng, Thị xã Điện Bàn (cũ)',
      'Phường Bến Nghé, Quận 1 (cũ)',
      'Phường Võ Thị Sáu, Quận 3 (cũ)',
      'Phường 7, Quận 3 (cũ, trước 2021)',
    ]);
  });
});

describe('place files from the checked mapping', () => {
  it('a province file names only its communes, and every entry leads to one of them', () => {
    const file = placeFile({ province: '79' });
    const codes = Object.keys(file.communes);
    expect(codes.length).toBe(168);
    expect(Object.values(file.communes).every((c) => c.province === '79')).toBe(true);
    expect(file.entries.every((e) => e.codes.length > 0 && e.codes.every((code) => code in file.communes))).toBe(true);
    expect(matchPlaces('Bến Nghé', preparePlaces(file))[0]).toMatchObject({ code: '26740', label: 'Phường Bến Nghé, Quận 1 (cũ)' });
  });

  it('gives communes the centres it is told, and none otherwise', () => {
    const file = placeFile({ province: '79', centres: new Map([['26740', { lat: 10.776, lng: 106.701 }]]) });
    expect(file.communes['26740']!.at).toEqual([10.776, 106.701]);
    expect(file.communes['27139']!.at).toBeNull();
    expect(file.communes['26740']).not.toHaveProperty('area');
  });

  it('says when a commune’s centre stands in from its former district', () => {
    const file = placeFile({ province: '79', centres: new Map([['26737', { lat: 10.78, lng: 106.7, area: 'Quận 1, Thành phố Hồ Chí Minh' }]]) });
    expect(file.communes['26737']).toMatchObject({ at: [10.78, 106.7], area: 'Quận 1, Thành phố Hồ Chí Minh' });
  });

  it('splits the country by bucket without losing or misplacing a name', () => {
    const whole = placeFile();
    const parts = nationalPlaceFiles();
    expect(placeBuckets()).toEqual([...parts.keys()]);
    expect([...parts.values()].reduce((n, f) => n + f.entries.length, 0)).toBe(whole.entries.filter((e) => entryBucket(e)).length);
    for (const [bucket, file] of parts) {
      for (const entry of file.entries) {
        expect(entryBucket(entry)).toBe(bucket);
        for (const code of entry.codes) expect(file.communes[code]?.name).toBe(whole.communes[code]?.name);
        for (const i of entry.provinces) expect(file.provinces[i]).toBeDefined();
      }
    }
  });

  it('answers from the bucket file as from the whole country', () => {
    const parts = new Map([...nationalPlaceFiles()].map(([bucket, file]) => [bucket, preparePlaces(file)]));
    const whole = placeFile();
    const queries = whole.entries.filter((_, i) => i % 97 === 0).map(entryLabel).map((label) => label.replace(/ \(cũ.*\)$/, ''));
    queries.push('Bến Nghé', 'Phường 7 Quận 3', 'p7 q10', 'thao dien quan 2', 'Quy Nhơn');
    expect(queries.length).toBeGreaterThan(100);
    for (const query of queries) {
      const part = parts.get(placeBucket(query));
      expect(part, query).toBeDefined();
      expect(matchPlaces(query, part!).map((m) => [m.code, m.label]), query).toEqual(findUnits(query).map((m) => [m.code, m.label]));
    }
  });
});
