/**
 * "Open now" from a weekly schedule. Kept apart from the opening_hours parser so the browser
 * can import it without the parser.
 */

/** Minutes from Monday 00:00: [open, close) pairs for one week, Monday first. */
export type WeeklySchedule = [number, number][];

const WEEK = 7 * 1440;

/** Whether a weekly schedule is open at `now`, judged on the clock of Asia/Ho_Chi_Minh. */
export function isOpenAt(schedule: WeeklySchedule, now: Date): boolean {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  const minute = ((local.getUTCDay() + 6) % 7) * 1440 + local.getUTCHours() * 60 + local.getUTCMinutes();
  // An interval may run past Sunday midnight into the next week.
  return schedule.some(([from, to]) => (minute >= from && minute < to) || (to > WEEK && minute + WEEK < to));
}
