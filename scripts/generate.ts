/**
 * Generates a deterministic, national-scale sample dataset for benchmarks and tests: 34 provinces
 * with the real 2025 commune codes, and (at scale 1) 15,000 products, 5,000 sales points, 3,000
 * businesses, 6,000 honours in 3 programmes, 600 fairs, 1,000 news posts and about 600 distinct
 * JPEG images. Every record is marked `sample: true`.
 *
 *   node scripts/generate.ts --out <dir> [--scale 1] [--seed 1] [--today 2026-11-22]
 *
 * The same arguments always give byte-identical files: randomness comes from a seeded PRNG
 * (sfc32), dates are computed from `--today` (never the clock), files are written in a fixed
 * order, and images are encoded by sharp with fixed settings and no metadata.
 *
 * The output folder is a content root: build with `HANGVIET_CONTENT=<dir> npm run build`.
 * Real plans and pages are copied from `content/plans` and `content/pages` when present;
 * plans are never invented.
 */
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { adminUnits, type Commune, type Province } from '../src/lib/admin-units.ts';
import { addMonths, daysBetween, formatDate, parseCalendarDate } from '../src/lib/dates.ts';
import { inVietnam } from '../src/lib/geo.ts';
import { certificateStatus, type CertificateStatus, type OcopGroup } from '../src/lib/ocop.ts';
import { taxCheckDigit } from '../src/lib/tax-code.ts';
import { fold, slugify } from '../src/lib/text.ts';
import { addDays, maxDate, minDate, randomDate, yearOf } from './generate/calendar.ts';
import { markdownDocument, yamlDocument, type Yaml } from './generate/documents.ts';
import { IdMaker } from './generate/ids.ts';
import { groupBy, range, sortedGroups } from './generate/lists.ts';
import { hash32, quotas, Rng, WeightedTable } from './generate/random.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Options

export interface Options {
  /** Output folder (a content root). */
  out: string;
  /** Fraction of the national counts, e.g. 0.01; every count is at least 1. */
  scale: number;
  /** PRNG seed. */
  seed: number;
  /** Reference date (`YYYY-MM-DD`) for certificate and fair status; never the clock. */
  today: string;
}

