/**
 * Opening hours in OpenStreetMap `opening_hours` syntax, parsed by the maintained
 * `opening_hours` library at build time and reduced to a weekly schedule that is small enough to
 * ship with a page: the browser decides "open now" from it with a few lines of code.
 *
 * The library works in the runtime's local time; its wall-clock results are read as wall-clock
 * times in Asia/Ho_Chi_Minh (Vietnam has no daylight saving time).
 */
import OpeningHours from 'opening_hours';
import type { WeeklySchedule } from './open-now.ts';

export { isOpenAt, type WeeklySchedule } from './open-now.ts';

const DAY_NAMES = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
/** Rules that depend on the date, not only the weekday: a weekly schedule cannot express them. */
const DATED = /\b(?:PH|SH|easter|week|sunrise|sunset|dawn|dusk|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{4})\b/;

/** Where holidays and sun times are looked up: Vietnam (the library wants a position too). */
const PLACE = { lat: 16.05, lon: 108.2, address: { country_code: 'vn', state: '' } };

/**
 * Parsing is the costly part and a directory repeats a few dozen values thousands of times, so
 * results are kept per value for the life of the build.
 */
function memo<T>(compute: (value: string) => T): (value: string) => T {
  const seen = new Map<string, T>();
  return (value) => {
    if (!seen.has(value)) seen.set(value, compute(value));
    return seen.get(value)!;
  };
}

/** Why `value` is not valid opening_hours syntax, or undefined when it is. */
export const openingHoursProblem = memo((value: string): string | undefined => {
  try {
    new OpeningHours(value, PLACE, 0);
    return undefined;
  } catch (error) {
    return `giờ mở cửa "${value}" không đúng cú pháp opening_hours của OpenStreetMap (ví dụ "Mo-Fr 07:30-17:00; Sa 07:30-11:30"): ${String(error).split('\n')[0]}`;
  }
});

/**
 * The weekly schedule, or undefined when the rule depends on dates (holidays, months…). The
 * returned array is shared between callers: do not change it.
 */
export const weeklySchedule = memo((value: string): WeeklySchedule | undefined => {
  if (DATED.test(value)) return undefined;
  const oh = new OpeningHours(value, PLACE, 0);
  // A fixed week in local time (Monday 2 March 2026), far from any DST change in most zones.
  const monday = new Date(2026, 2, 2);
  const next = new Date(2026, 2, 9);
  const minutes = (d: Date) => Math.round((d.getTime() - monday.getTime()) / 60_000);
  return oh.getOpenIntervals(monday, next).map(([from, to]) => [minutes(from), minutes(to)]);
});

const hhmm = (m: number) => `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** "Thứ Hai – Thứ Sáu: 07:30–17:00; Thứ Bảy: 07:30–11:30; Chủ nhật: nghỉ". */
export function describeWeek(schedule: WeeklySchedule): string {
  // Intervals of a day or more ("24/7") are cut at midnight so each day can say "cả ngày".
  const pieces = schedule.flatMap(([from, to]): [number, number][] => {
    if (to - from < 1440) return [[from, to]];
    const out: [number, number][] = [];
    for (let start = from; start < to; start = (Math.floor(start / 1440) + 1) * 1440) out.push([start, Math.min(to, (Math.floor(start / 1440) + 1) * 1440)]);
    return out;
  });
  const perDay = DAY_NAMES.map((_, day) =>
    pieces
      .filter(([from]) => Math.floor(from / 1440) === day)
      .map(([from, to]) => (to - from === 1440 ? 'cả ngày' : `${hhmm(from)}–${to % 1440 === 0 ? '24:00' : hhmm(to)}`))
      .join(', ') || 'nghỉ',
  );
  if (perDay.every((d) => d === 'cả ngày')) return 'Mở cửa cả ngày, mọi ngày';
  const parts: string[] = [];
  for (let start = 0; start < 7; ) {
    let end = start;
    while (end + 1 < 7 && perDay[end + 1] === perDay[start]) end++;
    parts.push(`${start === end ? DAY_NAMES[start] : `${DAY_NAMES[start]} – ${DAY_NAMES[end]}`}: ${perDay[start]}`);
    start = end + 1;
  }
  return parts.join('; ');
}
