/**
 * Calendar dates and local times in Asia/Ho_Chi_Minh.
 *
 * Content stores calendar dates as `YYYY-MM-DD` strings (no time zone, no Date object), and local
 * date-times as ISO strings with the fixed +07:00 offset (Vietnam has no daylight saving time).
 * Every rule that depends on "today" takes `now` as a parameter.
 */

/** The site's time zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Vietnam's fixed UTC offset, in minutes. */
const OFFSET_MINUTES = 7 * 60;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\+07:00)?$/;

/** Whether year/month/day name a real calendar day (rejects 31/02, 29/02 outside leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Parse a calendar date written `YYYY-MM-DD` or, as Vietnamese write it, `dd/mm/yyyy`.
 * Returns `YYYY-MM-DD`, or `undefined` when the text is not a real date in either form.
 */
export function parseCalendarDate(text: string): string | undefined {
  const value = text.trim();
  let y: number, m: number, d: number;
  const iso = ISO_DATE.exec(value);
  const vn = VN_DATE.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else return undefined;
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

/**
 * Parse a local date-time in Asia/Ho_Chi_Minh written `YYYY-MM-DD HH:mm` (or with `T`, optional
 * seconds, optional `+07:00`). Returns the ISO string with `+07:00`, or `undefined`.
 */
export function parseLocalDateTime(text: string): string | undefined {
  const match = LOCAL_DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (!isRealDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+07:00`;
}

/** The calendar date (`YYYY-MM-DD`) in Asia/Ho_Chi_Minh at instant `now`. */
export function localDate(now: Date): string {
  const shifted = new Date(now.getTime() + OFFSET_MINUTES * 60_000);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** The instant at which calendar day `date` (`YYYY-MM-DD`) starts in Asia/Ho_Chi_Minh. */
export function startOfLocalDay(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** Split `YYYY-MM-DD` into numbers. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  // Slices rather than split + map: recurring fairs call this several hundred thousand times in a
  // national build. Same result for every `YYYY-MM-DD`.
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Add whole calendar months to a date; when the day does not exist in the target month it is
 * clamped to that month's last day (31/01 + 1 month → 28/02 or 29/02).
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(Math.min(day, lastDay))}`;
}

/** A calendar date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  // From the numbers rather than by parsing and printing an ISO text: recurring fairs step through
  // their days with it, several hundred thousand calls in a national build.
  const { year, month, day } = dateParts(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole days from calendar date `from` to calendar date `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A calendar date shown as Vietnamese write it: `24/02/2023`. */
export function formatDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${pad(day)}/${pad(month)}/${year}`;
}

const timeFormatter = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant shown as `08:00 28/11/2026` in Asia/Ho_Chi_Minh. */
export function formatDateTime(instant: Date | string): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return `${timeFormatter.format(at)} ${formatDate(localDate(at))}`;
}

/** An instant shown as a time of day, `08:00`, in Asia/Ho_Chi_Minh. */
export function formatTime(instant: Date | string): string {
  return timeFormatter.format(typeof instant === 'string' ? new Date(instant) : instant);
}

// RFC 822 names days and months in English, whatever the language of the document.
const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * An instant as an RFC 822 date-time in Vietnam time (RFC 2822's form, four-digit year, as RSS 2.0
 * uses it): `Tue, 01 Dec 2026 00:00:00 +0700`. Vietnam keeps one offset all year.
 */
export function rfc822(instant: Date): string {
  // The wall-clock time in Vietnam is the UTC time of the instant moved forward by the offset.
  const t = new Date(instant.getTime() + OFFSET_MINUTES * 60_000);
  if (Number.isNaN(t.getTime())) throw new RangeError('rfc822: invalid date');
  return `${RFC822_DAYS[t.getUTCDay()]}, ${pad(t.getUTCDate())} ${RFC822_MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} +0700`;
}
