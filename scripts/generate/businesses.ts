/**
 * Businesses: companies, cooperatives, household businesses and workshops, each with a valid tax
 * code, placed in a commune and tied to one product family it mainly makes.
 */
import { slugify } from '../../src/lib/text.ts';
import { taxCheckDigit } from '../../src/lib/tax-code.ts';
import type { Context } from './context.ts';
import type { YamlMap } from './documents.ts';
import { familiesFor, GROUP_TABLE, SECTOR_WORDS, type Family } from './families.ts';
import type { Place } from './geography.ts';
import { IdMaker } from './ids.ts';
import { BRANDS, landline, mobile, personName, street } from './vocabulary.ts';

/** A generated business: its record (`businesses/<province code>.yaml`) and what other collections draw on. */
export interface Business {
  id: string;
  name: string;
  brand: string;
  kind: 'doanh-nghiep' | 'hop-tac-xa' | 'ho-kinh-doanh' | 'co-so-san-xuat';
  place: Place;
  family: Family;
  record: YamlMap;
}

/**
 * 3,000 businesses at scale 1, with unique tax codes; about 4% of companies are branches. Names are
 * unique but for a few cooperatives named like one in another province, as real ones are (“Hợp tác
 * xã Nông nghiệp Dịch vụ Tân Phú”): their pages, and those of their products, must tell them apart.
 */
export function generateBusinesses(ctx: Context): Business[] {
  const businesses: Business[] = [];
  const rng = ctx.rngFor('businesses');
  // A stream of its own, so that choosing namesakes changes no other draw.
  const namesakes = ctx.rngFor('businesses:namesakes');
  const ids = new IdMaker();
  const names = new Set<string>();
  const taxCodes = new Set<string>();
  const nBusinesses = ctx.count(3000);
  for (let i = 0; i < nBusinesses; i++) {
    const info = ctx.provinceTable.pick(rng);
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
    if (kind === 'hop-tac-xa' && namesakes.chance(0.04)) {
      const elsewhere = businesses.filter((b) => b.kind === 'hop-tac-xa' && b.place.province.code !== place.province.code);
      const twin = elsewhere.length ? namesakes.pick(elsewhere) : undefined;
      if (twin) ({ name, brand } = twin);
    }
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
    const record: YamlMap = {
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
  return businesses;
}
