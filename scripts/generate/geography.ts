/**
 * Geography: approximate centres of the 63 pre-2025 provinces (each 2025 commune is placed near
 * the former province most of its predecessors belonged to), and the island special zones.
 */
import { adminUnits, type Commune, type Province } from '../../src/lib/admin-units.ts';
import { inVietnam } from '../../src/lib/geo.ts';
import { fold } from '../../src/lib/text.ts';
import { Rng, WeightedTable } from './random.ts';

export type Region = 'mien-nui-bac' | 'dong-bang-bac' | 'bac-trung-bo' | 'duyen-hai-nam-trung-bo' | 'tay-nguyen' | 'dong-nam-bo' | 'dbscl';

/** [name as in the old-province column, lat, lng, jitter radius in degrees, region]. */
const OLD_PROVINCES: readonly (readonly [string, number, number, number, Region])[] = [
  ['Hà Nội', 21.02, 105.83, 0.22, 'dong-bang-bac'],
  ['Hải Phòng', 20.84, 106.65, 0.13, 'dong-bang-bac'],
  ['Hồ Chí Minh', 10.82, 106.66, 0.16, 'dong-nam-bo'],
  ['Đà Nẵng', 16.04, 108.17, 0.08, 'duyen-hai-nam-trung-bo'],
  ['Cần Thơ', 10.05, 105.72, 0.12, 'dbscl'],
  ['Huế', 16.42, 107.55, 0.22, 'bac-trung-bo'],
  ['An Giang', 10.48, 105.2, 0.2, 'dbscl'],
  ['Bà Rịa - Vũng Tàu', 10.55, 107.25, 0.14, 'dong-nam-bo'],
  ['Bình Dương', 11.15, 106.65, 0.14, 'dong-nam-bo'],
  ['Bình Phước', 11.75, 106.85, 0.3, 'dong-nam-bo'],
  ['Bình Thuận', 11.1, 108.05, 0.3, 'duyen-hai-nam-trung-bo'],
  ['Bình Định', 14.1, 108.95, 0.28, 'duyen-hai-nam-trung-bo'],
  ['Bạc Liêu', 9.3, 105.55, 0.2, 'dbscl'],
  ['Bắc Giang', 21.35, 106.35, 0.25, 'dong-bang-bac'],
  ['Bắc Kạn', 22.15, 105.85, 0.25, 'mien-nui-bac'],
  ['Bắc Ninh', 21.12, 106.08, 0.09, 'dong-bang-bac'],
  ['Bến Tre', 10.15, 106.4, 0.2, 'dbscl'],
  ['Cao Bằng', 22.7, 106.15, 0.3, 'mien-nui-bac'],
  ['Cà Mau', 9.05, 105.05, 0.25, 'dbscl'],
  ['Gia Lai', 13.85, 108.1, 0.4, 'tay-nguyen'],
  ['Hòa Bình', 20.7, 105.4, 0.3, 'mien-nui-bac'],
  ['Hà Giang', 22.75, 105.0, 0.3, 'mien-nui-bac'],
  ['Hà Nam', 20.55, 105.95, 0.1, 'dong-bang-bac'],
  ['Hà Tĩnh', 18.3, 105.8, 0.3, 'bac-trung-bo'],
  ['Hưng Yên', 20.8, 106.05, 0.1, 'dong-bang-bac'],
  ['Hải Dương', 20.95, 106.35, 0.15, 'dong-bang-bac'],
  ['Hậu Giang', 9.8, 105.6, 0.15, 'dbscl'],
  ['Khánh Hòa', 12.35, 108.95, 0.25, 'duyen-hai-nam-trung-bo'],
  ['Kiên Giang', 9.95, 105.2, 0.25, 'dbscl'],
  ['Kon Tum', 14.6, 107.9, 0.35, 'tay-nguyen'],
  ['Lai Châu', 22.3, 103.3, 0.35, 'mien-nui-bac'],
  ['Long An', 10.65, 106.2, 0.25, 'dbscl'],
  ['Lào Cai', 22.35, 104.0, 0.3, 'mien-nui-bac'],
  ['Lâm Đồng', 11.75, 108.2, 0.35, 'tay-nguyen'],
  ['Lạng Sơn', 21.8, 106.6, 0.3, 'mien-nui-bac'],
  ['Nam Định', 20.25, 106.2, 0.15, 'dong-bang-bac'],
  ['Nghệ An', 19.1, 105.0, 0.45, 'bac-trung-bo'],
  ['Ninh Bình', 20.2, 105.9, 0.14, 'dong-bang-bac'],
  ['Ninh Thuận', 11.65, 108.85, 0.18, 'duyen-hai-nam-trung-bo'],
  ['Phú Thọ', 21.3, 105.2, 0.25, 'mien-nui-bac'],
  ['Phú Yên', 13.1, 109.0, 0.25, 'duyen-hai-nam-trung-bo'],
  ['Quảng Bình', 17.5, 106.4, 0.3, 'bac-trung-bo'],
  ['Quảng Nam', 15.55, 108.0, 0.4, 'duyen-hai-nam-trung-bo'],
  ['Quảng Ngãi', 15.0, 108.7, 0.25, 'duyen-hai-nam-trung-bo'],
  ['Quảng Ninh', 21.15, 107.25, 0.3, 'dong-bang-bac'],
  ['Quảng Trị', 16.75, 107.0, 0.25, 'bac-trung-bo'],
  ['Sóc Trăng', 9.6, 105.95, 0.2, 'dbscl'],
  ['Sơn La', 21.2, 104.0, 0.45, 'mien-nui-bac'],
  ['Thanh Hóa', 19.9, 105.5, 0.42, 'bac-trung-bo'],
  ['Thái Bình', 20.45, 106.35, 0.14, 'dong-bang-bac'],
  ['Thái Nguyên', 21.6, 105.85, 0.25, 'mien-nui-bac'],
  ['Tiền Giang', 10.4, 106.3, 0.2, 'dbscl'],
  ['Trà Vinh', 9.85, 106.3, 0.2, 'dbscl'],
  ['Tuyên Quang', 22.0, 105.2, 0.3, 'mien-nui-bac'],
  ['Tây Ninh', 11.35, 106.1, 0.25, 'dong-nam-bo'],
  ['Vĩnh Long', 10.2, 106.0, 0.15, 'dbscl'],
  ['Vĩnh Phúc', 21.35, 105.55, 0.15, 'dong-bang-bac'],
  ['Yên Bái', 21.75, 104.6, 0.35, 'mien-nui-bac'],
  ['Điện Biên', 21.6, 103.1, 0.4, 'mien-nui-bac'],
  ['Đắk Lắk', 12.7, 108.1, 0.4, 'tay-nguyen'],
  ['Đắk Nông', 12.2, 107.7, 0.3, 'tay-nguyen'],
  ['Đồng Nai', 11.0, 107.15, 0.3, 'dong-nam-bo'],
  ['Đồng Tháp', 10.55, 105.65, 0.25, 'dbscl'],
];

