/**
 * Products: what each business makes, most of them with an OCOP certificate whose status (valid,
 * expiring, expired, revoked) is spread around `--today`, some with a picture from a pool per group.
 */
import { gtinCheckDigit } from '../../src/lib/gtin.ts';
import { addMonths } from '../../src/lib/dates.ts';
import { certificateStatus, type CertificateStatus } from '../../src/lib/ocop.ts';
import type { Business } from './businesses.ts';
import { addDays, maxDate, minDate, randomDate } from './calendar.ts';
import type { Context } from './context.ts';
import type { YamlMap } from './documents.ts';
import { GROUP_PALETTES, PALETTES, productSvg } from './drawings.ts';
import { familiesFor, GROUP_SHARES, GROUP_TABLE, legacyGroup, VARIANTS, type Family, type Group2022 } from './families.ts';
import { oldProvinceLabel, type Place, type ProvinceInfo } from './geography.ts';
import { IdMaker } from './ids.ts';
import type { ImageJob } from './images.ts';
import { WeightedTable, type Rng } from './random.ts';

/** A generated product: its record (`products/<province code>.yaml`) and what other collections draw on. */
export interface Product {
  id: string;
  name: string;
  business: Business;
  place: Place;
  family: Family;
  /** The certificate's status at `verifyAt`, or 'none' without a certificate. */
  status: CertificateStatus | 'none';
  record: YamlMap;
}

/** The products and the pictures to encode for them (paths relative to the output folder). */
export interface Products {
  products: Product[];
  imageJobs: ImageJob[];
}

/**
 * 15,000 products at scale 1: every business makes at least one, larger producers more. About 85%
 * hold a certificate, dated so that the site's own rule (`certificateStatus`) gives the intended
 * status at `verifyAt`; generation stops if it does not.
 */
export function generateProducts(ctx: Context, businesses: readonly Business[]): Products {
  const { today, verifyAt } = ctx;
  const products: Product[] = [];
  const imageJobs: ImageJob[] = [];
  const rng = ctx.rngFor('products');
  const ids = new IdMaker();
  const nProducts = ctx.count(15000);
  // Every business makes at least one product; the rest go to larger producers more often.
  const perBusiness = businesses.map(() => (nProducts >= businesses.length ? 1 : 0));
  const sizeWeights = businesses.map((b) => ({ 'doanh-nghiep': 3, 'hop-tac-xa': 2.2, 'co-so-san-xuat': 1.5, 'ho-kinh-doanh': 1 })[b.kind]);
  const sizeTable = new WeightedTable(businesses.map((_, i) => i), sizeWeights);
  for (let left = nProducts - perBusiness.reduce<number>((s, v) => s + v, 0); left > 0; left--) perBusiness[sizeTable.pick(rng)]!++;

  // Image pools per group: 300 distinct product photos at scale 1.
  const poolSize = Math.max(1, Math.round((300 * ctx.scale) / GROUP_SHARES.length));
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
      const irng = ctx.rngFor(`image:product:${imageNo}`);
      const palette = PALETTES[irng.pick(GROUP_PALETTES[group])]!;
      const { svg, alt } = productSvg(irng, palette);
      imageJobs.push({ file: `products/images/${file}`, svg });
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

  // Barcodes (GTIN-13) from a generator of their own, so the rest of the dataset is unchanged by
  // them: a business that registered with GS1 Việt Nam gets a company prefix (893 and four digits
  // for a company, five for the rest, never twice), and numbers its goods from 1; services have none.
  const grng = ctx.rngFor('gtin');
  const prefixes = new Set<string>();
  const gtinState = new Map<string, { prefix: string; next: number } | null>();
  const gtinFor = (business: Business, group: Group2022): string[] | undefined => {
    if (group === 'du-lich-cong-dong') return undefined;
    let state = gtinState.get(business.id);
    if (state === undefined) {
      state = null;
      if (grng.chance(business.kind === 'ho-kinh-doanh' ? 0.35 : 0.7)) {
        const digits = business.kind === 'doanh-nghiep' ? 4 : 5;
        let prefix: string;
        do prefix = `893${String(grng.int(0, 10 ** digits - 1)).padStart(digits, '0')}`;
        while ([...prefixes].some((p) => p.startsWith(prefix) || prefix.startsWith(p)));
        prefixes.add(prefix);
        state = { prefix, next: 1 };
      }
      gtinState.set(business.id, state);
    }
    if (!state || !grng.chance(0.8)) return undefined;
    const body = `${state.prefix}${String(state.next++).padStart(12 - state.prefix.length, '0')}`;
    return [`${body}${gtinCheckDigit(body)}`];
  };

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
      const info = ctx.provinceByCode.get(business.place.province.code)!;
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
      let ocop: YamlMap | undefined;
      let status: Product['status'] = 'none';
      if (rng.chance(0.85)) {
        status = statusTable.pick(rng);
        let decisionDate: string;
        let revoked: YamlMap | undefined;
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
      const record: YamlMap = {
        id,
        name,
        business: business.id,
        province: info.province.code,
        commune: rng.chance(0.9) ? place.commune.code : undefined,
        description,
        gtin: gtinFor(business, family.group),
        ocop,
        image: image ? { src: `./images/${image.file}`, alt: image.alt } : undefined,
        sample: true,
      };
      products.push({ id, name, business, place, family, status, record });
    }
  });
  return { products, imageJobs };
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
