/**
 * Recurring market days: which calendar dates (Vietnam) a rule such as "every Saturday and Sunday"
 * or "the first Sunday of each month, except 31/01/2027" falls on. Dates are `YYYY-MM-DD`
 * strings in Asia/Ho_Chi_Minh; Vietnam keeps one offset all year, so a date and a time of day make
 * one instant with `+07:00`.
 *
 * The rules are the subset of RFC 5545 recurrence that market days use (weekly by weekday, monthly
 * by the n-th weekday), small enough to run in the browser on every fair card; calendar files
 * carry the same rule as RRULE/EXDATE (`recurrenceRule`), and the tests expand those files with
 * ical.js and compare with `occurrences`.
 */
import { addDays, dateParts } from './dates.ts';

/** Weekday codes as Vietnamese abbreviate them, in JavaScript's order (Sunday = 0). */
export const WEEKDAYS = ['cn', 't2', 't3', 't4', 't5', 't6', 't7'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Weekday names, in the same order. */
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  cn: 'Chủ nhật',
  t2: 'Thứ Hai',
  t3: 'Thứ Ba',
  t4: 'Thứ Tư',
  t5: 'Thứ Năm',
  t6: 'Thứ Sáu',
  t7: 'Thứ Bảy',
};

/** RFC 5545 weekday codes, in the same order. */
const ICAL_DAYS: Record<Weekday, string> = { cn: 'SU', t2: 'MO', t3: 'TU', t4: 'WE', t5: 'TH', t6: 'FR', t7: 'SA' };

export const REPEAT_EVERY = ['week', 'month'] as const;

/** Which week of the month a monthly rule means: 1 to 4, or -1 for the last. */
export const MONTH_WEEKS = [1, 2, 3, 4, -1] as const;

export interface Recurrence {
  /** `week`: every week on `days`; `month`: each month on the `week`-th of `days`. */
  every: (typeof REPEAT_EVERY)[number];
  days: readonly Weekday[];
  /** Monthly rules only. */
  week?: (typeof MONTH_WEEKS)[number] | undefined;
  /** Last date the rule may fall on; none = until further notice. */
  until?: string | undefined;
  /** Dates the rule falls on when the market does not meet. */
  except?: readonly string[] | undefined;
}

/** The weekday of a calendar date. */
export function weekdayOf(date: string): Weekday {
  const { year, month, day } = dateParts(date);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** Whether the rule's pattern falls on `date` (ignoring its first date, end and exceptions). */
export function patternMatches(date: string, rule: Recurrence): boolean {
  if (!rule.days.includes(weekdayOf(date))) return false;
  if (rule.every === 'week') return true;
  const { day } = dateParts(date);
  if (rule.week === -1) return dateParts(addDays(date, 7)).month !== dateParts(date).month;
  return Math.ceil(day / 7) === rule.week;
}

/** Whether the market meets on `date`, given its first date `first`. */
export function isOccurrence(date: string, first: string, rule: Recurrence): boolean {
  if (date < first || (rule.until && date > rule.until)) return false;
  if (rule.except?.includes(date)) return false;
  return patternMatches(date, rule);
}

/** A rule with no date for ten years is treated as over (a safeguard against endless scans). */
const SCAN_DAYS = 3660;

/** Up to `limit` dates the market meets on, from `from` on (inclusive), in order. */
export function occurrences(first: string, rule: Recurrence, from: string, limit: number): string[] {
  const out: string[] = [];
  let date = from > first ? from : first;
  for (let i = 0; i < SCAN_DAYS && out.length < limit; i++, date = addDays(date, 1)) {
    if (rule.until && date > rule.until) break;
    if (isOccurrence(date, first, rule)) out.push(date);
  }
  return out;
}

/** The last date the market meets on; `undefined` when the rule has no end. */
export function lastOccurrence(first: string, rule: Recurrence): string | undefined {
  if (!rule.until) return undefined;
  for (let date = rule.until; date >= first; date = addDays(date, -1)) {
    if (isOccurrence(date, first, rule)) return date;
  }
  return undefined;
}

/** The rule in words: "Thứ Bảy và Chủ nhật hằng tuần", "Chủ nhật đầu tiên của mỗi tháng". */
export function describeRecurrence(rule: Recurrence): string {
  const names = rule.days.map((d) => WEEKDAY_NAMES[d]);
  const days = names.length > 1 ? `${names.slice(0, -1).join(', ')} và ${names.at(-1)}` : names[0]!;
  if (rule.every === 'week') return `${days} hằng tuần`;
  const which = rule.week === -1 ? 'cuối cùng' : ['đầu tiên', 'thứ hai', 'thứ ba', 'thứ tư'][rule.week! - 1];
  return `${days} ${which} của mỗi tháng`;
}

/**
 * The RRULE value of a rule (RFC 5545). `untilUtc` is the end of the rule's last day as a UTC
 * DATE-TIME, as RFC 5545 requires when DTSTART carries a time zone.
 */
export function recurrenceRule(rule: Recurrence, untilUtc?: string): string {
  const days = rule.days.map((d) => `${rule.every === 'month' ? rule.week : ''}${ICAL_DAYS[d]}`).join(',');
  return [`FREQ=${rule.every === 'week' ? 'WEEKLY' : 'MONTHLY'}`, `BYDAY=${days}`, ...(untilUtc ? [`UNTIL=${untilUtc}`] : [])].join(';');
}

/** schema.org day URLs for `eventSchedule.byDay`. */
export const SCHEMA_ORG_DAYS: Record<Weekday, string> = {
  cn: 'https://schema.org/Sunday',
  t2: 'https://schema.org/Monday',
  t3: 'https://schema.org/Tuesday',
  t4: 'https://schema.org/Wednesday',
  t5: 'https://schema.org/Thursday',
  t6: 'https://schema.org/Friday',
  t7: 'https://schema.org/Saturday',
};