const USAGE = 'usage: node scripts/generate.ts --out <dir> [--scale <fraction>] [--seed <n>] [--today YYYY-MM-DD]';

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string', default: '2026-11-22' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.out) throw new Error(`--out is required\n${USAGE}`);
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new Error(`--scale must be a number in (0, 10], got ${values.scale}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`--seed must be an integer 0–4294967295, got ${values.seed}`);
  const today = parseCalendarDate(values.today);
  if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new Error(`--today must be a date YYYY-MM-DD, got ${values.today}`);
  return { out: path.resolve(values.out), scale, seed, today };
}

// ---------------------------------------------------------------------------------------------
// Geography: approximate centres of the 63 pre-2025 provinces (each 2025 commune is placed near
// the former province most of its predecessors belonged to), and the island special zones.

type Region = 'mien-nui-bac' | 'dong-bang-bac' | 'bac-trung-bo' | 'duyen-hai-nam-trung-bo' | 'tay-nguyen' | 'dong-nam-bo' | 'dbscl';

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

interface Place {
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

interface ProvinceInfo {
  province: Province;
  /** "tỉnh Gia Lai", "thành phố Hà Nội". */
  label: string;
  isCity: boolean;
  places: Place[];
  table: WeightedTable<Place>;
  weight: number;
}

function jitter(rng: Rng, lat: number, lng: number, radius: number): { lat: number; lng: number } {
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

function buildGeography(seed: number): ProvinceInfo[] {
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

// ---------------------------------------------------------------------------------------------
// Word lists

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Lương', 'Trịnh', 'Mai'];
const FAMILY_WEIGHTS = [38, 11, 9, 7, 5, 4, 4, 4, 3, 2, 2, 2, 2, 1.5, 1, 1, 1, 0.8, 0.8, 0.8];
const MIDDLE_NAMES_F = ['Thị', 'Thị Thu', 'Thị Thanh', 'Ngọc', 'Thị Kim', 'Thị Hồng', 'Thị Mỹ'];
const MIDDLE_NAMES_M = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Công', 'Xuân'];
const GIVEN_F = ['Lan', 'Hoa', 'Mai', 'Hương', 'Hạnh', 'Thảo', 'Trang', 'Linh', 'Yến', 'Nhung', 'Hằng', 'Oanh', 'Phượng', 'Loan', 'Vân', 'Tuyết', 'Hà', 'Dung', 'Nga', 'Thủy'];
const GIVEN_M = ['Hùng', 'Dũng', 'Tuấn', 'Nam', 'Bình', 'An', 'Phúc', 'Sơn', 'Hải', 'Long', 'Tâm', 'Thắng', 'Cường', 'Khánh', 'Toàn', 'Trung', 'Lộc', 'Phong', 'Hiếu', 'Tài'];

const BRANDS = [
  'Phú Hưng', 'Thành Đạt', 'Hưng Thịnh', 'Sao Việt', 'Đất Việt', 'Tân Phát', 'An Phú', 'Minh Châu', 'Kim Ngân', 'Phúc Lộc',
  'Thiên Phú', 'Hồng Phát', 'Việt Xanh', 'Bảo Ngọc', 'Trường Thịnh', 'Vạn Lợi', 'Đại Phát', 'Tâm An', 'Quê Hương', 'Đồng Xanh',
  'Hoa Sen', 'Ngọc Minh', 'Thuận Phát', 'Phước Lộc', 'Nam Việt', 'Hòa Bình', 'Tân Tiến', 'Hương Quê', 'Mộc Nhiên', 'Làng Xưa',
  'Gia Bảo', 'Đông Á', 'Hợp Nhất', 'Tiến Thành', 'Bình An', 'Xuân Mai', 'Nhật Minh', 'Thịnh Vượng', 'Đức Tín', 'Kim Phát',
];

const STREETS = [
  'Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Quang Trung', 'Nguyễn Trãi', 'Hùng Vương', 'Lê Duẩn',
  'Phan Chu Trinh', 'Điện Biên Phủ', 'Võ Thị Sáu', 'Nguyễn Văn Cừ', 'Trần Phú', 'Bà Triệu', 'Ngô Quyền', 'Lê Thánh Tông', 'Hoàng Diệu',
  'Nguyễn Thị Minh Khai', 'Cách Mạng Tháng Tám', 'Nguyễn Du', 'Tôn Đức Thắng', 'Phạm Văn Đồng', 'Võ Nguyên Giáp', 'Nguyễn Chí Thanh',
  'Lạc Long Quân', 'Âu Cơ', 'Chu Văn An', 'Lê Hồng Phong', 'Phan Đình Phùng', 'Trường Chinh', 'Nguyễn Tất Thành', 'Lê Quý Đôn',
];
const HAMLET_WORDS = ['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'An', 'Bình', 'Phú', 'Tân', 'Hòa', 'Thạnh', 'Long', 'Mỹ', 'Hưng', 'Lợi', 'Thuận', 'Phước', 'Lộc', 'Thịnh', 'Yên', 'Đồng', 'Xuân'];
const MOUNTAIN_VILLAGES = ['Na Sang', 'Hua Lá', 'Nà Tấu', 'Pá Khoang', 'Nậm Cang', 'Khuổi Ky', 'Lũng Cẩm', 'Phiêng Luông', 'Co Muông', 'Huổi Lếch', 'Pắc Ngòi', 'Bản Mòng', 'Tả Van', 'Sín Chải', 'Nà Hang'];
const HIGHLAND_VILLAGES = ['Buôn Kô Sir', 'Buôn Ako Dhông', 'Buôn Trấp', 'Buôn Tơng Jú', 'Làng Plei Ring', 'Làng Plei Ơi', 'Làng Đê Kjiêng', 'Làng Kon Klor', 'Buôn Ea Bông', 'Làng Kép'];

const OPENING_HOURS = ['Mo-Su 07:00-21:00', 'Mo-Su 06:30-20:00', 'Mo-Sa 07:30-20:30; Su 08:00-12:00', 'Mo-Su 08:00-22:00', 'Mo-Su 05:30-18:00', 'Mo-Fr 07:30-17:00; Sa 07:30-11:30'];

function personName(rng: Rng): string {
  const female = rng.chance(0.55);
  return `${rng.weighted(FAMILY_NAMES, FAMILY_WEIGHTS)} ${rng.pick(female ? MIDDLE_NAMES_F : MIDDLE_NAMES_M)} ${rng.pick(female ? GIVEN_F : GIVEN_M)}`;
}

function street(rng: Rng, place: Place): string {
  if (place.commune.name.startsWith('Đặc khu')) return rng.chance(0.5) ? `Khu phố ${rng.int(1, 8)}` : `${rng.int(1, 250)} ${rng.pick(STREETS)}`;
  if (place.isUrban) {
    const n = rng.int(1, 420);
    switch (rng.int(0, 4)) {
      case 0:
        return `Số ${n} đường ${rng.pick(STREETS)}`;
      case 1:
        return `${n}/${rng.int(1, 40)} ${rng.pick(STREETS)}`;
      case 2:
        return `${n}${rng.pick(['A', 'B', 'C'])} ${rng.pick(STREETS)}`;
      default:
        return `${n} ${rng.pick(STREETS)}`;
    }
  }
  switch (place.region) {
    case 'mien-nui-bac':
      return rng.chance(0.5) ? `Bản ${rng.pick(MOUNTAIN_VILLAGES)}` : `Thôn ${rng.pick(HAMLET_WORDS)} ${rng.pick(HAMLET_WORDS)}`;
    case 'tay-nguyen':
      return rng.chance(0.4) ? rng.pick(HIGHLAND_VILLAGES) : `Thôn ${rng.int(1, 12)}`;
    case 'dong-nam-bo':
    case 'dbscl':
      return rng.chance(0.6) ? `Ấp ${rng.pick(HAMLET_WORDS)} ${rng.pick(HAMLET_WORDS)}` : `Ấp ${rng.int(1, 9)}`;
    case 'dong-bang-bac':
      return rng.chance(0.5) ? `Thôn ${rng.pick(HAMLET_WORDS)}` : `Xóm ${rng.int(1, 12)}, thôn ${rng.pick(HAMLET_WORDS)} ${rng.pick(HAMLET_WORDS)}`;
    default:
      return rng.chance(0.6) ? `Thôn ${rng.pick(HAMLET_WORDS)} ${rng.pick(HAMLET_WORDS)}` : `Thôn ${rng.int(1, 10)}`;
  }
}

function mobile(rng: Rng): string {
  const prefix = rng.pick(['090', '091', '093', '094', '096', '097', '098', '086', '083', '088', '070', '079', '077', '081', '085']);
  return `${prefix}${rng.int(0, 9)} ${String(rng.int(0, 999)).padStart(3, '0')} ${String(rng.int(0, 999)).padStart(3, '0')}`;
}

function landline(rng: Rng, province: Province): string {
  if (province.code === '01') return `024 ${rng.int(3, 3)}${String(rng.int(0, 9999999)).padStart(7, '0').slice(0, 3)} ${String(rng.int(0, 9999)).padStart(4, '0')}`;
  if (province.code === '79') return `028 ${rng.int(3, 3)}${String(rng.int(0, 999)).padStart(3, '0')} ${String(rng.int(0, 9999)).padStart(4, '0')}`;
  const area = 200 + (hash32(province.code) % 100);
  return `0${area} ${rng.int(3, 3)}${String(rng.int(0, 999)).padStart(3, '0')} ${String(rng.int(0, 999)).padStart(3, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Product families per OCOP group

type Group2022 = 'thuc-pham' | 'do-uong' | 'duoc-lieu' | 'thu-cong-my-nghe' | 'sinh-vat-canh' | 'du-lich-cong-dong';

interface Family {
  /** Product name before the place or brand, e.g. "Mật ong hoa cà phê". */
  base: string;
  group: Group2022;
  /** Word used in business names: "Hợp tác xã Mật ong …". */
  trade: string;
  /** Regions where it is made; empty means anywhere. */
  regions: Region[];
}

const ALL_COASTS: Region[] = ['dong-bang-bac', 'bac-trung-bo', 'duyen-hai-nam-trung-bo', 'dong-nam-bo', 'dbscl'];

const FAMILIES: Family[] = [
  // Thực phẩm
  { base: 'Gạo ST25', group: 'thuc-pham', trade: 'Lúa gạo', regions: ['dbscl'] },
  { base: 'Gạo thơm lài', group: 'thuc-pham', trade: 'Lúa gạo', regions: ['dbscl'] },
  { base: 'Gạo nếp cái hoa vàng', group: 'thuc-pham', trade: 'Lúa gạo', regions: ['dong-bang-bac'] },
  { base: 'Gạo tám xoan', group: 'thuc-pham', trade: 'Lúa gạo', regions: ['dong-bang-bac', 'bac-trung-bo'] },
  { base: 'Gạo Séng Cù', group: 'thuc-pham', trade: 'Lúa gạo', regions: ['mien-nui-bac'] },
  { base: 'Gạo lứt đỏ', group: 'thuc-pham', trade: 'Lúa gạo', regions: [] },
  { base: 'Mật ong hoa cà phê', group: 'thuc-pham', trade: 'Mật ong', regions: ['tay-nguyen'] },
  { base: 'Mật ong bạc hà', group: 'thuc-pham', trade: 'Mật ong', regions: ['mien-nui-bac'] },
  { base: 'Mật ong rừng tràm', group: 'thuc-pham', trade: 'Mật ong', regions: ['dbscl'] },
  { base: 'Mật ong hoa nhãn', group: 'thuc-pham', trade: 'Mật ong', regions: ['dong-bang-bac', 'dong-nam-bo'] },
  { base: 'Nước mắm cá cơm', group: 'thuc-pham', trade: 'Nước mắm', regions: ALL_COASTS },
  { base: 'Nước mắm truyền thống', group: 'thuc-pham', trade: 'Nước mắm', regions: ALL_COASTS },
  { base: 'Mắm tôm', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['dong-bang-bac', 'bac-trung-bo'] },
  { base: 'Mắm tôm chua', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['bac-trung-bo'] },
  { base: 'Khô cá dứa', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['dbscl'] },
  { base: 'Tôm khô', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['dbscl', 'duyen-hai-nam-trung-bo'] },
  { base: 'Mực một nắng', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['duyen-hai-nam-trung-bo', 'dong-bang-bac'] },
  { base: 'Chả cá thu', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['duyen-hai-nam-trung-bo', 'dong-bang-bac'] },
  { base: 'Giò lụa', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['dong-bang-bac', 'bac-trung-bo'] },
  { base: 'Nem chua', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['bac-trung-bo'] },
  { base: 'Lạp xưởng', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['dbscl', 'dong-nam-bo'] },
  { base: 'Bánh tráng phơi sương', group: 'thuc-pham', trade: 'Bánh tráng', regions: ['dong-nam-bo'] },
  { base: 'Bánh tráng nước dừa', group: 'thuc-pham', trade: 'Bánh tráng', regions: ['duyen-hai-nam-trung-bo'] },
  { base: 'Bánh pía', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['dbscl'] },
  { base: 'Kẹo dừa', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['dbscl'] },
  { base: 'Bánh đậu xanh', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['dong-bang-bac'] },
  { base: 'Bánh cáy', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['dong-bang-bac'] },
  { base: 'Kẹo cu đơ', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['bac-trung-bo'] },
  { base: 'Mè xửng', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['bac-trung-bo'] },
  { base: 'Miến dong', group: 'thuc-pham', trade: 'Nông sản', regions: ['mien-nui-bac', 'dong-bang-bac'] },
  { base: 'Bún khô', group: 'thuc-pham', trade: 'Thực phẩm', regions: [] },
  { base: 'Phở khô', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['dong-bang-bac'] },
  { base: 'Hủ tiếu khô', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['dbscl'] },
  { base: 'Hạt điều rang muối', group: 'thuc-pham', trade: 'Nông sản', regions: ['dong-nam-bo', 'tay-nguyen'] },
  { base: 'Hạt tiêu đen', group: 'thuc-pham', trade: 'Nông sản', regions: ['tay-nguyen', 'dong-nam-bo'] },
  { base: 'Hạt mắc ca', group: 'thuc-pham', trade: 'Nông sản', regions: ['tay-nguyen', 'mien-nui-bac'] },
  { base: 'Thịt trâu gác bếp', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['mien-nui-bac'] },
  { base: 'Măng khô', group: 'thuc-pham', trade: 'Nông sản', regions: ['mien-nui-bac', 'tay-nguyen'] },
  { base: 'Nấm hương rừng', group: 'thuc-pham', trade: 'Nông sản', regions: ['mien-nui-bac'] },
  { base: 'Trứng vịt muối', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['dbscl'] },
  { base: 'Chà bông cá lóc', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['dbscl'] },
  { base: 'Xoài cát chu', group: 'thuc-pham', trade: 'Trái cây', regions: ['dbscl'] },
  { base: 'Bưởi da xanh', group: 'thuc-pham', trade: 'Trái cây', regions: ['dbscl', 'dong-nam-bo'] },
  { base: 'Vải thiều', group: 'thuc-pham', trade: 'Trái cây', regions: ['dong-bang-bac'] },
  { base: 'Nhãn lồng', group: 'thuc-pham', trade: 'Trái cây', regions: ['dong-bang-bac'] },
  { base: 'Cam sành', group: 'thuc-pham', trade: 'Trái cây', regions: ['mien-nui-bac', 'dbscl'] },
  { base: 'Sầu riêng', group: 'thuc-pham', trade: 'Trái cây', regions: ['tay-nguyen', 'dbscl', 'dong-nam-bo'] },
  { base: 'Thanh long ruột đỏ', group: 'thuc-pham', trade: 'Trái cây', regions: ['dbscl', 'duyen-hai-nam-trung-bo'] },
  { base: 'Mứt gừng', group: 'thuc-pham', trade: 'Thực phẩm', regions: [] },
  { base: 'Tương ớt', group: 'thuc-pham', trade: 'Thực phẩm', regions: [] },
  { base: 'Tỏi cô đơn', group: 'thuc-pham', trade: 'Nông sản', regions: ['duyen-hai-nam-trung-bo'] },
  { base: 'Yến sào', group: 'thuc-pham', trade: 'Yến sào', regions: ['duyen-hai-nam-trung-bo', 'dbscl'] },
  { base: 'Muối tôm', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['tay-nguyen'] },
  // Đồ uống
  { base: 'Cà phê bột nguyên chất', group: 'do-uong', trade: 'Cà phê', regions: ['tay-nguyen'] },
  { base: 'Cà phê rang xay', group: 'do-uong', trade: 'Cà phê', regions: ['tay-nguyen', 'dong-nam-bo'] },
  { base: 'Cà phê Arabica', group: 'do-uong', trade: 'Cà phê', regions: ['tay-nguyen', 'mien-nui-bac'] },
  { base: 'Trà xanh', group: 'do-uong', trade: 'Chè', regions: ['mien-nui-bac', 'dong-bang-bac'] },
  { base: 'Chè Shan tuyết cổ thụ', group: 'do-uong', trade: 'Chè', regions: ['mien-nui-bac'] },
  { base: 'Trà sen', group: 'do-uong', trade: 'Chè', regions: ['dong-bang-bac'] },
  { base: 'Trà Ô long', group: 'do-uong', trade: 'Chè', regions: ['tay-nguyen'] },
  { base: 'Rượu nếp cái hoa vàng', group: 'do-uong', trade: 'Rượu truyền thống', regions: ['dong-bang-bac'] },
  { base: 'Rượu ngô men lá', group: 'do-uong', trade: 'Rượu truyền thống', regions: ['mien-nui-bac'] },
  { base: 'Rượu cần', group: 'do-uong', trade: 'Rượu truyền thống', regions: ['tay-nguyen'] },
  { base: 'Rượu sim', group: 'do-uong', trade: 'Rượu truyền thống', regions: ['dong-bang-bac', 'tay-nguyen'] },
  { base: 'Rượu gạo truyền thống', group: 'do-uong', trade: 'Rượu truyền thống', regions: [] },
  { base: 'Nước cốt chanh dây', group: 'do-uong', trade: 'Đồ uống', regions: ['tay-nguyen'] },
  { base: 'Nước ép nhàu', group: 'do-uong', trade: 'Đồ uống', regions: [] },
  { base: 'Nước dừa đóng chai', group: 'do-uong', trade: 'Đồ uống', regions: ['dbscl'] },
  // Dược liệu
  { base: 'Cao atiso', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['tay-nguyen'] },
  { base: 'Trà atiso túi lọc', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['tay-nguyen'] },
  { base: 'Tinh dầu sả chanh', group: 'duoc-lieu', trade: 'Tinh dầu', regions: [] },
  { base: 'Tinh dầu tràm', group: 'duoc-lieu', trade: 'Tinh dầu', regions: ['bac-trung-bo'] },
  { base: 'Tinh dầu quế', group: 'duoc-lieu', trade: 'Tinh dầu', regions: ['bac-trung-bo', 'mien-nui-bac'] },
  { base: 'Sâm Ngọc Linh', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['duyen-hai-nam-trung-bo', 'tay-nguyen'] },
  { base: 'Đông trùng hạ thảo', group: 'duoc-lieu', trade: 'Dược liệu', regions: [] },
  { base: 'Tinh bột nghệ', group: 'duoc-lieu', trade: 'Dược liệu', regions: [] },
  { base: 'Cao xạ đen', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['dong-bang-bac', 'mien-nui-bac'] },
  { base: 'Trà túi lọc cà gai leo', group: 'duoc-lieu', trade: 'Dược liệu', regions: [] },
  { base: 'Xà phòng thảo dược', group: 'duoc-lieu', trade: 'Dược liệu', regions: [] },
  { base: 'Giảo cổ lam', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['mien-nui-bac'] },
  { base: 'Tam thất', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['mien-nui-bac'] },
  // Thủ công mỹ nghệ
  { base: 'Gốm sứ men lam', group: 'thu-cong-my-nghe', trade: 'Gốm sứ', regions: ['dong-bang-bac'] },
  { base: 'Gốm thủ công', group: 'thu-cong-my-nghe', trade: 'Gốm sứ', regions: [] },
  { base: 'Mây tre đan', group: 'thu-cong-my-nghe', trade: 'Mây tre đan', regions: [] },
  { base: 'Chiếu cói', group: 'thu-cong-my-nghe', trade: 'Cói', regions: ['dong-bang-bac', 'bac-trung-bo'] },
  { base: 'Thổ cẩm dệt tay', group: 'thu-cong-my-nghe', trade: 'Thổ cẩm', regions: ['mien-nui-bac', 'tay-nguyen'] },
  { base: 'Nón lá', group: 'thu-cong-my-nghe', trade: 'Nón lá', regions: ['bac-trung-bo'] },
  { base: 'Tranh thêu tay', group: 'thu-cong-my-nghe', trade: 'Thêu ren', regions: ['dong-bang-bac'] },
  { base: 'Khăn lụa tơ tằm', group: 'thu-cong-my-nghe', trade: 'Dâu tằm tơ', regions: ['dong-bang-bac', 'tay-nguyen'] },
  { base: 'Đồ gỗ mỹ nghệ', group: 'thu-cong-my-nghe', trade: 'Mỹ nghệ', regions: ['dong-bang-bac', 'duyen-hai-nam-trung-bo'] },
  { base: 'Túi lục bình', group: 'thu-cong-my-nghe', trade: 'Thủ công Mỹ nghệ', regions: ['dbscl'] },
  { base: 'Đèn lồng', group: 'thu-cong-my-nghe', trade: 'Thủ công Mỹ nghệ', regions: ['duyen-hai-nam-trung-bo'] },
  // Sinh vật cảnh
  { base: 'Lan hồ điệp', group: 'sinh-vat-canh', trade: 'Hoa cây cảnh', regions: [] },
  { base: 'Mai vàng', group: 'sinh-vat-canh', trade: 'Hoa cây cảnh', regions: ['dong-nam-bo', 'dbscl', 'duyen-hai-nam-trung-bo'] },
  { base: 'Đào cảnh', group: 'sinh-vat-canh', trade: 'Hoa cây cảnh', regions: ['dong-bang-bac'] },
  { base: 'Bonsai mini', group: 'sinh-vat-canh', trade: 'Hoa cây cảnh', regions: [] },
  { base: 'Kiểng lá', group: 'sinh-vat-canh', trade: 'Hoa cây cảnh', regions: ['dbscl'] },
  { base: 'Cá cảnh', group: 'sinh-vat-canh', trade: 'Sinh vật cảnh', regions: [] },
  // Du lịch cộng đồng
  { base: 'Điểm du lịch cộng đồng', group: 'du-lich-cong-dong', trade: 'Du lịch cộng đồng', regions: ['mien-nui-bac', 'tay-nguyen', 'bac-trung-bo'] },
  { base: 'Homestay sinh thái', group: 'du-lich-cong-dong', trade: 'Du lịch sinh thái', regions: [] },
  { base: 'Du lịch sinh thái miệt vườn', group: 'du-lich-cong-dong', trade: 'Du lịch sinh thái', regions: ['dbscl'] },
  { base: 'Du lịch trải nghiệm làng nghề', group: 'du-lich-cong-dong', trade: 'Du lịch cộng đồng', regions: ['dong-bang-bac', 'bac-trung-bo'] },
];

const GROUP_SHARES: readonly (readonly [Group2022, number])[] = [
  ['thuc-pham', 0.6],
  ['do-uong', 0.14],
  ['duoc-lieu', 0.1],
  ['thu-cong-my-nghe', 0.09],
  ['sinh-vat-canh', 0.03],
  ['du-lich-cong-dong', 0.04],
];

/** The pre-2022 group printed on certificates issued before QĐ 919/QĐ-TTg. */
function legacyGroup(family: Family): OcopGroup {
  switch (family.group) {
    case 'duoc-lieu':
      return 'thao-duoc';
    case 'thu-cong-my-nghe':
      return family.trade === 'Thổ cẩm' || family.trade === 'Dâu tằm tơ' ? 'vai-may-mac' : 'luu-niem-noi-that';
    case 'sinh-vat-canh':
      return 'luu-niem-noi-that';
    case 'du-lich-cong-dong':
      return 'du-lich-nong-thon';
    default:
      return family.group;
  }
}

/** Variants that tell apart two products of one maker with the same name. */
const VARIANTS: Record<Group2022, string[]> = {
  'thuc-pham': ['loại đặc biệt', 'hộp quà', 'túi 500 g', 'hũ 250 g', 'truyền thống'],
  'do-uong': ['loại đặc biệt', 'hộp quà', 'chai 500 ml', 'túi 250 g'],
  'duoc-lieu': ['hộp 30 gói', 'lọ 100 ml', 'loại đặc biệt'],
  'thu-cong-my-nghe': ['mẫu truyền thống', 'cỡ lớn', 'bộ quà tặng'],
  'sinh-vat-canh': ['chậu lớn', 'chậu nhỏ', 'dáng trực'],
  'du-lich-cong-dong': [],
};

const SECTOR_WORDS: Record<Group2022, string[]> = {
  'thuc-pham': ['Thực phẩm', 'Nông sản', 'Chế biến Nông sản', 'Thương mại và Dịch vụ', 'Xuất nhập khẩu Nông sản', 'Thực phẩm sạch'],
  'do-uong': ['Đồ uống', 'Thực phẩm và Đồ uống', 'Thương mại và Dịch vụ'],
  'duoc-lieu': ['Dược liệu', 'Dược thảo', 'Công nghệ Sinh học'],
  'thu-cong-my-nghe': ['Thủ công Mỹ nghệ', 'Mỹ nghệ', 'Xuất khẩu Thủ công'],
  'sinh-vat-canh': ['Hoa Cây cảnh', 'Nông nghiệp Công nghệ cao'],
  'du-lich-cong-dong': ['Du lịch Sinh thái', 'Du lịch và Dịch vụ'],
};

// ---------------------------------------------------------------------------------------------
// Images: still lifes for products and landscapes for news covers, drawn as SVG, encoded as JPEG

interface Palette {
  name: string;
  bgName: string;
  colors: [string, string, string, string, string];
}

const PALETTES: Palette[] = [
  { name: 'đỏ và vàng', bgName: 'vàng nhạt', colors: ['#c62828', '#f9a825', '#fff3c4', '#8d1c1c', '#ffd54f'] },
  { name: 'xanh lá và vàng', bgName: 'xanh nhạt', colors: ['#2e7d32', '#c0ca33', '#eef6e4', '#1b5e20', '#fdd835'] },
  { name: 'nâu và kem', bgName: 'kem', colors: ['#5d4037', '#a1887f', '#fff3e0', '#3e2723', '#d7ccc8'] },
  { name: 'xanh dương và trắng', bgName: 'xanh da trời', colors: ['#1565c0', '#90caf9', '#dcefff', '#0d47a1', '#ffffff'] },
  { name: 'cam và nâu', bgName: 'vàng kem', colors: ['#ef6c00', '#8d6e63', '#fff8e1', '#bf360c', '#ffb74d'] },
  { name: 'tím và hồng', bgName: 'hồng nhạt', colors: ['#6a1b9a', '#f48fb1', '#fce4ec', '#4a148c', '#ce93d8'] },
  { name: 'xanh ngọc và màu cát', bgName: 'xanh ngọc nhạt', colors: ['#00897b', '#e6c27a', '#e0f2f1', '#004d40', '#ffe0b2'] },
  { name: 'đỏ son và đen', bgName: 'xám nhạt', colors: ['#b71c1c', '#212121', '#f2f2f2', '#7f0000', '#ef9a9a'] },
  { name: 'vàng và xanh rêu', bgName: 'vàng nhạt', colors: ['#f9a825', '#558b2f', '#fffde7', '#33691e', '#dce775'] },
  { name: 'hồng đào và xanh lá', bgName: 'xanh nhạt', colors: ['#ec407a', '#66bb6a', '#f1f8e9', '#ad1457', '#a5d6a7'] },
];

const GROUP_PALETTES: Record<Group2022, number[]> = {
  'thuc-pham': [0, 2, 4, 8],
  'do-uong': [2, 1, 4, 6],
  'duoc-lieu': [1, 6, 8],
  'thu-cong-my-nghe': [2, 7, 6, 4],
  'sinh-vat-canh': [5, 9, 1],
  'du-lich-cong-dong': [3, 1, 6],
};

const W = 800;
const H = 450;
const JPEG = { quality: 72, chromaSubsampling: '4:2:0', mozjpeg: false, progressive: false } as const;

const f1 = (n: number) => (Math.round(n * 10) / 10).toString();

/** Small soft dots that give the picture some texture (and a realistic file size). */
function texture(rng: Rng, p: Palette, count: number, yMin = 0): string {
  let s = '';
  for (let i = 0; i < count; i++) {
    s += `<circle cx="${f1(rng.float(0, W))}" cy="${f1(rng.float(yMin, H))}" r="${f1(rng.float(1.5, 7))}" fill="${rng.pick(p.colors)}" opacity="${f1(rng.float(0.15, 0.6))}"/>`;
  }
  return s;
}

const COUNT_WORDS = ['', 'một', 'hai', 'ba', 'bốn'];

function productSvg(rng: Rng, p: Palette): { svg: string; alt: string } {
  const [c1, c2, light, dark, accent] = p.colors;
  let body = `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${accent}" stop-opacity="0.55"/></linearGradient></defs>`;
  body += `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  body += texture(rng, p, rng.int(40, 90));
  const tableY = rng.int(300, 350);
  body += `<rect x="0" y="${tableY}" width="${W}" height="${H - tableY}" fill="${dark}" opacity="0.85"/>`;
  body += `<rect x="0" y="${tableY}" width="${W}" height="8" fill="${c2}" opacity="0.7"/>`;
  const kind = rng.pick(['hũ', 'chai', 'giỏ', 'gói'] as const);
  const n = rng.int(1, 3);
  const spacing = W / (n + 1);
  for (let i = 0; i < n; i++) {
    const cx = spacing * (i + 1) + rng.float(-30, 30);
    const fill = i % 2 ? c2 : c1;
    if (kind === 'hũ') {
      const w = rng.float(110, 160);
      const h = rng.float(130, 190);
      body += `<rect x="${f1(cx - w / 2)}" y="${f1(tableY - h)}" width="${f1(w)}" height="${f1(h)}" rx="${f1(w / 5)}" fill="${fill}"/>`;
      body += `<rect x="${f1(cx - w / 2 - 6)}" y="${f1(tableY - h - 26)}" width="${f1(w + 12)}" height="30" rx="8" fill="${dark}"/>`;
      body += `<rect x="${f1(cx - w / 3)}" y="${f1(tableY - h * 0.65)}" width="${f1((w * 2) / 3)}" height="${f1(h * 0.3)}" rx="6" fill="${light}" opacity="0.9"/>`;
    } else if (kind === 'chai') {
      const w = rng.float(70, 100);
      const h = rng.float(170, 230);
      body += `<rect x="${f1(cx - w / 2)}" y="${f1(tableY - h)}" width="${f1(w)}" height="${f1(h)}" rx="18" fill="${fill}"/>`;
      body += `<rect x="${f1(cx - w / 6)}" y="${f1(tableY - h - 60)}" width="${f1(w / 3)}" height="70" rx="6" fill="${fill}"/>`;
      body += `<rect x="${f1(cx - w / 5)}" y="${f1(tableY - h - 72)}" width="${f1((w * 2) / 5)}" height="18" rx="4" fill="${dark}"/>`;
      body += `<rect x="${f1(cx - w / 2 + 8)}" y="${f1(tableY - h * 0.6)}" width="${f1(w - 16)}" height="${f1(h * 0.28)}" rx="4" fill="${light}" opacity="0.9"/>`;
    } else if (kind === 'giỏ') {
      const rx = rng.float(90, 130);
      const ry = rng.float(50, 70);
      body += `<path d="M${f1(cx - rx)} ${f1(tableY - ry)} Q ${f1(cx)} ${f1(tableY + ry)} ${f1(cx + rx)} ${f1(tableY - ry)} Z" fill="${fill}"/>`;
      for (let k = 0; k < 5; k++) {
        body += `<circle cx="${f1(cx + rng.float(-rx * 0.7, rx * 0.7))}" cy="${f1(tableY - ry - rng.float(5, 40))}" r="${f1(rng.float(18, 32))}" fill="${k % 2 ? accent : c2}"/>`;
      }
      body += `<path d="M${f1(cx - rx * 0.8)} ${f1(tableY - ry)} Q ${f1(cx)} ${f1(tableY - ry - 160)} ${f1(cx + rx * 0.8)} ${f1(tableY - ry)}" stroke="${dark}" stroke-width="10" fill="none"/>`;
    } else {
      const w = rng.float(120, 170);
      const h = rng.float(150, 200);
      body += `<path d="M${f1(cx - w / 2)} ${tableY} L ${f1(cx - w / 2 + 10)} ${f1(tableY - h)} L ${f1(cx + w / 2 - 10)} ${f1(tableY - h)} L ${f1(cx + w / 2)} ${tableY} Z" fill="${fill}"/>`;
      body += `<rect x="${f1(cx - w / 2 + 10)}" y="${f1(tableY - h - 14)}" width="${f1(w - 20)}" height="16" fill="${dark}"/>`;
      body += `<circle cx="${f1(cx)}" cy="${f1(tableY - h / 2)}" r="${f1(w / 5)}" fill="${light}" opacity="0.9"/>`;
    }
  }
  const leaves = rng.int(2, 6);
  for (let i = 0; i < leaves; i++) {
    const x = rng.float(20, W - 20);
    body += `<ellipse cx="${f1(x)}" cy="${f1(tableY + rng.float(20, 80))}" rx="${f1(rng.float(20, 40))}" ry="${f1(rng.float(8, 14))}" fill="${c2}" opacity="0.85" transform="rotate(${rng.int(-40, 40)} ${f1(x)} ${tableY + 40})"/>`;
  }
  const things = { hũ: 'hũ', chai: 'chai', giỏ: 'giỏ quả', gói: 'gói hàng' }[kind];
  const alt = `Hình minh họa, không phải ảnh chụp sản phẩm: ${COUNT_WORDS[n]} ${things} màu ${p.name} đặt trên mặt bàn, nền ${p.bgName}`;
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`, alt };
}

function coverSvg(rng: Rng, p: Palette): { svg: string; alt: string } {
  const [c1, c2, light, dark, accent] = p.colors;
  let body = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${accent}" stop-opacity="0.7"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>`;
  body += `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += `<circle cx="${f1(rng.float(80, W - 80))}" cy="${f1(rng.float(50, 130))}" r="${f1(rng.float(35, 70))}" fill="${c2}" opacity="0.9"/>`;
  body += texture(rng, p, rng.int(30, 60), 0);
  const scene = rng.pick(['đồi', 'gian hàng', 'ruộng'] as const);
  const layers = rng.int(2, 4);
  for (let i = 0; i < layers; i++) {
    const base = 230 + i * (150 / layers) + rng.float(-15, 15);
    const a = base - rng.float(20, 80);
    const b = base + rng.float(-30, 30);
    body += `<path d="M0 ${f1(base)} Q ${f1(rng.float(100, 300))} ${f1(a)} ${f1(rng.float(350, 450))} ${f1(b)} T ${W} ${f1(base + rng.float(-40, 20))} L ${W} ${H} L 0 ${H} Z" fill="${i % 2 ? c1 : dark}" opacity="${f1(0.55 + (0.45 * (i + 1)) / layers)}"/>`;
  }
  if (scene === 'gian hàng') {
    const stalls = rng.int(3, 6);
    const y = rng.int(280, 320);
    const w = W / (stalls + 1);
    for (let i = 0; i < stalls; i++) {
      const x = w * (i + 0.5) + rng.float(0, w * 0.3);
      const colour = i % 2 ? c1 : accent;
      body += `<rect x="${f1(x)}" y="${y}" width="${f1(w * 0.8)}" height="${f1(H - y - 20)}" fill="${light}"/>`;
      body += `<path d="M${f1(x - 10)} ${y} L ${f1(x + w * 0.4)} ${y - 55} L ${f1(x + w * 0.8 + 10)} ${y} Z" fill="${colour}"/>`;
      body += `<rect x="${f1(x + 8)}" y="${y + 30}" width="${f1(w * 0.8 - 16)}" height="22" fill="${dark}" opacity="0.8"/>`;
    }
  } else if (scene === 'ruộng') {
    for (let i = 0; i < 9; i++) {
      const y = 330 + i * 14;
      body += `<path d="M0 ${y} L ${W} ${y - rng.int(10, 40)}" stroke="${i % 2 ? c2 : light}" stroke-width="5" opacity="0.7"/>`;
    }
  }
  const alt =
    scene === 'đồi'
      ? `Hình minh họa: ${COUNT_WORDS[layers]} lớp đồi màu ${p.name} dưới mặt trời, nền trời ${p.bgName}`
      : scene === 'gian hàng'
        ? `Hình minh họa: dãy gian hàng mái nhọn trước những ngọn đồi màu ${p.name}`
        : `Hình minh họa: cánh đồng kẻ sọc và đồi thấp màu ${p.name}`;
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`, alt };
}

interface ImageJob {
  file: string;
  svg: string;
}

async function encodeImages(jobs: ImageJob[]): Promise<{ count: number; bytes: number; max: number }> {
  let bytes = 0;
  let max = 0;
  const concurrency = 8;
  for (let i = 0; i < jobs.length; i += concurrency) {
    await Promise.all(
      jobs.slice(i, i + concurrency).map(async (job) => {
        const buffer = await sharp(Buffer.from(job.svg), { density: 72 }).jpeg(JPEG).toBuffer();
        bytes += buffer.length;
        max = Math.max(max, buffer.length);
        await writeFile(job.file, buffer);
      }),
    );
  }
  return { count: jobs.length, bytes, max };
}

// ---------------------------------------------------------------------------------------------
// Records

interface Business {
  id: string;
  name: string;
  brand: string;
  kind: 'doanh-nghiep' | 'hop-tac-xa' | 'ho-kinh-doanh' | 'co-so-san-xuat';
  place: Place;
  family: Family;
  record: { [key: string]: Yaml };
}

interface Product {
  id: string;
  name: string;
  business: Business;
  place: Place;
  family: Family;
  status: CertificateStatus | 'none';
  record: { [key: string]: Yaml };
}

interface Point {
  id: string;
  name: string;
  place: Place;
  yearOpened: number;
  record: { [key: string]: Yaml };
}

interface Fair {
  id: string;
  title: string;
  place: Place;
  start: string;
  status: string;
  phase: string;
  frontmatter: { [key: string]: Yaml };
  body: string[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Generation

export interface Summary {
  counts: Record<string, number>;
  images: { count: number; bytes: number; max: number };
  files: number;
}

export async function generate(options: Options): Promise<Summary> {
  const { scale, seed, today } = options;
  const out = options.out;
  const rngFor = (label: string) => new Rng(`${seed}:${label}`);
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  const todayYear = yearOf(today);
  const verifyAt = new Date(`${today}T12:00:00+07:00`);

  await prepareOutput(out);

  const provinces = buildGeography(seed);
  const provinceTable = new WeightedTable(provinces, provinces.map((p) => p.weight));
  const provinceByCode = new Map(provinces.map((p) => [p.province.code, p]));
  const familiesFor = (group: Group2022, region: Region) => {
    const inGroup = FAMILIES.filter((f) => f.group === group);
    const local = inGroup.filter((f) => !f.regions.length || f.regions.includes(region));
    return local.length ? local : inGroup.filter((f) => !f.regions.length);
  };
  const groupTable = new WeightedTable(GROUP_SHARES.map(([g]) => g), GROUP_SHARES.map(([, w]) => w));

  // ---- Businesses
  const businesses: Business[] = [];
  {
    const rng = rngFor('businesses');
    const ids = new IdMaker();
    const names = new Set<string>();
    const taxCodes = new Set<string>();
    const nBusinesses = count(3000);
    for (let i = 0; i < nBusinesses; i++) {
      const info = provinceTable.pick(rng);
      const place = info.table.pick(rng);
      const group = groupTable.pick(rng);
      const family = rng.pick(familiesFor(group, place.region));
      const kind = rng.weighted(['doanh-nghiep', 'hop-tac-xa', 'ho-kinh-doanh', 'co-so-san-xuat'] as const, [45, 33, 14, 8]);
      let name = '';
      let brand = '';
      for (let attempt = 0; attempt < 8 && (!name || names.has(name)); attempt++) {
        brand = attempt > 4 || rng.chance(0.3) ? place.short : rng.pick(BRANDS);
        if (attempt > 5) brand = `${rng.pick(BRANDS)} ${place.short}`;
        switch (kind) {
          case 'doanh-nghiep': {
            const form = rng.weighted(['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV', 'Doanh nghiệp tư nhân'], [50, 25, 15, 10]);
            name = form === 'Doanh nghiệp tư nhân' ? `${form} ${brand}` : `${form} ${rng.pick(SECTOR_WORDS[family.group])} ${brand}`;
            break;
          }
          case 'hop-tac-xa':
            name = rng.chance(0.25) ? `Hợp tác xã Nông nghiệp Dịch vụ ${brand}` : `Hợp tác xã ${family.trade} ${brand}`;
            break;
          case 'ho-kinh-doanh':
            brand = personName(rng);
            name = `Hộ kinh doanh ${brand}`;
            break;
          default:
            name = `Cơ sở sản xuất ${family.trade.toLowerCase()} ${brand}`;
        }
      }
      names.add(name);
      let taxCode = '';
      while (!taxCode || taxCodes.has(taxCode.slice(0, 10))) {
        const first9 = `${String(rng.int(1, 99)).padStart(2, '0')}${String(rng.int(0, 9999999)).padStart(7, '0')}`;
        const check = taxCheckDigit(first9);
        if (check !== undefined) taxCode = `${first9}${check}`;
      }
      taxCodes.add(taxCode);
      const branch = kind === 'doanh-nghiep' && rng.chance(0.04);
      if (branch) {
        taxCode = `${taxCode}-${String(rng.int(1, 12)).padStart(3, '0')}`;
        name = `Chi nhánh ${name} tại ${info.province.shortName}`;
      }
      const id = ids.make(name);
      const products = family.base.toLowerCase();
      const description =
        kind === 'hop-tac-xa'
          ? `Hợp tác xã có ${rng.int(7, 120)} thành viên, sản xuất ${products} và các sản phẩm ${family.trade.toLowerCase()} tại ${place.label}, ${info.label}.`
          : kind === 'ho-kinh-doanh'
            ? `Hộ gia đình sản xuất ${products} theo cách truyền thống tại ${place.label}.`
            : `Sản xuất và kinh doanh ${products}, nguyên liệu từ vùng trồng và cơ sở liên kết tại ${info.label}.`;
      const record: { [key: string]: Yaml } = {
        id,
        name,
        kind,
        taxCode,
        address: { street: street(rng, place), commune: place.commune.code, province: info.province.code },
        phone: rng.chance(0.85) ? (rng.chance(0.5) ? mobile(rng) : landline(rng, info.province)) : undefined,
        website: kind === 'doanh-nghiep' && rng.chance(0.3) ? `https://${slugify(brand).replace(/-/g, '')}.example.vn` : undefined,
        description: rng.chance(0.8) ? description : undefined,
        sample: true,
      };
      businesses.push({ id, name, brand, kind, place, family, record });
    }
  }

  // ---- Products
  const products: Product[] = [];
  const productImages: { id: string; group: Group2022; file: string }[] = [];
  const imageJobs: ImageJob[] = [];
  await mkdir(path.join(out, 'products', 'images'), { recursive: true });
  {
    const rng = rngFor('products');
    const ids = new IdMaker();
    const nProducts = count(15000);
    // Every business makes at least one product; the rest go to larger producers more often.
    const perBusiness = businesses.map(() => (nProducts >= businesses.length ? 1 : 0));
    const sizeWeights = businesses.map((b) => ({ 'doanh-nghiep': 3, 'hop-tac-xa': 2.2, 'co-so-san-xuat': 1.5, 'ho-kinh-doanh': 1 })[b.kind]);
    const sizeTable = new WeightedTable(businesses.map((_, i) => i), sizeWeights);
    for (let left = nProducts - perBusiness.reduce<number>((s, v) => s + v, 0); left > 0; left--) perBusiness[sizeTable.pick(rng)]!++;

    // Image pools per group: 300 distinct product photos at scale 1.
    const poolSize = Math.max(1, Math.round((300 * scale) / GROUP_SHARES.length));
    const pools = new Map<Group2022, { file: string; alt: string }[]>();
    const poolUse = new Map<Group2022, number>();
    let imageNo = 0;
    const imageFor = (group: Group2022): { file: string; alt: string } => {
      const pool = pools.get(group) ?? [];
      pools.set(group, pool);
      const used = poolUse.get(group) ?? 0;
      poolUse.set(group, used + 1);
      if (pool.length < poolSize) {
        imageNo++;
        const file = `p-${String(imageNo).padStart(4, '0')}.jpg`;
        const irng = rngFor(`image:product:${imageNo}`);
        const palette = PALETTES[irng.pick(GROUP_PALETTES[group])]!;
        const { svg, alt } = productSvg(irng, palette);
        imageJobs.push({ file: path.join(out, 'products', 'images', file), svg });
        productImages.push({ id: file, group, file });
        pool.push({ file, alt });
        return pool[pool.length - 1]!;
      }
      return pool[used % pool.length]!;
    };
    const groupCounters = new Map<Group2022, number>();

    const cut = addMonths(today, -36);
    const statusTable = new WeightedTable(['valid', 'expiring', 'expired', 'revoked'] as const, [55, 8, 30, 7]);
    const reasons = [
      'Chủ thể ngừng sản xuất sản phẩm',
      'Sản phẩm không duy trì được chất lượng theo hạng sao đã công nhận',
      'Chủ thể giải thể',
      'Vi phạm quy định về nhãn hàng hóa',
      'Chủ thể đề nghị thu hồi',
    ];

    businesses.forEach((business, bi) => {
      const names = new Set<string>();
      for (let k = 0; k < perBusiness[bi]!; k++) {
        const roll = rng.next();
        const family =
          roll < 0.65
            ? business.family
            : roll < 0.9
              ? rng.pick(familiesFor(business.family.group, business.place.region))
              : rng.pick(familiesFor(groupTable.pick(rng), business.place.region));
        const info = provinceByCode.get(business.place.province.code)!;
        const place = rng.chance(0.7) ? business.place : info.table.pick(rng);
        let name = '';
        for (let attempt = 0; attempt < 6 && (!name || names.has(name)); attempt++) {
          const suffixRoll = rng.next();
          const suffix =
            family.group === 'du-lich-cong-dong'
              ? place.short
              : suffixRoll < 0.45
                ? place.short
                : suffixRoll < 0.85 && business.kind !== 'ho-kinh-doanh'
                  ? business.brand
                  : info.province.shortName;
          name = `${family.base} ${suffix}`;
          if (attempt >= 3) {
            name = family.group === 'du-lich-cong-dong' ? `${family.base} ${info.table.pick(rng).short}` : `${name} ${rng.pick(VARIANTS[family.group])}`;
          }
        }
        names.add(name);
        const id = ids.make(name);
        let ocop: { [key: string]: Yaml } | undefined;
        let status: Product['status'] = 'none';
        if (rng.chance(0.85)) {
          status = statusTable.pick(rng);
          let decisionDate: string;
          let revoked: { [key: string]: Yaml } | undefined;
          if (status === 'valid') decisionDate = randomDate(rng, addDays(cut, 95), addDays(today, -1));
          else if (status === 'expiring') decisionDate = randomDate(rng, addDays(cut, 2), addDays(cut, 85));
          else if (status === 'expired') decisionDate = randomDate(rng, maxDate('2019-03-01', addDays(cut, -5 * 365)), addDays(cut, -2));
          else {
            decisionDate = randomDate(rng, maxDate('2019-06-01', addDays(cut, -4 * 365)), addDays(today, -120));
            const revokedOn = randomDate(rng, addDays(decisionDate, 90), minDate(addDays(today, -1), addDays(addMonths(decisionDate, 36), -2)));
            revoked = {
              date: revokedOn,
              decisionNumber: `${rng.int(100, 3999)}/QĐ-UBND`,
              reason: rng.chance(0.8) ? rng.pick(reasons) : undefined,
            };
          }
          const stars = rng.weighted([3, 4, 5] as const, [66, 31, 3]);
          const range = { 3: [50, 69], 4: [70, 89], 5: [90, 100] }[stars] as [number, number];
          const beforeMerger = decisionDate < '2025-07-01';
          const provinceIssuer = beforeMerger ? `Ủy ban nhân dân ${oldProvinceLabel(place.oldProvince, decisionDate)}` : `Ủy ban nhân dân ${info.label}`;
          const ministry = decisionDate < '2025-03-01' ? 'Bộ Nông nghiệp và Phát triển nông thôn' : 'Bộ Nông nghiệp và Môi trường';
          ocop = {
            group: decisionDate < '2022-08-01' ? legacyGroup(family) : family.group,
            stars,
            score: rng.chance(0.8) ? rng.int(range[0], range[1]) : undefined,
            decisionNumber: stars === 5 ? `${rng.int(100, 5999)}/QĐ-${decisionDate < '2025-03-01' ? 'BNN-VPĐP' : 'BNNMT'}` : `${rng.int(100, 3999)}/QĐ-UBND`,
            decisionDate,
            issuer: stars === 5 ? ministry : provinceIssuer,
            revoked,
          };
          const computed = certificateStatus({ decisionDate, revokedDate: revoked?.date as string | undefined }, verifyAt);
          if (computed !== status) throw new Error(`internal: certificate ${id} meant ${status}, computes ${computed} (decision ${decisionDate})`);
        }
        const inGroup = groupCounters.get(family.group) ?? 0;
        groupCounters.set(family.group, inGroup + 1);
        const image = inGroup < poolSize || inGroup % 10 === 0 ? imageFor(family.group) : undefined;
        const description = rng.chance(0.85) ? productDescription(rng, family, name, business, place, info) : undefined;
        const record: { [key: string]: Yaml } = {
          id,
          name,
          business: business.id,
          province: info.province.code,
          commune: rng.chance(0.9) ? place.commune.code : undefined,
          description,
          ocop,
          image: image ? { src: `./images/${image.file}`, alt: image.alt } : undefined,
          sample: true,
        };
        products.push({ id, name, business, place, family, status, record });
      }
    });
  }

  // ---- Sales points
  const points: Point[] = [];
  {
    const rng = rngFor('points');
    const ids = new IdMaker();
    const nPoints = count(5000);
    const businessesByProvince = groupBy(businesses, (b) => b.place.province.code);
    const productsByProvince = groupBy(products, (p) => p.place.province.code);
    const urbanWeights = provinces.map((p) => p.places.reduce((s, pl) => s + (pl.isUrban ? 3 : pl.weight), 0));
    const table = new WeightedTable(provinces, urbanWeights);
    const pointNames = new Map<string, number>();
    for (let i = 0; i < nPoints; i++) {
      const info = table.pick(rng);
      const place = info.table.pick(rng);
      const kind = rng.weighted(['tu-hao-hang-viet', 'cua-hang-ocop', 'clb-ban-hang-viet'] as const, [60, 30, 10]);
      const local = businessesByProvince.get(info.province.code) ?? [];
      const business = local.length && rng.chance(kind === 'cua-hang-ocop' ? 0.5 : 0.3) ? rng.pick(local) : undefined;
      const market = `chợ ${place.short}`;
      // Name and operator go together: a market's point is run by the market board, a shop by its owner.
      const shopBrand = business ? business.brand : rng.pick(BRANDS);
      const shopOwner = business ? business.name : rng.pick([`Hộ kinh doanh ${personName(rng)}`, `Công ty TNHH Thương mại ${shopBrand}`]);
      const options: [string, string][] =
        kind === 'tu-hao-hang-viet'
          ? [
              [`Điểm bán hàng Việt ${market}`, business ? business.name : `Ban Quản lý ${market}`],
              [`Điểm bán hàng Việt – Tự hào hàng Việt Nam ${market}`, business ? business.name : `Ban Quản lý ${market}`],
              [`Điểm bán hàng Việt ${shopBrand} ${place.short}`, shopOwner],
              [`Điểm bán hàng Việt siêu thị mini ${shopBrand}`, shopOwner],
            ]
          : kind === 'cua-hang-ocop'
            ? [
                [`Cửa hàng OCOP ${place.short}`, business ? business.name : rng.pick([`Hợp tác xã Thương mại Dịch vụ ${place.short}`, shopOwner])],
                [`Cửa hàng giới thiệu sản phẩm OCOP ${place.short}`, business ? business.name : `Hợp tác xã Thương mại Dịch vụ ${place.short}`],
                [`Trung tâm giới thiệu sản phẩm OCOP ${info.province.shortName}`, business ? business.name : `Liên minh Hợp tác xã ${info.label}`],
              ]
            : [
                [`Câu lạc bộ bán hàng Việt ${market}`, business ? business.name : rng.pick([`Hội Liên hiệp Phụ nữ ${place.label}`, `Ban Quản lý ${market}`])],
                [`Câu lạc bộ bán hàng Việt ${place.label}`, business ? business.name : rng.pick([`Hội Liên hiệp Phụ nữ ${place.label}`, `Ủy ban Mặt trận Tổ quốc Việt Nam ${place.label}`])],
              ];
      const [picked, operator] = rng.pick(options);
      let name = picked;
      const repeats = pointNames.get(name) ?? 0;
      pointNames.set(name, repeats + 1);
      if (repeats) name = `${name} – cơ sở ${repeats + 1}`;
      const id = ids.make(name);
      const yearOpened = rng.int(Math.min(2012, todayYear), todayYear);
      const closed = rng.chance(0.06) && yearOpened < todayYear;
      const opened = `${yearOpened}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      const closedDate = closed ? randomDate(rng, addDays(minDate(opened, today), 60), addDays(today, -1)) : undefined;
      const lastVerified = closedDate ?? randomDate(rng, maxDate(minDate(opened, today), addDays(today, -540)), today);
      const localProducts = productsByProvince.get(info.province.code) ?? [];
      const stocked = rng.sample(
        localProducts.filter((p) => p.status !== 'none'),
        rng.int(0, kind === 'cua-hang-ocop' ? 12 : 6),
      );
      const pos = jitter(rng, place.lat, place.lng, 0.02);
      const record: { [key: string]: Yaml } = {
        id,
        name,
        kind,
        operator,
        business: business?.id,
        address: { street: street(rng, place), commune: place.commune.code, province: info.province.code },
        geo: pos,
        openingHours: rng.chance(0.85) ? rng.pick(OPENING_HOURS) : undefined,
        phone: rng.chance(0.85) ? (rng.chance(0.6) ? mobile(rng) : landline(rng, info.province)) : undefined,
        vietGoodsShare: rng.chance(0.9) ? (kind === 'cua-hang-ocop' ? rng.int(90, 100) : kind === 'clb-ban-hang-viet' ? rng.int(70, 95) : rng.int(80, 100)) : undefined,
        products: stocked.map((p) => p.id),
        yearOpened: Number(opened.slice(0, 4)),
        status: closed ? 'closed' : 'active',
        closedDate,
        lastVerified,
        sample: true,
      };
      points.push({ id, name, place, yearOpened, record });
    }
  }

  // ---- Honours programmes and lists
  const programs = [
    {
      id: 'hang-viet-nam-chat-luong-cao',
      record: {
        name: 'Hàng Việt Nam chất lượng cao',
        organiser: 'Hội Doanh nghiệp Hàng Việt Nam chất lượng cao',
        cadence: 'hang-nam',
        scope: 'doanh-nghiep',
        description:
          'Chương trình bình chọn hằng năm do người tiêu dùng bình chọn, trao chứng nhận cho doanh nghiệp có sản phẩm được ưa thích. Danh sách trong bộ dữ liệu này là dữ liệu minh họa, không phải danh sách thật.',
        sample: true,
      },
      share: 0.5,
      years: range(todayYear - 7, todayYear),
      decision: (y: number, rng: Rng) => ({ number: `${rng.int(10, 99)}/QĐ-HDNHVNCLC`, date: `${y}-0${rng.int(1, 3)}-${String(rng.int(5, 28)).padStart(2, '0')}` }),
    },
    {
      id: 'nguoi-tieu-dung-tin-cay',
      record: {
        name: 'Hàng hóa, dịch vụ người tiêu dùng tin cậy',
        organiser: 'Hội Bảo vệ người tiêu dùng Việt Nam',
        cadence: 'hang-nam',
        scope: 'doanh-nghiep-va-san-pham',
        description:
          'Chương trình ghi nhận hàng hóa, dịch vụ và doanh nghiệp được người tiêu dùng tin cậy. Danh sách trong bộ dữ liệu này là dữ liệu minh họa, không phải danh sách thật.',
        sample: true,
      },
      share: 0.33,
      years: range(todayYear - 6, todayYear),
      decision: (y: number, rng: Rng) => ({ number: `${rng.int(10, 199)}/QĐ-BVNTD`, date: `${y}-0${rng.int(3, 6)}-${String(rng.int(1, 28)).padStart(2, '0')}` }),
    },
    {
      id: 'tieu-bieu-cuoc-van-dong',
      record: {
        name: 'Tôn vinh doanh nghiệp, sản phẩm tiêu biểu thực hiện Cuộc vận động',
        organiser: 'Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” (bản trình diễn)',
        cadence: 'hai-nam',
        scope: 'doanh-nghiep-va-san-pham',
        description:
          'Biểu dương, khen thưởng tập thể, doanh nghiệp và sản phẩm tiêu biểu trong thực hiện Cuộc vận động, theo yêu cầu của các kế hoạch. Danh sách là dữ liệu minh họa.',
        sample: true,
      },
      share: 0.17,
      years: [todayYear - 5, todayYear - 3, todayYear - 1],
      decision: (y: number, rng: Rng) => ({ number: `${rng.int(10, 99)}/QĐ-BCĐCVĐ`, date: `${y}-12-${String(rng.int(1, 20)).padStart(2, '0')}` }),
    },
  ];
  const honourFiles: { file: string; doc: { [key: string]: Yaml } }[] = [];
  let nHonours = 0;
  {
    const total = count(6000);
    const programQuota = quotas(
      total,
      programs.map((p) => [p.id, p.share] as const),
    );
    const eligibleFirms = businesses.filter((b) => b.kind === 'doanh-nghiep');
    for (const program of programs) {
      const rng = rngFor(`honours:${program.id}`);
      const years = program.years.filter((y) => y >= 1990);
      const decisions = new Map(years.map((y) => [y, program.decision(y, rng)]));
      const validYears = years.filter((y) => decisions.get(y)!.date <= today);
      const perYear = quotas(
        programQuota.get(program.id)!,
        validYears.map((y) => [String(y), 1] as const),
      );
      // Winners recur from year to year: each year draws from a fixed, shuffled pool.
      const poolBase = program.id === 'hang-viet-nam-chat-luong-cao' && eligibleFirms.length ? eligibleFirms : businesses;
      const pool = rng.shuffle([...poolBase]);
      const productPool = rng.shuffle(products.filter((p) => p.status !== 'none'));
      for (const year of validYears) {
        const n = perYear.get(String(year)) ?? 0;
        if (!n) continue;
        const decision = decisions.get(year)!;
        const entries: { [key: string]: Yaml }[] = [];
        const withProduct = program.id === 'hang-viet-nam-chat-luong-cao' ? 0 : Math.round(n * (program.id === 'nguoi-tieu-dung-tin-cay' ? 0.7 : 0.4));
        const chosenProducts = rng.sample(productPool.slice(0, Math.max(withProduct * 2, 1)), withProduct);
        const firmsNeeded = n - chosenProducts.length;
        const firms = rng.sample(pool.slice(0, Math.max(Math.ceil(firmsNeeded * 1.6), 1)), firmsNeeded);
        for (const p of chosenProducts) {
          entries.push({
            business: p.business.id,
            product: p.id,
            title: program.id === 'tieu-bieu-cuoc-van-dong' ? 'Sản phẩm tiêu biểu' : undefined,
          });
        }
        for (const b of firms) {
          entries.push({
            business: b.id,
            title:
              program.id === 'tieu-bieu-cuoc-van-dong'
                ? b.kind === 'hop-tac-xa'
                  ? 'Hợp tác xã tiêu biểu'
                  : b.kind === 'doanh-nghiep'
                    ? 'Doanh nghiệp tiêu biểu'
                    : 'Cơ sở sản xuất tiêu biểu'
                : undefined,
          });
        }
        const file = `${program.id}-${year}.yaml`;
        honourFiles.push({
          file,
          doc: {
            program: program.id,
            year,
            decisionNumber: decision.number,
            decisionDate: decision.date,
            sample: true,
            entries: entries.map((e, i) => ({ id: `${program.id}-${year}-${String(i + 1).padStart(4, '0')}`, ...e })),
          },
        });
        nHonours += entries.length;
      }
    }
  }

  // ---- Fairs
  const fairs: Fair[] = [];
  {
    const rng = rngFor('fairs');
    const ids = new IdMaker();
    const titles = new Map<string, number>();
    const nFairs = count(600);
    const phases = rng.shuffle(
      [...quotas(nFairs, [['past', 0.55], ['ongoing', 0.05], ['upcoming', 0.3], ['postponed', 0.05], ['cancelled', 0.05]] as const)].flatMap(([k, n]) =>
        Array.from({ length: n }, () => k),
      ),
    );
    const businessesByProvince = groupBy(businesses, (b) => b.place.province.code);
    const postponeNotes = [
      'Tạm hoãn do ảnh hưởng của mưa bão; thời gian tổ chức mới sẽ được thông báo sau.',
      'Tạm hoãn để tránh trùng lịch với các hoạt động lớn của địa phương; ban tổ chức sẽ thông báo lịch mới.',
      'Tạm hoãn theo đề nghị của địa phương do ngập lụt tại khu vực tổ chức.',
    ];
    const cancelNotes = [
      'Hủy do không đủ số gian hàng đăng ký tham gia.',
      'Hủy theo thông báo của ban tổ chức do điều chỉnh kế hoạch xúc tiến thương mại trong năm.',
      'Hủy do địa điểm tổ chức không bảo đảm an toàn sau mưa lũ.',
    ];
    for (let i = 0; i < nFairs; i++) {
      const phase = phases[i]!;
      const kind = rng.weighted(['phien-cho-hang-viet', 'hoi-cho-nong-thon', 'hoi-cho-thuong-mai', 'hoi-cho-khuyen-mai'] as const, [45, 25, 18, 12]);
      const info = provinceTable.pick(rng);
      const rural = info.places.filter((p) => !p.isUrban && p.weight > 0);
      const urban = info.places.filter((p) => p.isUrban);
      const place =
        (kind === 'phien-cho-hang-viet' || kind === 'hoi-cho-nong-thon') && rural.length
          ? rng.pick(rural)
          : urban.length && rng.chance(0.8)
            ? rng.pick(urban)
            : info.table.pick(rng);
      const days = { 'phien-cho-hang-viet': rng.int(2, 3), 'hoi-cho-nong-thon': rng.int(3, 5), 'hoi-cho-thuong-mai': rng.int(5, 7), 'hoi-cho-khuyen-mai': rng.int(5, 10) }[kind];
      let startDay: string;
      if (phase === 'past') startDay = randomDate(rng, addDays(today, -730), addDays(today, -days - 2));
      else if (phase === 'ongoing') {
        const len = Math.max(days, 3);
        startDay = addDays(today, -rng.int(1, len - 2));
      } else if (phase === 'upcoming') startDay = randomDate(rng, addDays(today, 2), addDays(today, 240));
      else if (phase === 'postponed') startDay = randomDate(rng, addDays(today, -30), addDays(today, 120));
      else startDay = randomDate(rng, addDays(today, -200), addDays(today, 120));
      const span = phase === 'ongoing' ? Math.max(days, daysBetween(startDay, today) + 2) : days;
      const endDay = addDays(startDay, span - 1);
      const year = yearOf(startDay);
      const mountain = place.region === 'mien-nui-bac' || place.region === 'tay-nguyen';
      let title = {
        'phien-cho-hang-viet': rng.pick([`Phiên chợ hàng Việt về ${place.label} năm ${year}`, `Phiên chợ hàng Việt ${place.label}, ${info.label} năm ${year}`]),
        'hoi-cho-nong-thon': `Hội chợ hàng Việt về ${mountain ? 'miền núi' : 'nông thôn'} ${place.label}, ${info.label} năm ${year}`,
        'hoi-cho-thuong-mai': rng.pick([`Hội chợ Thương mại ${info.province.shortName} ${year}`, `Hội chợ OCOP và hàng Việt ${info.province.shortName} ${year}`, `Hội chợ Công Thương ${info.province.shortName} ${year}`]),
        'hoi-cho-khuyen-mai': rng.pick([`Hội chợ khuyến mại hàng Việt Nam ${info.province.shortName} ${year}`, `Tuần hàng Việt – Khuyến mại ${place.label} ${year}`]),
      }[kind];
      const seen = titles.get(title) ?? 0;
      titles.set(title, seen + 1);
      if (seen) title = `${title} (đợt ${seen + 1})`;
      const id = ids.make(title, 80);
      const venueName = {
        'phien-cho-hang-viet': rng.pick([`Sân vận động ${place.label}`, `Nhà văn hóa ${place.label}`, `Chợ ${place.short}`, `Trung tâm Văn hóa – Thể thao ${place.label}`]),
        'hoi-cho-nong-thon': rng.pick([`Quảng trường ${place.label}`, `Khuôn viên Ủy ban nhân dân ${place.label}`, `Sân vận động ${place.label}`]),
        'hoi-cho-thuong-mai': rng.pick([`Trung tâm Hội chợ Triển lãm ${info.province.shortName}`, `Quảng trường trung tâm ${place.label}`, `Nhà thi đấu đa năng ${info.province.shortName}`]),
        'hoi-cho-khuyen-mai': rng.pick([`Công viên ${rng.pick(STREETS)}`, `Khu thương mại ${place.short}`, `Quảng trường ${place.label}`]),
      }[kind];
      const organiser = rng.pick(
        kind === 'phien-cho-hang-viet'
          ? [`Sở Công Thương ${info.label}`, `Ủy ban nhân dân ${place.label}`, `Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” ${info.label}`]
          : [`Sở Công Thương ${info.label}`, `Trung tâm Khuyến công và Xúc tiến thương mại ${info.label}`, `Liên minh Hợp tác xã ${info.label}`],
      );
      const status = phase === 'postponed' || phase === 'cancelled' ? phase : 'scheduled';
      const statusNote = phase === 'postponed' ? rng.pick(postponeNotes) : phase === 'cancelled' ? rng.pick(cancelNotes) : undefined;
      const local = businessesByProvince.get(info.province.code) ?? [];
      const taking = rng.chance(0.7) ? rng.sample(kind === 'hoi-cho-thuong-mai' ? [...local, ...rng.sample(businesses, 10)] : local, rng.int(1, 15)) : [];
      const uniqueTaking = [...new Map(taking.map((b) => [b.id, b])).values()];
      const stalls = { 'phien-cho-hang-viet': rng.int(30, 80), 'hoi-cho-nong-thon': rng.int(40, 120), 'hoi-cho-thuong-mai': rng.int(150, 400), 'hoi-cho-khuyen-mai': rng.int(80, 250) }[kind];
      const startTime = rng.pick(['07:30', '08:00', '08:00', '15:00']);
      const endTime = rng.pick(['21:00', '22:00', '21:30']);
      const deadline = addDays(startDay, -rng.int(7, 30));
      const contactPhone = rng.chance(0.5) ? landline(rng, info.province) : mobile(rng);
      const registration =
        rng.chance(0.8) || phase === 'upcoming'
          ? {
              who:
                kind === 'hoi-cho-thuong-mai'
                  ? 'Doanh nghiệp, hợp tác xã, hộ kinh doanh trong và ngoài tỉnh có sản phẩm sản xuất tại Việt Nam'
                  : 'Doanh nghiệp, hợp tác xã, hộ kinh doanh có sản phẩm sản xuất trong nước, ưu tiên sản phẩm OCOP và sản phẩm của địa phương',
              how: rng.pick([
                `Gửi phiếu đăng ký gian hàng về ${organiser} qua thư điện tử hoặc nộp trực tiếp trước hạn đăng ký`,
                'Đăng ký theo mẫu phiếu kèm theo thông báo; ban tổ chức xét duyệt và bố trí gian hàng theo thứ tự đăng ký',
                'Liên hệ ban tổ chức qua điện thoại để nhận phiếu đăng ký và hướng dẫn bố trí gian hàng',
              ]),
              deadline,
              phone: contactPhone,
              email: rng.chance(0.6) ? `xttm.${info.province.slug.replace(/-/g, '')}@example.vn` : undefined,
            }
          : undefined;
      const summary = {
        'phien-cho-hang-viet': `Khoảng ${stalls} gian hàng hàng Việt, sản phẩm OCOP và đặc sản địa phương phục vụ người dân ${place.label}.`,
        'hoi-cho-nong-thon': `Đưa hàng Việt chất lượng, giá hợp lý về ${mountain ? 'vùng miền núi' : 'vùng nông thôn'} với khoảng ${stalls} gian hàng.`,
        'hoi-cho-thuong-mai': `Khoảng ${stalls} gian hàng của doanh nghiệp, hợp tác xã trong và ngoài tỉnh, kết hợp kết nối giao thương.`,
        'hoi-cho-khuyen-mai': `Chương trình khuyến mại hàng Việt với khoảng ${stalls} gian hàng, giảm giá từ 10% đến 50%.`,
      }[kind];
      const venueGeo = jitter(rng, place.lat, place.lng, 0.01);
      const frontmatter: { [key: string]: Yaml } = {
        title,
        kind,
        start: `${startDay} ${startTime}`,
        end: `${endDay} ${endTime}`,
        venue: {
          name: venueName,
          address: { street: street(rng, place), commune: place.commune.code, province: info.province.code },
          geo: venueGeo,
        },
        organiser,
        status,
        statusNote,
        registration,
        businesses: uniqueTaking.map((b) => b.id),
        summary,
        sample: true,
      };
      const productWords = rng.sample(familiesFor(groupTable.pick(rng), place.region).map((f) => f.base.toLowerCase()), 3);
      const body: string[] = [];
      if (statusNote) body.push(`**Thông báo của ban tổ chức:** ${statusNote}`);
      body.push(
        `${title} ${phase === 'past' ? 'đã diễn ra' : 'diễn ra'} từ ngày ${formatDate(startDay)} đến ngày ${formatDate(endDay)} tại ${venueName}, ${info.label}. ${organiser} là đơn vị tổ chức, phối hợp với Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” ${info.label} và chính quyền ${place.label}.`,
      );
      body.push(
        `${kind === 'phien-cho-hang-viet' ? 'Phiên chợ' : 'Hội chợ'} có khoảng ${stalls} gian hàng của doanh nghiệp, hợp tác xã và hộ kinh doanh, giới thiệu ${listWords(productWords)} cùng nhiều hàng tiêu dùng thiết yếu sản xuất trong nước. Nhiều sản phẩm đã được công nhận OCOP 3 sao, 4 sao.`,
      );
      if (rng.chance(0.7)) {
        body.push(
          `Trong thời gian diễn ra ${kind === 'phien-cho-hang-viet' ? 'phiên chợ' : 'hội chợ'}, các đơn vị tham gia thực hiện giảm giá từ 10% đến 30% cho nhiều mặt hàng và tặng quà cho hộ nghèo, gia đình chính sách tại địa phương. Ban tổ chức bố trí khu vực hướng dẫn người tiêu dùng nhận biết hàng thật, hàng giả.`,
        );
      }
      if (rng.chance(0.4)) {
        body.push(`Người dân có thể phản ánh hàng giả, hàng kém chất lượng qua Tổng đài tư vấn, hỗ trợ người tiêu dùng quốc gia 1800.6838 hoặc đường dây nóng của địa phương.`);
      }
      fairs.push({ id, title, place, start: startDay, status, phase, frontmatter, body });
    }
  }

  // ---- News
  const newsDocs: { id: string; frontmatter: { [key: string]: Yaml }; body: string[] }[] = [];
  const coverJobs: ImageJob[] = [];
  await mkdir(path.join(out, 'news', 'images'), { recursive: true });
  {
    const rng = rngFor('news');
    const ids = new IdMaker();
    const nNews = count(1000);
    const coverPool = Math.max(1, Math.round(300 * scale));
    const covers: { file: string; alt: string }[] = [];
    for (let i = 1; i <= coverPool; i++) {
      const irng = rngFor(`image:cover:${i}`);
      const { svg, alt } = coverSvg(irng, irng.pick(PALETTES));
      const file = `n-${String(i).padStart(4, '0')}.jpg`;
      coverJobs.push({ file: path.join(out, 'news', 'images', file), svg });
      covers.push({ file, alt });
    }
    // Each held fair and each new point is reported at most once.
    const fairQueue = rng.shuffle(fairs.filter((f) => f.phase === 'past' || f.phase === 'ongoing'));
    const pointQueue = rng.shuffle(points.filter((p) => p.yearOpened >= todayYear - 2));
    const authors = ['Văn phòng Ban Chỉ đạo', 'Ban Tuyên giáo và Dân vận', 'Sở Công Thương', 'Phóng viên Hàng Việt', 'Cộng tác viên'];
    const from = addDays(today, -3 * 365);
    const usedTitles = new Set<string>();
    for (let i = 0; i < nNews; i++) {
      let title = '';
      let date = '';
      let summary = '';
      let tags: string[] = [];
      let body: string[] = [];
      for (let attempt = 0; attempt < 8 && (!title || usedTitles.has(title)); attempt++) {
      const type = rng.weighted(['fair', 'ocop', 'point', 'meeting', 'honour', 'consumer', 'training'] as const, [28, 18, 12, 14, 10, 10, 8]);
      const info = provinceTable.pick(rng);
      const Prov = cap(info.label);
      title = '';
      date = randomDate(rng, from, today);
      summary = '';
      tags = [];
      body = [];
      switch (type) {
        case 'fair': {
          const fair = fairQueue.pop();
          if (fair) {
            date = fair.start > today ? today : fair.start;
            title = `Khai mạc ${fair.title}`;
            summary = `${fair.title} khai mạc tại ${fair.place.label}, thu hút đông đảo người dân đến tham quan, mua sắm.`;
            body.push(
              `Ngày ${formatDate(date)}, ${fair.title} đã khai mạc tại ${fair.place.label}, ${fair.place.province.name}. Đây là hoạt động thiết thực hưởng ứng Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.`,
              `Phát biểu tại lễ khai mạc, đại diện ban tổ chức cho biết phiên chợ nhằm đưa hàng Việt chất lượng, giá cả hợp lý đến gần hơn với người dân, đồng thời giúp doanh nghiệp, hợp tác xã địa phương quảng bá sản phẩm OCOP.`,
            );
          } else {
            title = `Tổ chức phiên chợ hàng Việt tại ${info.label}`;
            summary = `${Prov} tổ chức phiên chợ hàng Việt phục vụ người dân.`;
            body.push(`${Prov} tổ chức phiên chợ hàng Việt với sự tham gia của doanh nghiệp, hợp tác xã địa phương.`);
          }
          tags = ['Phiên chợ hàng Việt', 'Hội chợ'];
          break;
        }
        case 'ocop': {
          const n = rng.int(8, 60);
          const four = rng.int(1, Math.max(1, Math.floor(n / 3)));
          title = `${Prov} công nhận thêm ${n} sản phẩm OCOP`;
          summary = `Ủy ban nhân dân ${info.label} vừa công nhận ${n} sản phẩm đạt chuẩn OCOP, trong đó có ${four} sản phẩm 4 sao.`;
          const fams = rng.sample(FAMILIES.filter((f) => f.group !== 'du-lich-cong-dong'), 3).map((f) => f.base.toLowerCase());
          body.push(
            `Ủy ban nhân dân ${info.label} vừa ban hành quyết định công nhận ${n} sản phẩm đạt chuẩn OCOP đợt ${rng.int(1, 3)} năm ${yearOf(date)}, gồm ${n - four} sản phẩm 3 sao và ${four} sản phẩm 4 sao. Các sản phẩm tiêu biểu gồm ${listWords(fams)}.`,
            `Giấy chứng nhận OCOP có giá trị 36 tháng kể từ ngày quyết định. Hội đồng đánh giá, phân hạng cấp tỉnh đề nghị các chủ thể tiếp tục duy trì chất lượng, hoàn thiện bao bì, nhãn mác và truy xuất nguồn gốc.`,
          );
          if (rng.chance(0.5)) body.push(`Đến nay, toàn tỉnh có hơn ${rng.int(150, 900)} sản phẩm OCOP còn hiệu lực; nhiều sản phẩm đã có mặt tại các điểm bán hàng Việt và sàn thương mại điện tử.`);
          tags = ['OCOP'];
          break;
        }
        case 'point': {
          const point = pointQueue.pop() ?? rng.pick(points);
          const earliest = `${point.yearOpened}-01-01`;
          date = randomDate(rng, maxDate(earliest, from), minDate(`${point.yearOpened}-12-31`, today));
          title = `Ra mắt ${point.name}`;
          summary = `${point.name} tại ${point.place.label} chính thức đi vào hoạt động, trưng bày các sản phẩm OCOP và hàng Việt chất lượng.`;
          body.push(
            `${point.name} tại ${point.place.label}, ${point.place.province.name} vừa chính thức đi vào hoạt động. Điểm bán trưng bày hàng trăm mặt hàng sản xuất trong nước, trong đó có nhiều sản phẩm OCOP của địa phương.`,
            `Việc xây dựng điểm bán hàng Việt nằm trong kế hoạch thực hiện Cuộc vận động, nhằm tạo kênh phân phối ổn định cho doanh nghiệp, hợp tác xã và giúp người tiêu dùng dễ dàng tiếp cận hàng Việt có nguồn gốc rõ ràng.`,
          );
          tags = ['Điểm bán hàng Việt'];
          break;
        }
        case 'meeting': {
          const y = yearOf(date);
          const half = date.slice(5, 7) < '07';
          title = half ? `${Prov} tổng kết Cuộc vận động năm ${y - 1}` : `${Prov} sơ kết 6 tháng đầu năm ${y} thực hiện Cuộc vận động`;
          summary = `Ban Chỉ đạo Cuộc vận động ${info.label} đánh giá kết quả thực hiện và triển khai nhiệm vụ thời gian tới.`;
          body.push(
            `Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” ${info.label} tổ chức hội nghị ${half ? `tổng kết năm ${y - 1}` : `sơ kết 6 tháng đầu năm ${y}`}. Các thành viên Ban Chỉ đạo đã đánh giá kết quả tuyên truyền, phát triển điểm bán hàng Việt và tổ chức phiên chợ về nông thôn.`,
            `Trong kỳ, toàn tỉnh tổ chức ${rng.int(3, 25)} phiên chợ hàng Việt, phát triển thêm ${rng.int(2, 40)} điểm bán hàng Việt và hỗ trợ ${rng.int(10, 120)} chủ thể tham gia chương trình OCOP.`,
          );
          if (rng.chance(0.6)) body.push(`Hội nghị thống nhất nhiệm vụ trọng tâm: đẩy mạnh tuyên truyền trên nền tảng số, kiểm tra chất lượng hàng hóa tại các điểm bán và kịp thời biểu dương các tập thể, cá nhân tiêu biểu.`);
          tags = ['Hội nghị', 'Ban Chỉ đạo'];
          break;
        }
        case 'honour': {
          const y = yearOf(date);
          title = `${rng.int(5, 40)} doanh nghiệp ${info.province.shortName} đạt danh hiệu Hàng Việt Nam chất lượng cao năm ${y}`;
          summary = `Nhiều doanh nghiệp ${info.label} được người tiêu dùng bình chọn Hàng Việt Nam chất lượng cao năm ${y}.`;
          body.push(
            `Kết quả bình chọn Hàng Việt Nam chất lượng cao năm ${y} cho thấy nhiều doanh nghiệp của ${info.label} tiếp tục được người tiêu dùng tin tưởng. Các doanh nghiệp chủ yếu hoạt động trong lĩnh vực thực phẩm chế biến, đồ uống và hàng tiêu dùng.`,
            `Ban Chỉ đạo Cuộc vận động ${info.label} đề nghị các doanh nghiệp tiếp tục đổi mới công nghệ, nâng cao chất lượng sản phẩm và tham gia các phiên chợ đưa hàng Việt về nông thôn.`,
          );
          tags = ['Tôn vinh', 'Hàng Việt Nam chất lượng cao'];
          break;
        }
        case 'consumer': {
          title = rng.pick([
            `Cảnh báo hàng giả, hàng kém chất lượng dịp cuối năm tại ${info.label}`,
            `Người tiêu dùng ${info.province.shortName} ưu tiên chọn hàng Việt dịp Tết`,
            `Hướng dẫn người tiêu dùng ${info.province.shortName} phản ánh hàng giả, hàng nhái`,
          ]);
          summary = `Người tiêu dùng nên chọn mua hàng có nguồn gốc rõ ràng và phản ánh hàng giả qua đường dây nóng.`;
          body.push(
            `Dịp cao điểm mua sắm, lực lượng quản lý thị trường ${info.label} tăng cường kiểm tra, phát hiện nhiều trường hợp kinh doanh hàng không rõ nguồn gốc, hàng giả nhãn hiệu.`,
            `Người tiêu dùng được khuyến cáo kiểm tra tem, nhãn, hạn sử dụng và mã truy xuất nguồn gốc; khi phát hiện hàng giả, hàng kém chất lượng có thể phản ánh qua Tổng đài tư vấn, hỗ trợ người tiêu dùng quốc gia 1800.6838.`,
          );
          tags = ['Người tiêu dùng', 'Hàng giả'];
          break;
        }
        default: {
          title = `Tập huấn kỹ năng bán hàng trực tuyến cho hợp tác xã ${info.label}`;
          summary = `Các hợp tác xã, hộ kinh doanh được hướng dẫn quảng bá sản phẩm OCOP trên sàn thương mại điện tử.`;
          body.push(
            `Sở Công Thương ${info.label} phối hợp với Liên minh Hợp tác xã tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho ${rng.int(40, 150)} học viên là cán bộ hợp tác xã, chủ hộ kinh doanh.`,
            `Học viên được hướng dẫn chụp ảnh sản phẩm, viết mô tả, livestream bán hàng và đưa sản phẩm OCOP lên các sàn thương mại điện tử.`,
          );
          tags = ['Tập huấn', 'OCOP'];
        }
      }
      }
      usedTitles.add(title);
      if (rng.chance(0.5)) {
        body.push(
          `Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” được triển khai từ năm 2009. Các cấp, các ngành tiếp tục tuyên truyền để người dân hiểu, tin dùng hàng Việt và doanh nghiệp nâng cao chất lượng sản phẩm.`,
        );
      }
      const cover = covers[i % covers.length]!;
      const id = ids.make(title, 70);
      const updated = rng.chance(0.1) ? randomDate(rng, date, minDate(addDays(date, 20), today)) : undefined;
      newsDocs.push({
        id,
        frontmatter: {
          title,
          date,
          updated: updated && updated !== date ? updated : undefined,
          summary,
          cover: { src: `./images/${cover.file}`, alt: cover.alt },
          author: rng.chance(0.8) ? rng.pick(authors) : undefined,
          tags,
          sample: true,
        },
        body: body.slice(0, 4),
      });
    }
  }

  // ---- Write everything
  let files = 0;
  const header = (what: string) => `${what}\nDữ liệu minh họa do scripts/generate.ts sinh ra (seed ${seed}, scale ${scale}, ngày tham chiếu ${today}); không phải dữ liệu thật.`;
  const write = async (rel: string, text: string) => {
    const file = path.join(out, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text.normalize('NFC'));
    files++;
  };

  await write('site.yaml', await readFile(path.join(PROJECT, 'content', 'site.yaml'), 'utf8'));
  for (const program of programs) await write(`honor-programs/${program.id}.yaml`, yamlDocument(program.record as { [key: string]: Yaml }, header(program.record.name)));
  for (const { file, doc } of honourFiles) await write(`honors/${file}`, yamlDocument(doc, header(`Danh sách tôn vinh ${doc.program} năm ${doc.year}`)));
  for (const [code, list] of sortedGroups(businesses, (b) => b.place.province.code)) {
    await write(`businesses/${code}.yaml`, yamlDocument(list.map((b) => b.record), header(`Doanh nghiệp, hợp tác xã, hộ kinh doanh: tỉnh/thành phố mã ${code}`)));
  }
  for (const [code, list] of sortedGroups(products, (p) => p.record.province as string)) {
    await write(`products/${code}.yaml`, yamlDocument(list.map((p) => p.record), header(`Sản phẩm: tỉnh/thành phố mã ${code}`)));
  }
  for (const [code, list] of sortedGroups(points, (p) => p.place.province.code)) {
    await write(`points/${code}.yaml`, yamlDocument(list.map((p) => p.record), header(`Điểm bán hàng Việt: tỉnh/thành phố mã ${code}`)));
  }
  for (const fair of fairs) await write(`fairs/${fair.id}.md`, markdownDocument(fair.frontmatter, fair.body));
  for (const doc of newsDocs) await write(`news/${doc.id}.md`, markdownDocument(doc.frontmatter, doc.body));
  files += await copyFolder(path.join(PROJECT, 'content', 'plans'), path.join(out, 'plans'));
  files += await copyFolder(path.join(PROJECT, 'content', 'pages'), path.join(out, 'pages'));

  const images = await encodeImages([...imageJobs, ...coverJobs]);
  files += images.count;

  return {
    counts: {
      provinces: new Set(businesses.map((b) => b.place.province.code)).size,
      businesses: businesses.length,
      products: products.length,
      'products with image': products.filter((p) => p.record.image).length,
      points: points.length,
      'honor-programs': programs.length,
      honors: nHonours,
      fairs: fairs.length,
      news: newsDocs.length,
      'product images': productImages.length,
      'news covers': coverJobs.length,
    },
    images,
    files,
  };
}

/** "tỉnh Bình Định", "thành phố Cần Thơ", "tỉnh Thừa Thiên Huế" (before 2025): a former province as named on a given date. */
function oldProvinceLabel(name: string, date: string): string {
  if (name === 'Huế') return date < '2025-01-01' ? 'tỉnh Thừa Thiên Huế' : 'thành phố Huế';
  return ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'].includes(name) ? `thành phố ${name}` : `tỉnh ${name}`;
}

function productDescription(rng: Rng, family: Family, name: string, business: Business, place: Place, info: ProvinceInfo): string {
  switch (family.group) {
    case 'thuc-pham':
      return `${name} do ${business.name} sản xuất từ nguyên liệu tại ${place.label}, ${info.label}; ${rng.pick(['đóng gói hút chân không', 'đóng hộp', 'đóng túi zip', 'đóng chai thủy tinh'])}, ${rng.pick(['bảo quản nơi khô ráo, thoáng mát', 'bảo quản ngăn mát tủ lạnh', 'hạn sử dụng 12 tháng'])}.`;
    case 'do-uong':
      return `${name} được chế biến theo quy trình ${rng.pick(['truyền thống', 'khép kín', 'rang mộc, không phụ gia'])} từ nguồn nguyên liệu vùng ${place.short}, ${info.province.shortName}.`;
    case 'duoc-lieu':
      return `${name} chiết xuất từ dược liệu trồng tại ${place.label}, ${info.label}; sản phẩm có công bố chất lượng, hướng dẫn sử dụng trên bao bì.`;
    case 'thu-cong-my-nghe':
      return `${name} làm thủ công bởi nghệ nhân, thợ của ${business.name}, mang nét truyền thống của làng nghề ${place.short}.`;
    case 'sinh-vat-canh':
      return `${name} được chăm sóc tại vườn ươm ở ${place.label}, ${info.label}; giao hàng kèm hướng dẫn chăm sóc.`;
    default:
      return `${name}: trải nghiệm cuộc sống, ẩm thực và văn hóa của người dân ${place.label}, ${info.label}; đặt chỗ trước qua điện thoại.`;
  }
}

/** Copy a folder's visible files (recursively); returns the number of files copied. */
async function copyFolder(from: string, to: string): Promise<number> {
  let entries;
  try {
    entries = await readdir(from, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  let n = 0;
  for (const e of entries.sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    if (!e.isFile() || e.name.startsWith('.')) continue;
    const rel = path.relative(from, path.join(e.parentPath, e.name));
    if (rel.split(path.sep).some((part) => part.startsWith('.'))) continue;
    await mkdir(path.dirname(path.join(to, rel)), { recursive: true });
    await cp(path.join(from, rel), path.join(to, rel));
    n++;
  }
  return n;
}

/** Empty the output folder, refusing anything that is not a previous output or empty. */
async function prepareOutput(out: string): Promise<void> {
  const forbidden = [PROJECT, path.join(PROJECT, 'content'), path.parse(out).root];
  if (forbidden.includes(out) || out.startsWith(path.join(PROJECT, 'content') + path.sep) || out.startsWith(path.join(PROJECT, 'src'))) {
    throw new Error(`refusing to write into ${out}: choose a folder outside content/ and src/`);
  }
  let exists = false;
  try {
    exists = (await stat(out)).isDirectory();
  } catch {
    exists = false;
  }
  if (exists) {
    const entries = await readdir(out);
    if (entries.length && !entries.includes('site.yaml')) {
      throw new Error(`refusing to empty ${out}: it is not empty and has no site.yaml (not a previous output)`);
    }
    await rm(out, { recursive: true, force: true });
  }
  await mkdir(out, { recursive: true });
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const summary = await generate(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const [k, v] of Object.entries(summary.counts)) console.log(`${k.padEnd(20)} ${v}`);
  console.log(
    `images               ${summary.images.count} JPEG, ${(summary.images.bytes / 1024 / 1024).toFixed(1)} MB, largest ${(summary.images.max / 1024).toFixed(1)} KB`,
  );
  console.log(`${summary.files} files in ${options.out} (${seconds} s)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
