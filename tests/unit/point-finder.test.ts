import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/lib/geo.ts';
import { weeklySchedule } from '../../src/lib/opening-hours.ts';
import { findPoints, formatKm, resultSummary, type FinderPoint, type FinderQuery } from '../../src/lib/point-finder.ts';

/** A point at a position, with optional kind and OpenStreetMap hours. */
function point(id: string, lat: number, lng: number, kind = 'tu-hao-hang-viet', hours?: string, commune = '00000'): FinderPoint {
  return { id, name: id, kind, lat, lng, address: '', commune, hours: hours ? weeklySchedule(hours)! : null, phone: null };
}

// Around Bến Thành market, Hồ Chí Minh City: ~0.1 km apart, one far away in Hà Nội.
const BEN_THANH = { lat: 10.7725, lng: 106.698 };
const points = [
  point('ha-noi', 21.0322, 105.8505, 'cua-hang-ocop', 'Mo-Su 08:00-22:00'),
  point('xa', 10.7905, 106.698, 'clb-ban-hang-viet', 'Mo-Fr 08:00-17:00'), // ~2 km north
  point('gan', 10.7734, 106.698, 'tu-hao-hang-viet', 'Mo-Su 05:00-18:00'), // ~0.1 km north
  point('vua', 10.7815, 106.698, 'cua-hang-ocop'), // ~1 km north, no hours
  // Same place as "gan" (another stall in the same market): a tie, to be kept in file order even
  // though its id sorts first.
  point('a-cung-cho', 10.7734, 106.698, 'tu-hao-hang-viet', 'Fr 18:00-02:00'),
];
const ids = (query: Partial<FinderQuery>) =>
  findPoints(points, { kinds: null, openNow: false, near: null, now: new Date('2026-11-30T09:00:00+07:00'), ...query }).map((r) => r.point.id);

describe('point finder: near me', () => {
  it.each([
    ['from Bến Thành: nearest first, equal distances in file order', BEN_THANH, ['gan', 'a-cung-cho', 'vua', 'xa', 'ha-noi']],
    ['from Hà Nội: the Hà Nội point, then the south from north to south', { lat: 21.03, lng: 105.85 }, ['ha-noi', 'xa', 'vua', 'gan', 'a-cung-cho']],
  ])('%s', (_, near, expected) => {
    expect(ids({ near })).toEqual(expected);
  });

  it('keeps the file order without a position, and gives no distance', () => {
    const results = findPoints(points, { kinds: null, openNow: false, near: null, now: new Date() });
    expect(results.map((r) => r.point.id)).toEqual(points.map((p) => p.id));
    expect(results.every((r) => r.km === null)).toBe(true);
  });

  it('gives each result its distance, never decreasing', () => {
    const results = findPoints(points, { kinds: null, openNow: false, near: BEN_THANH, now: new Date() });
    expect(results.map((r) => r.km)).toEqual(results.map((r) => distanceKm(BEN_THANH, r.point)));
    expect(results.every((r, i) => i === 0 || r.km! >= results[i - 1]!.km!)).toBe(true);
  });
});

describe('point finder: open now, judged on the clock of Vietnam', () => {
  it.each([
    // Monday 09:00 in Vietnam.
    ['2026-11-30T09:00:00+07:00', ['ha-noi', 'xa', 'gan']],
    // Monday 05:30 in Vietnam is Sunday 22:30 in UTC: "xa" (Mo-Fr 08:00) is still closed, "gan" open.
    ['2026-11-29T22:30:00Z', ['gan']],
    // Monday 04:59 in Vietnam: nothing opens before 05:00.
    ['2026-11-29T21:59:00Z', []],
    // Sunday 23:30 in Vietnam: all closed (read as UTC, 16:30, "ha-noi" and "gan" would look open).
    ['2026-11-29T16:30:00Z', []],
    // Friday 23:00 and Saturday 01:30 in Vietnam: the Friday night point, open past midnight.
    ['2026-12-04T16:00:00Z', ['a-cung-cho']],
    ['2026-12-04T18:30:00Z', ['a-cung-cho']],
    // Saturday 02:00 in Vietnam: closed again (closing time is exclusive).
    ['2026-12-04T19:00:00Z', []],
  ])('at %s the open points are %j', (now, expected) => {
    expect(ids({ openNow: true, now: new Date(now) })).toEqual(expected);
  });

  it('leaves out points without weekly hours, and marks their status unknown', () => {
    const all = findPoints(points, { kinds: null, openNow: false, near: null, now: new Date('2026-11-30T09:00:00+07:00') });
    expect(all.find((r) => r.point.id === 'vua')!.open).toBeNull();
    expect(all.find((r) => r.point.id === 'xa')!.open).toBe(true);
    expect(ids({ openNow: true })).not.toContain('vua');
  });
});

describe('point finder: kinds', () => {
  it.each([
    [null, ['ha-noi', 'xa', 'gan', 'vua', 'a-cung-cho']],
    [['cua-hang-ocop'], ['ha-noi', 'vua']],
    [['cua-hang-ocop', 'clb-ban-hang-viet'], ['ha-noi', 'xa', 'vua']],
    [[], []],
  ])('kinds %j keep %j', (kinds, expected) => {
    expect(ids({ kinds })).toEqual(expected);
  });

  it('combines kind, open now and distance', () => {
    expect(ids({ kinds: ['tu-hao-hang-viet'], openNow: true, near: BEN_THANH, now: new Date('2026-11-30T09:00:00+07:00') })).toEqual(['gan']);
  });
});

