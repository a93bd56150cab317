/**
 * Fair dates in words, with the weekday Vietnamese readers expect beside each date: built into the
 * pages and rewritten by the browser with the same functions (next sessions change with the clock).
 * Instants are the schema's ISO strings with `+07:00`, so their date and time are read as written.
 */
import { addDays, formatDate } from './dates.ts';
import { keptDates, sessionsFrom, type FairTiming, type Session } from './fairs.ts';
import { describeRecurrence, WEEKDAY_NAMES, weekdayOf } from './recurrence.ts';

const dateOf = (instant: string) => instant.slice(0, 10);
const timeOf = (instant: string) => instant.slice(11, 16);

/** "Thứ Bảy, 05/12/2026". */
export function dayWords(date: string): string {
  return `${WEEKDAY_NAMES[weekdayOf(date)]}, ${formatDate(date)}`;
}

/**
 * One session: "Thứ Bảy, 05/12/2026, 16:00–22:00" on one day (or ending by the next morning),
 * "08:00 Thứ Sáu, 12/03/2027 – 22:00 Thứ Năm, 18/03/2027" across days.
 */
export function sessionWords(s: Session): string {
  const overnight = dateOf(s.end) > dateOf(s.start) && Date.parse(s.end) - Date.parse(s.start) < 86_400_000;
  if (dateOf(s.start) === dateOf(s.end) || overnight) return `${dayWords(dateOf(s.start))}, ${timeOf(s.start)}–${timeOf(s.end)}`;
  return `${timeOf(s.start)} ${dayWords(dateOf(s.start))} – ${timeOf(s.end)} ${dayWords(dateOf(s.end))}`;
}

/**
 * When the fair meets, for lists and the fair page: its dates, or a market day's rule with its
 * hours and span ("Thứ Bảy và Chủ nhật hằng tuần, 16:00–22:00, từ 07/11/2026 đến 29/12/2030").
 */
export function scheduleWords(f: FairTiming): string {
  if (!f.repeat) return sessionWords(keptDates(f));
  const span = f.repeat.until ? `từ ${formatDate(dateOf(f.start))} đến ${formatDate(f.repeat.until)}` : `từ ${formatDate(dateOf(f.start))}, đến khi có thông báo khác`;
  return `${describeRecurrence(f.repeat)}, ${timeOf(f.start)}–${timeOf(f.end)}, ${span}`;
}

/**
 * When the fair meets, as lists and pages show it: `scheduleWords`, except that the dates of a fair
 * cancelled, or postponed with no new dates yet, are said to be the planned ones.
 */
export function whenWords(f: FairTiming): string {
  if (f.status === 'cancelled') return `Dự kiến ban đầu: ${scheduleWords(f)}`;
  if (f.status === 'postponed' && !f.rescheduled) return `Dự kiến ban đầu: ${scheduleWords(f)}; thời gian mới chưa được công bố`;
  return scheduleWords(f);
}

/** A rescheduled fair's planned dates in words; `undefined` for any other fair. */
export function plannedWords(f: FairTiming): string | undefined {
  return f.rescheduled ? sessionWords({ start: f.start, end: f.end }) : undefined;
}

/** The next `n` sessions at `now` in words (the one on now first); empty when none is left. */
export function nextSessionWords(f: FairTiming, now: Date, n: number): string[] {
  return sessionsFrom(f, now, n).map(sessionWords);
}

/** A weekend by its Saturday: "05/12–06/12". */
export function weekendWords(saturday: string): string {
  return `${formatDate(saturday).slice(0, 5)}–${formatDate(addDays(saturday, 1)).slice(0, 5)}`;
}