/** Island special zones (đặc khu): [lat, lng, radius, selection weight]; weight 0 = never used. */
const SPECIAL_ZONES: Record<string, readonly [number, number, number, number]> = {
  '06994': [21.06, 107.45, 0.04, 0.6], // Vân Đồn
  '07192': [20.97, 107.76, 0.015, 0.2], // Cô Tô
  '11914': [20.75, 107.0, 0.03, 0.5], // Cát Hải
  '11948': [20.135, 107.725, 0.004, 0], // Bạch Long Vĩ
  '19742': [17.16, 107.34, 0.004, 0], // Cồn Cỏ
  '20333': [16.53, 111.61, 0.01, 0], // Hoàng Sa
  '21548': [15.38, 109.12, 0.01, 0.3], // Lý Sơn
  '22736': [8.64, 111.92, 0.01, 0], // Trường Sa
  '23272': [10.51, 108.94, 0.012, 0.2], // Phú Quý
  '26732': [8.69, 106.61, 0.02, 0.3], // Côn Đảo
  '31078': [10.22, 103.96, 0.08, 1], // Phú Quốc
  '31105': [9.3, 103.48, 0.004, 0], // Thổ Châu
  '31108': [9.81, 104.63, 0.01, 0.1], // Kiên Hải
};

const keyOf = (name: string) => fold(name.replace(/^(Tỉnh|Thành phố) /, '')).replace(/[^a-z]/g, '');
const OLD_BY_KEY = new Map(OLD_PROVINCES.map((row) => [keyOf(row[0]), row]));

export interface Place {
  commune: Commune;
  province: Province;
  /** "Ia Grai" from "Xã Ia Grai". */
  short: string;
  /** "xã Ia Grai", for use inside a sentence. */
  label: string;
  /** Former province name (for certificates issued before 1 July 2025). */
  oldProvince: string;
  region: Region;
  lat: number;
  lng: number;
  isUrban: boolean;
  weight: number;
}