describe('point finder: words', () => {
  it.each([
    [0.02, 'dưới 0,1 km'],
    [0.06, '0,1 km'],
    [1.234, '1,2 km'],
    [12.35, '12,4 km'],
    [99.94, '99,9 km'],
    [1249.6, '1.250 km'],
  ])('%d km reads "%s"', (km, text) => {
    expect(formatKm(km)).toBe(text);
  });

  it.each([
    [{ count: 12, shown: 12, openNow: true, near: false }, 'Có 12 điểm bán đang mở cửa.'],
    [{ count: 45, shown: 20, openNow: false, near: true, scope: 'Thành phố Hồ Chí Minh' }, 'Có 45 điểm bán ở Thành phố Hồ Chí Minh, xếp từ gần đến xa. Đang hiện 20 điểm đầu.'],
    [{ count: 3, shown: 3, kindLabel: 'Câu lạc bộ bán hàng Việt', openNow: false, near: false }, 'Có 3 điểm bán loại “Câu lạc bộ bán hàng Việt”.'],
    [{ count: 0, shown: 0, openNow: true, near: false }, 'Không có điểm bán đang mở cửa lúc này. Hãy bỏ bớt điều kiện lọc hoặc bấm “Bỏ lọc”.'],
  ])('%j → "%s"', (input, text) => {
    expect(resultSummary(input)).toBe(text);
  });
});

describe('point finder: near a commune or ward', () => {
  // Two points in Phường Sài Gòn (26740), one of them far from its centre; the rest elsewhere.
  const SAI_GON = { code: '26740', at: { lat: 10.776, lng: 106.701 } };
  const ward = [
    point('xa-ha-noi', 21.0322, 105.8505),
    point('tan-dinh', 10.7905, 106.69),
    point('trong-phuong-xa', 10.7834, 106.706, 'cua-hang-ocop', undefined, '26740'),
    point('ben-thanh', 10.7725, 106.698),
    point('trong-phuong', 10.777, 106.702, 'tu-hao-hang-viet', undefined, '26740'),
  ];
  const find = (query: Partial<FinderQuery>) =>
    findPoints(ward, { kinds: null, openNow: false, near: null, now: new Date('2026-11-30T09:00:00+07:00'), ...query });

  it("lists the place's own points first, then the others, each by distance from its centre", () => {
    const results = find({ place: SAI_GON });
    expect(results.map((r) => r.point.id)).toEqual(['trong-phuong', 'trong-phuong-xa', 'ben-thanh', 'tan-dinh', 'xa-ha-noi']);
    expect(results.map((r) => r.inPlace)).toEqual([true, true, false, false, false]);
    expect(results.map((r) => r.km)).toEqual(results.map((r) => distanceKm(SAI_GON.at, r.point)));
  });

  it('keeps only its own points when its centre is unknown', () => {
    expect(find({ place: { code: '26740', at: null } }).map((r) => [r.point.id, r.km])).toEqual([
      ['trong-phuong-xa', null],
      ['trong-phuong', null],
    ]);
    expect(find({ place: { code: '27139', at: null } })).toEqual([]);
  });

  it("combines with the other filters, and gives way to the visitor's position", () => {
    expect(find({ place: SAI_GON, kinds: ['cua-hang-ocop'] }).map((r) => r.point.id)).toEqual(['trong-phuong-xa']);
    const near = find({ place: SAI_GON, near: { lat: 21.03, lng: 105.85 } });
    expect(near[0]!.point.id).toBe('xa-ha-noi');
    expect(near.every((r) => r.inPlace === null)).toBe(true);
    expect(find({}).every((r) => r.inPlace === null)).toBe(true);
  });

  it.each([
    [{ count: 7, shown: 7, inside: 2, located: true }, 'Có 2 điểm bán ở Phường Sài Gòn, rồi 5 điểm khác, xếp từ gần đến xa.'],
    [{ count: 45, shown: 20, inside: 0, located: true }, 'Chưa có điểm bán nào ở Phường Sài Gòn; đây là 45 điểm bán gần nhất, xếp từ gần đến xa. Đang hiện 20 điểm đầu.'],
    [{ count: 2, shown: 2, inside: 2, located: false }, 'Có 2 điểm bán ở Phường Sài Gòn.'],
    [{ count: 0, shown: 0, inside: 0, located: false }, 'Chưa có điểm bán nào ở Phường Sài Gòn, và trang không có tọa độ của Phường Sài Gòn nên chưa xếp được các điểm khác theo khoảng cách. Hãy dùng “Gần tôi” hoặc xem danh sách bên dưới.'],
    [{ count: 0, shown: 0, inside: 0, located: true, openNow: true }, 'Không có điểm bán đang mở cửa nào ở Phường Sài Gòn hay gần đó lúc này. Hãy bỏ bớt điều kiện lọc, thử “Gần tôi” hoặc bấm “Bỏ lọc”.'],
  ] as [{ count: number; shown: number; inside: number; located: boolean; openNow?: boolean }, string][])('%j reads well', ({ count, shown, inside, located, openNow = false }, text) => {
    expect(resultSummary({ count, shown, openNow, near: false, place: { name: 'Phường Sài Gòn', inside, located } })).toBe(text);
  });
});
