/**
 * Values as agencies write them in spreadsheets, read into what the content stores: numbers with a
 * decimal comma, coordinates (swapped ones detected), dates as dd/mm/yyyy or Excel serial numbers,
 * opening hours in words ("Thứ 2 – Thứ 7: 8h–17h"), column headers with or without diacritics.
 * Pure: used by the import command (scripts/import.ts) and table-tested. Each reader returns the
 * value or the reason it cannot, in Vietnamese, with an example of what to write.
 */
import { isRealDate, parseCalendarDate } from './dates.ts';
import { inVietnam, positionProblem, type LatLng } from './geo.ts';
import { openingHoursProblem } from './opening-hours.ts';
import { fold } from './text.ts';

/** A value read, or why not (`reason`, what to do included). */
export type Read<T> = { ok: true; value: T; note?: string } | { ok: false; reason: string };

const ok = <T>(value: T, note?: string): Read<T> => (note ? { ok: true, value, note } : { ok: true, value });
const no = <T>(reason: string): Read<T> => ({ ok: false, reason });

/** A header or a label folded for matching: no diacritics, lower case, punctuation as one space. */
export function foldLabel(value: string): string {
  return fold(value.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A decimal number as written in Vietnam or in English: "10,7769", "10.7769", "-5". A number
 * cell (XLSX) is taken as it is.
 */
export function readDecimal(value: unknown): Read<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : no('không phải một số');
  const text = String(value ?? '').trim();
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return no(`"${text}" không phải một số; hãy viết dạng 10,7769 hoặc 10.7769`);
  return ok(Number(text.replace(',', '.')));
}

/**
 * A position from its latitude and longitude cells. Swapped columns (a longitude where the latitude
 * goes) are put right, with a note; a position outside Vietnam is refused.
 */
export function readPosition(latCell: unknown, lngCell: unknown): Read<LatLng> & { column?: 'lat' | 'lng' } {
  const lat = readDecimal(latCell);
  if (!lat.ok) return { ...lat, column: 'lat' };
  const lng = readDecimal(lngCell);
  if (!lng.ok) return { ...lng, column: 'lng' };
  const position = { lat: lat.value, lng: lng.value };
  if (inVietnam(position)) return ok(position);
  const swapped = { lat: lng.value, lng: lat.value };
  if (inVietnam(swapped)) {
    return ok(swapped, `vĩ độ và kinh độ bị đảo chỗ (${lat.value}, ${lng.value}); đã đổi lại thành vĩ độ ${swapped.lat}, kinh độ ${swapped.lng}`);
  }
  return no(positionProblem(position) ?? 'tọa độ nằm ngoài lãnh thổ Việt Nam');
}

/** Days from 1899-12-30 (Excel's day 0, as Excel counts with its 1900 leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A calendar date: "28/11/2026" (day first, as Vietnamese write it), "2026-11-28", an Excel serial
 * number (46354) or a date cell. Output `YYYY-MM-DD`.
 */
export function readDate(value: unknown): Read<string> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return no('ngày không hợp lệ');
    return ok(value.toISOString().slice(0, 10));
  }
  const text = String(value ?? '').trim();
  const serial = typeof value === 'number' ? value : /^\d{4,5}$/.test(text) ? Number(text) : undefined;
  if (serial !== undefined && Number.isInteger(serial) && serial > 0) {
    const date = new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    if (y >= 1990 && y <= 2100 && isRealDate(y, m, d)) return ok(date);
  }
  const parsed = parseCalendarDate(text);
  return parsed ? ok(parsed) : no(`"${text}" không phải một ngày có thật; hãy viết dạng 28/11/2026 (ngày/tháng/năm)`);
}

const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
/** Folded day names: "thu 2" / "thu hai" / "t2" … "chu nhat" / "cn". */
const DAY_NUMBER: Record<string, number> = { '2': 0, hai: 0, '3': 1, ba: 1, '4': 2, tu: 2, '5': 3, nam: 3, '6': 4, sau: 4, '7': 5, bay: 5 };

function dayIndex(word: string): number | undefined {
  const w = word.trim();
  if (w === 'cn' || w === 'chu nhat') return 6;
  const m = /^(?:thu|t)\s*(2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)$/.exec(w);
  return m ? DAY_NUMBER[m[1]!] : undefined;
}

/** "thu 2 - thu 7", "t2, t4, t6", "ca tuan", "" (every day) → an opening_hours day selector. */
function readDays(part: string): string | undefined {
  const text = part.replace(/\bden\b/g, '-').trim();
  if (!text || /^(ca tuan|hang ngay|moi ngay|tat ca cac ngay|cac ngay trong tuan|tat ca ngay)$/.test(text)) return 'Mo-Su';
  const out: string[] = [];
  for (const item of text.split(/\s*(?:,|\bva\b)\s*/)) {
    const range = item.split(/\s*-\s*/);
    if (range.length === 1) {
      const d = dayIndex(range[0]!);
      if (d === undefined) return undefined;
      out.push(DAY_CODES[d]!);
    } else if (range.length === 2) {
      const a = dayIndex(range[0]!);
      const b = dayIndex(range[1]!);
      if (a === undefined || b === undefined || b < a) return undefined;
      out.push(a === b ? DAY_CODES[a]! : `${DAY_CODES[a]}-${DAY_CODES[b]}`);
    } else return undefined;
  }
  return out.join(',');
}

