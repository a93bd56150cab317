/**
 * Sales points: "Tự hào hàng Việt" corners, OCOP shops and sellers' clubs, spread by population
 * (wards weigh more), each with an operator that fits its name and the certified products it stocks.
 */
import type { Business } from './businesses.ts';
import { addDays, maxDate, minDate, randomDate } from './calendar.ts';
import type { Context } from './context.ts';
import type { YamlMap } from './documents.ts';
import { jitter, type Place } from './geography.ts';
import { IdMaker } from './ids.ts';
import { groupBy } from './lists.ts';
import type { Product } from './products.ts';
import { WeightedTable } from './random.ts';
import { BRANDS, landline, mobile, OPENING_HOURS, personName, street } from './vocabulary.ts';

/** A generated sales point: its record (`points/<province code>.yaml`) and what the news draws on. */
export interface Point {
  id: string;
  name: string;
  place: Place;
  yearOpened: number;
  record: YamlMap;
}

/** 5,000 sales points at scale 1; about 6% closed, the others verified within the 540 days before `today`. */
export function generatePoints(ctx: Context, businesses: readonly Business[], products: readonly Product[]): Point[] {
  const points: Point[] = [];
  const { today, todayYear, provinces } = ctx;
  const rng = ctx.rngFor('points');
  const ids = new IdMaker();
  const nPoints = ctx.count(5000);
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
    const record: YamlMap = {
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
  return points;
}
