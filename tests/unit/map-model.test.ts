import { describe, expect, it } from 'vitest';
import type { MapFair, MapPoint } from '../../src/lib/map-points.ts';
import { combineFilters, FAIR_KEY, filterFromDetail, NO_FILTER } from '../../src/client/map/filter.ts';
import { markerStatusText, readMarker } from '../../src/client/map/marker.ts';
import { fairsNotOver, fairPopup, pointPopup, statusText, telHref, visibleFairs, visiblePoints } from '../../src/client/map/model.ts';

// Monday to Friday 08:00–17:00, as minutes from Monday 00:00.
const OFFICE: [number, number][] = [0, 1, 2, 3, 4].map((d) => [d * 1440 + 480, d * 1440 + 1020]);
const MONDAY_10 = new Date('2026-11-30T10:00:00+07:00');
const SUNDAY_10 = new Date('2026-12-06T10:00:00+07:00');

const point = (id: string, kind: string, hours: [number, number][] | null = OFFICE): MapPoint => ({
  id,
  name: `Điểm ${id}`,
  kind,
  lat: 10.77,
  lng: 106.7,
  address: 'Số 1 đường Minh Họa, Phường Sài Gòn, Thành phố Hồ Chí Minh',
  hours,
  commune: '26740',
  phone: '028 0000 0000',
});

const fair = (id: string, start: string, end: string, status: MapFair['status'] = 'scheduled'): MapFair => ({
  id,
  title: `Hội chợ ${id}`,
  kind: 'phien-cho-hang-viet',
  start,
  end,
  status,
  venue: 'Sân văn hóa',
  address: 'Phường Sài Gòn, Thành phố Hồ Chí Minh',
  lat: 10.77,
  lng: 106.7,
});

const POINTS = [point('a', 'tu-hao-hang-viet'), point('b', 'cua-hang-ocop'), point('c', 'cua-hang-ocop', null), point('d', 'clb-ban-hang-viet')];
const FAIRS = [
  fair('qua', '2026-11-01T07:00:00+07:00', '2026-11-29T21:00:00+07:00'),
  fair('dang', '2026-11-28T07:00:00+07:00', '2026-12-02T21:00:00+07:00'),
  fair('sap', '2026-12-10T07:00:00+07:00', '2026-12-12T21:00:00+07:00'),
  fair('hoan', '2026-11-28T07:00:00+07:00', '2026-12-02T21:00:00+07:00', 'postponed'),
  fair('huy', '2026-11-28T07:00:00+07:00', '2026-12-02T21:00:00+07:00', 'cancelled'),
];

describe('filterFromDetail', () => {
  it.each([
    ['no detail', undefined, NO_FILTER],
    ['not an object', 'ocop', NO_FILTER],
    ['kinds null', { kinds: null, openNow: false }, { kinds: null, openNow: false }],
    ['kinds listed', { kinds: ['cua-hang-ocop'], openNow: true }, { kinds: ['cua-hang-ocop'], openNow: true }],
    ['non-string kinds dropped', { kinds: ['cua-hang-ocop', 3, null], openNow: false }, { kinds: ['cua-hang-ocop'], openNow: false }],
    ['openNow only when exactly true', { kinds: null, openNow: 'yes' }, { kinds: null, openNow: false }],
  ])('%s', (_, detail, expected) => {
    expect(filterFromDetail(detail)).toEqual(expected);
  });
});

describe('combineFilters', () => {
  it('keeps a kind only when both the checkboxes and the finder allow it; fairs follow the checkboxes', () => {
    expect(combineFilters(['tu-hao-hang-viet', 'cua-hang-ocop', FAIR_KEY], { kinds: ['cua-hang-ocop'], openNow: true })).toEqual({
      kinds: ['cua-hang-ocop', FAIR_KEY],
      openNow: true,
    });
    expect(combineFilters(['tu-hao-hang-viet'], NO_FILTER)).toEqual({ kinds: ['tu-hao-hang-viet'], openNow: false });
  });
});

describe('visiblePoints', () => {
  const ids = (list: MapPoint[]) => list.map((p) => p.id);
  it.each([
    ['no filter', NO_FILTER, MONDAY_10, ['a', 'b', 'c', 'd']],
    ['one kind', { kinds: ['cua-hang-ocop'], openNow: false }, MONDAY_10, ['b', 'c']],
    ['no kind', { kinds: [], openNow: false }, MONDAY_10, []],
    ['open now, on a weekday morning (unknown hours left out)', { kinds: null, openNow: true }, MONDAY_10, ['a', 'b', 'd']],
    ['open now, on a Sunday', { kinds: null, openNow: true }, SUNDAY_10, []],
    ['one kind and open now', { kinds: ['cua-hang-ocop'], openNow: true }, MONDAY_10, ['b']],
  ])('%s', (_, filter, now, expected) => {
    expect(ids(visiblePoints(POINTS, filter, now))).toEqual(expected);
  });
});

describe('fairs on the map', () => {
  const ids = (list: MapFair[]) => list.map((f) => f.id);
  it('drops fairs that are over or cancelled, at the moment of viewing', () => {
    expect(ids(fairsNotOver(FAIRS, MONDAY_10))).toEqual(['dang', 'sap', 'hoan']);
  });
  it.each([
    ['no filter', NO_FILTER, ['dang', 'sap', 'hoan']],
    ['fairs not among the kinds', { kinds: ['cua-hang-ocop'], openNow: false }, []],
    ['fairs among the kinds', { kinds: [FAIR_KEY], openNow: false }, ['dang', 'sap', 'hoan']],
    ['"open now" keeps fairs under way', { kinds: null, openNow: true }, ['dang']],
  ])('%s', (_, filter, expected) => {
    expect(ids(visibleFairs(FAIRS, filter, MONDAY_10))).toEqual(expected);
  });
});