export interface ProvinceInfo {
  province: Province;
  /** "tỉnh Gia Lai", "thành phố Hà Nội". */
  label: string;
  isCity: boolean;
  places: Place[];
  table: WeightedTable<Place>;
  weight: number;
}

/**
 * A position within `radius` degrees of (`lat`, `lng`), rounded to five decimals, that lies in
 * Vietnam; after 20 misses (a centre on the coast), the centre itself.
 */
export function jitter(rng: Rng, lat: number, lng: number, radius: number): { lat: number; lng: number } {
  for (let attempt = 0; attempt < 20; attempt++) {
    const angle = rng.next() * 2 * Math.PI;
    const r = radius * Math.sqrt(rng.next());
    const p = {
      lat: Math.round((lat + r * Math.sin(angle)) * 1e5) / 1e5,
      lng: Math.round((lng + (r * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180)) * 1e5) / 1e5,
    };
    if (inVietnam(p)) return p;
  }
  return { lat: Math.round(lat * 1e5) / 1e5, lng: Math.round(lng * 1e5) / 1e5 };
}

/**
 * The 34 provinces of 2025 with every commune placed on the map and weighted for picking: wards
 * count twice, island zones carry their own weight and uninhabited ones (weight 0) are never
 * picked. Each commune has its own seeded stream, so its position does not depend on the scale.
 */
export function buildGeography(seed: number): ProvinceInfo[] {
  const units = adminUnits();
  const votes = new Map<string, Map<string, number>>();
  for (const m of units.mappings) {
    const k = keyOf(m.oldProvince);
    if (!OLD_BY_KEY.has(k)) continue;
    let v = votes.get(m.newCode);
    if (!v) votes.set(m.newCode, (v = new Map()));
    v.set(k, (v.get(k) ?? 0) + 1);
  }
  const byProvince = new Map<string, Commune[]>();
  for (const c of [...units.communeByCode.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const list = byProvince.get(c.provinceCode) ?? [];
    list.push(c);
    byProvince.set(c.provinceCode, list);
  }
  const infos: ProvinceInfo[] = [];
  for (const province of [...units.provinces].sort((a, b) => a.code.localeCompare(b.code))) {
    const home = OLD_BY_KEY.get(keyOf(province.name));
    if (!home) throw new Error(`no centre for ${province.name}`);
    const isCity = province.name.startsWith('Thành phố ');
    const places: Place[] = [];
    for (const commune of byProvince.get(province.code) ?? []) {
      const rng = new Rng(`${seed}:geo:${commune.code}`);
      const kind = /^(Xã|Phường|Đặc khu) /.exec(commune.name)?.[1] ?? 'Xã';
      const short = commune.name.slice(kind.length + 1);
      const label = `${kind.toLowerCase()} ${short}`;
      const zone = SPECIAL_ZONES[commune.code];
      // The former province most predecessors belonged to, if it is near this province.
      const ranked = [...(votes.get(commune.code) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      let old = home;
      for (const [k] of ranked) {
        const candidate = OLD_BY_KEY.get(k)!;
        if (Math.abs(candidate[1] - home[1]) + Math.abs(candidate[2] - home[2]) < 3) {
          old = candidate;
          break;
        }
      }
      const pos = zone ? jitter(rng, zone[0], zone[1], zone[2]) : jitter(rng, old[1], old[2], old[3]);
      const isUrban = kind === 'Phường';
      places.push({
        commune,
        province,
        short,
        label,
        oldProvince: old[0],
        region: old[4],
        lat: pos.lat,
        lng: pos.lng,
        isUrban,
        weight: zone ? zone[3] : isUrban ? 2 : 1,
      });
    }
    const usable = places.filter((p) => p.weight > 0);
    const weight = usable.reduce((s, p) => s + p.weight, 0);
    infos.push({
      province,
      label: isCity ? `thành phố ${province.shortName}` : `tỉnh ${province.shortName}`,
      isCity,
      places,
      table: new WeightedTable(usable, usable.map((p) => p.weight)),
      weight,
    });
  }
  return infos;
}

/** "tỉnh Bình Định", "thành phố Cần Thơ", "tỉnh Thừa Thiên Huế" (before 2025): a former province as named on a given date. */
export function oldProvinceLabel(name: string, date: string): string {
  if (name === 'Huế') return date < '2025-01-01' ? 'tỉnh Thừa Thiên Huế' : 'thành phố Huế';
  return ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'].includes(name) ? `thành phố ${name}` : `tỉnh ${name}`;
}