const TIME = String.raw`(\d{1,2})(?:\s*(?:h|:|g|gio)\s*(\d{2})?)?\s*(?:phut|p)?\s*(sang|trua|chieu|toi|dem)?`;

function clock(hours: string, minutes: string | undefined, period: string | undefined): string | undefined {
  let h = Number(hours);
  const m = Number(minutes ?? 0);
  if ((period === 'chieu' || period === 'toi') && h < 12) h += 12;
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "7h-21h", "07:00 – 21:00", "7h30 đến 9h tối", "6h-11h, 14h-20h" → "07:00-21:00,…". */
function readTimes(part: string): string | undefined {
  const ranges = part.split(/\s*(?:,|;|\bva\b)\s*/).filter(Boolean);
  if (!ranges.length) return undefined;
  const out: string[] = [];
  const pattern = new RegExp(`^${TIME}\\s*(?:-|den|toi)\\s*${TIME}$`);
  for (const range of ranges) {
    const m = pattern.exec(range.trim());
    if (!m) return undefined;
    const from = clock(m[1]!, m[2], m[3]);
    const to = clock(m[4]!, m[5], m[6]);
    if (!from || !to) return undefined;
    out.push(`${from}-${to}`);
  }
  return out.join(',');
}

const HOURS_EXAMPLE = '"7h-21h", "Thứ 2 – Thứ 7: 8h–17h" hoặc "Mo-Sa 08:00-17:00"';

/** Written in the `opening_hours` syntax already: English day codes, 24-hour times. */
const OSM_FORM = /^(?:24\/7|(?:(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:[-,](?:Mo|Tu|We|Th|Fr|Sa|Su|PH))*\s+)?(?:\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})*|off|closed)(?:\s*;\s*|$))+$/;

/**
 * Opening hours as people write them, in the `opening_hours` syntax the site stores. Already in
 * that syntax: kept. "cả ngày" / "24/24" → "24/7". Segments are separated by ";" or a new line;
 * a segment is "[days:] times", days by default every day.
 */
export function readOpeningHours(value: unknown): Read<string> {
  const written = String(value ?? '').normalize('NFC').trim();
  if (!written) return no('để trống');
  if (OSM_FORM.test(written) && !openingHoursProblem(written)) return ok(written);
  const text = fold(written)
    .replace(/[–—−]/g, '-')
    .replace(/\s+/g, ' ');
  if (/^(ca ngay|24\/24|24\/7|24 gio|mo ca ngay)( ca tuan| hang ngay| moi ngay)?$/.test(text)) return ok('24/7');
  const rules: string[] = [];
  for (const segment of text.split(/\s*(?:;|\n)\s*/).filter(Boolean)) {
    // The times start at the first digit that is not part of a day name ("thu 2", "t7").
    const at = /(?<!(?:thu|t)\s*)(?<![a-z\d])\d{1,2}\s*(?:h|:|g|gio)/.exec(segment)?.index ?? /(?<!(?:thu|t)\s*)(?<![a-z\d])\d/.exec(segment)?.index;
    if (at === undefined) return no(`không đọc được giờ mở cửa "${written}"; hãy viết dạng ${HOURS_EXAMPLE}`);
    const days = readDays(segment.slice(0, at).replace(/[:\s]+$/, '').trim());
    const times = readTimes(segment.slice(at).trim());
    if (!days || !times) return no(`không đọc được giờ mở cửa "${written}"; hãy viết dạng ${HOURS_EXAMPLE}`);
    rules.push(`${days} ${times}`);
  }
  const result = rules.join('; ');
  const problem = openingHoursProblem(result);
  return problem ? no(`giờ mở cửa "${written}" không hợp lệ (${problem}); hãy viết dạng ${HOURS_EXAMPLE}`) : ok(result);
}

/**
 * A date and time in Vietnam, as the fair schema stores it ("2026-11-28 08:00"): "28/11/2026 8:00",
 * "28/11/2026 8h", "2026-11-28 08:00", an Excel date-time cell or serial number (Excel keeps no
 * time zone: its wall-clock time is taken as Vietnam time).
 */
export function readDateTime(value: unknown): Read<string> {
  const example = 'hãy viết dạng 28/11/2026 08:00 (ngày/tháng/năm giờ:phút, giờ Việt Nam)';
  const wall = (d: Date) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? no(`ngày giờ không hợp lệ; ${example}`) : ok(wall(value));
  if (typeof value === 'number' && value > 0) return ok(wall(new Date(EXCEL_EPOCH + Math.round(value * 1440) * 60_000)));
  const text = String(value ?? '').trim();
  const m = /^(.+?)[\sT,]+(\d{1,2})\s*(?:h|:|giờ|g)\s*(\d{2})?\s*(?:phút|p)?$/i.exec(text);
  if (!m) return no(`"${text}" không có đủ ngày và giờ; ${example}`);
  const day = readDate(m[1]!.trim());
  const h = Number(m[2]);
  const min = Number(m[3] ?? 0);
  if (!day.ok || h > 23 || min > 59) return no(`"${text}" không phải ngày giờ có thật; ${example}`);
  return ok(`${day.value} ${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`);
}