describe('popups', () => {
  const kinds = { 'tu-hao-hang-viet': 'Điểm bán hàng Việt – Tự hào hàng Việt Nam', 'cua-hang-ocop': 'Cửa hàng OCOP' };

  it('carries a point name that looks like HTML as plain text, linked to its page', () => {
    const p = { ...point('diem-ban-thu-nghiem-xss', 'tu-hao-hang-viet'), name: '<img src=x onerror=alert(1)> Điểm bán thử nghiệm' };
    const content = pointPopup(p, kinds, MONDAY_10);
    expect(content.title).toBe('<img src=x onerror=alert(1)> Điểm bán thử nghiệm');
    expect(content.href).toBe('/diem-ban/diem-ban-thu-nghiem-xss/');
  });

  it.each([
    ['open', MONDAY_10, { text: 'Đang mở cửa', badge: 'open' }],
    ['closed', SUNDAY_10, { text: 'Đã đóng cửa', badge: 'shut' }],
  ])('says whether the point is %s at the moment the popup opens', (_, now, line) => {
    const content = pointPopup(point('a', 'tu-hao-hang-viet'), kinds, now);
    expect(content.lines).toEqual([{ text: kinds['tu-hao-hang-viet'], muted: true }, { text: point('a', 'x').address }, line]);
    expect(content.phone).toEqual({ text: '028 0000 0000', href: 'tel:02800000000' });
  });

  it('leaves out "open now" when the hours are unknown, and the phone when there is none', () => {
    const content = pointPopup({ ...point('c', 'cua-hang-ocop', null), phone: null }, kinds, MONDAY_10);
    expect(content.lines.map((l) => l.text)).toEqual(['Cửa hàng OCOP', point('c', 'x').address]);
    expect(content.phone).toBeUndefined();
  });

  it('gives a fair its phase at the moment of viewing, its dates in Vietnam time, venue and address', () => {
    const content = fairPopup(FAIRS[1]!, { 'phien-cho-hang-viet': 'Phiên chợ hàng Việt' }, MONDAY_10);
    expect(content.href).toBe('/hoi-cho/dang/');
    expect(content.lines).toEqual([
      { text: 'Phiên chợ hàng Việt', muted: true },
      { text: 'Đang diễn ra', badge: 'ongoing' },
      { text: '07:00 Thứ Bảy, 28/11/2026 – 21:00 Thứ Tư, 02/12/2026' },
      { text: 'Sân văn hóa, Phường Sài Gòn, Thành phố Hồ Chí Minh' },
    ]);
    expect(fairPopup(FAIRS[3]!, {}, MONDAY_10).lines[1]).toEqual({ text: 'Tạm hoãn', badge: 'postponed' });
  });
});

describe('statusText', () => {
  it.each([
    [{ points: 19, fairs: 0 }, { points: 19, fairs: 0 }, false, 'Bản đồ hiển thị 19 điểm bán.'],
    [{ points: 19, fairs: 4 }, { points: 19, fairs: 4 }, true, 'Bản đồ hiển thị 19 điểm bán và 4 hội chợ.'],
    [{ points: 5, fairs: 0 }, { points: 19, fairs: 0 }, false, 'Bản đồ hiển thị 5 trên 19 điểm bán (đã lọc).'],
    [{ points: 19, fairs: 0 }, { points: 19, fairs: 4 }, true, 'Bản đồ hiển thị 19 điểm bán và 0 trên 4 hội chợ (đã lọc).'],
    [{ points: 20000, fairs: 0 }, { points: 20000, fairs: 0 }, false, 'Bản đồ hiển thị 20.000 điểm bán.'],
    [{ points: 0, fairs: 0 }, { points: 19, fairs: 4 }, true, 'Không có điểm nào khớp bộ lọc.'],
    [{ points: 0, fairs: 0 }, { points: 0, fairs: 0 }, false, 'Chưa có điểm nào để hiển thị trên bản đồ.'],
  ])('%o of %o', (shown, total, withFairs, expected) => {
    expect(statusText(shown, total, withFairs)).toBe(expected);
  });
});

describe('telHref', () => {
  it.each([
    ['0290 000 1401', 'tel:02900001401'],
    ['1800.6838', 'tel:18006838'],
    ['+84 28 0000 0000', 'tel:+842800000000'],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});

describe('readMarker', () => {
  const place = { markerLat: '8.6105', markerLng: '104.7337', markerLabel: 'Nhà văn hóa xã Đất Mũi' };
  it('reads the place from the element’s attributes', () => {
    expect(readMarker(place)).toEqual({ lat: 8.6105, lng: 104.7337, label: 'Nhà văn hóa xã Đất Mũi' });
  });
  it.each([
    ['no attributes (a map of points)', {}],
    ['latitude missing', { ...place, markerLat: undefined }],
    ['latitude blank (Number would read 0)', { ...place, markerLat: ' ' }],
    ['longitude not a number', { ...place, markerLng: 'abc' }],
    ['latitude out of range', { ...place, markerLat: '91' }],
    ['longitude out of range', { ...place, markerLng: '-180.5' }],
    ['label blank', { ...place, markerLabel: '  ' }],
  ])('none when %s', (_, data) => {
    expect(readMarker(data)).toBeUndefined();
  });
});

describe('markerStatusText', () => {
  it.each([
    ['Nhà văn hóa xã Đất Mũi', 'Bản đồ hiển thị vị trí: Nhà văn hóa xã Đất Mũi.'],
    ['Sân vận động Tp.', 'Bản đồ hiển thị vị trí: Sân vận động Tp.'],
  ])('%s', (label, expected) => {
    expect(markerStatusText(label)).toBe(expected);
  });
});
