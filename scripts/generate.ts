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
import { addMonths, daysBetween, formatDate, parseCalendarDate } from '../src/lib/dates.ts';
import { certificateStatus, type CertificateStatus } from '../src/lib/ocop.ts';
import { taxCheckDigit } from '../src/lib/tax-code.ts';
import { slugify } from '../src/lib/text.ts';
import { addDays, maxDate, minDate, randomDate, yearOf } from './generate/calendar.ts';
import { markdownDocument, yamlDocument, type Yaml } from './generate/documents.ts';
import { coverSvg, GROUP_PALETTES, PALETTES, productSvg } from './generate/drawings.ts';
import { FAMILIES, familiesFor, GROUP_SHARES, GROUP_TABLE, legacyGroup, SECTOR_WORDS, VARIANTS, type Family, type Group2022 } from './generate/families.ts';
import { buildGeography, jitter, oldProvinceLabel, type Place, type ProvinceInfo } from './generate/geography.ts';
import { IdMaker } from './generate/ids.ts';
import { encodeImages, type ImageJob } from './generate/images.ts';
import { groupBy, range, sortedGroups } from './generate/lists.ts';
import { quotas, Rng, WeightedTable } from './generate/random.ts';
import { BRANDS, cap, landline, listWords, mobile, OPENING_HOURS, personName, street, STREETS } from './generate/vocabulary.ts';

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
      const group = GROUP_TABLE.pick(rng);
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
              : rng.pick(familiesFor(GROUP_TABLE.pick(rng), business.place.region));
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
      const productWords = rng.sample(familiesFor(GROUP_TABLE.pick(rng), place.region).map((f) => f.base.toLowerCase()), 3);
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
