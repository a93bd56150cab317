/**
 * Plan rules: levels and kinds of agency with their names, how a plan is named, and the rules that
 * depend on the clock — a plan's status, and when each deadline next falls due. Those take `now`
 * and judge days on the calendar of Asia/Ho_Chi_Minh.
 */
import { dateParts, localDate } from './dates.ts';
import type { ScheduleLike } from './schedule.ts';

/** Levels of the issuing committee. */
export const PLAN_LEVELS = ['trung-uong', 'tinh', 'quan-huyen', 'xa'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];

export const PLAN_LEVEL_LABELS: Record<PlanLevel, string> = {
  'trung-uong': 'Trung ương',
  tinh: 'Tỉnh, thành phố',
  'quan-huyen': 'Quận, huyện (trước 01/07/2025)',
  xa: 'Xã, phường, đặc khu',
};

/** Kinds of agency a plan assigns work to; used to group the task tracker. */
export const AGENCY_KINDS = [
  'ban-chi-dao',
  'tuyen-giao',
  'uy-ban-nhan-dan',
  'mat-tran',
  'doan-the',
  'co-quan-chuyen-mon',
  'cap-duoi',
  'khac',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  'ban-chi-dao': 'Ban Chỉ đạo và cơ quan thường trực',
  'tuyen-giao': 'Ban Tuyên giáo',
  'uy-ban-nhan-dan': 'Ủy ban nhân dân',
  'mat-tran': 'Mặt trận Tổ quốc',
  'doan-the': 'Các tổ chức thành viên',
  'co-quan-chuyen-mon': 'Cơ quan chuyên môn',
  'cap-duoi': 'Ban Chỉ đạo cấp dưới',
  khac: 'Cơ quan, đơn vị khác',
};

/** How a plan is named in links and titles: "Kế hoạch 28/KH-BCĐCVĐ", or by year when unnumbered. */
export function planName(plan: { number?: string | undefined; date: string }): string {
  return plan.number ? `Kế hoạch ${plan.number}` : `Kế hoạch năm ${plan.date.slice(0, 4)} (không ghi số)`;
}

export const PLAN_STATUSES = ['in-force', 'superseded', 'ended'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  'in-force': 'Đang thực hiện',
  superseded: 'Đã được thay thế',
  ended: 'Đã hết thời gian thực hiện',
};

/** What {@link planStatus} needs to know about a plan. */
export interface PlanDates {
  /** Last day of the period the plan covers, when it names one. */
  periodEnd?: string | undefined;
  /** Whether a newer plan replaces it. */
  superseded?: boolean;
}

/** A plan's status at `now`: replaced, past its period, or in force. */
export function planStatus(plan: PlanDates, now: Date): PlanStatus {
  if (plan.superseded) return 'superseded';
  if (plan.periodEnd && localDate(now) > plan.periodEnd) return 'ended';
  return 'in-force';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of a month (1–12). */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` for a year, month and day, the day clamped to the month's length. */
export function ymd(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(Math.min(day, lastDayOfMonth(year, month)))}`;
}

/**
 * The day a yearly deadline "trước ngày D/M" (before D/M) falls due in `year`: the day before, so
 * a report is in time when it arrives by the end of that day. Pages and calendars both use this.
 */
export function yearlyDueDay(year: number, month: number, day: number): { year: number; month: number; day: number } {
  if (day > 1) return { year, month, day: Math.min(day, lastDayOfMonth(year, month) + 1) - 1 };
  const prev = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return { ...prev, day: lastDayOfMonth(prev.year, prev.month) };
}

/** `YYYY-MM-DD` of a yearly deadline in `year` (see {@link yearlyDueDay}). */
export function yearlyDue(year: number, month: number, day: number): string {
  const d = yearlyDueDay(year, month, day);
  return ymd(d.year, d.month, d.day);
}

/** Months that end a period of each recurrence (recurring deadlines fall due on the period's last day). */
export const PERIOD_END_MONTHS = {
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarterly: [3, 6, 9, 12],
  semiannual: [6, 12],
  yearly: [12],
} as const;

/**
 * The next day (`YYYY-MM-DD`, today included) a schedule falls due at `now`, or undefined when it
 * never will again (a past date, a past quarter, after `until`) or has no date ("thường xuyên").
 * Yearly deadlines "trước ngày D/M" fall due the day before D/M ({@link yearlyDue}); recurring
 * reports without a day in the plan fall due on the last day of each period. Both are the site's
 * reading, which pages say in words ({@link scheduleReading} in schedule.ts).
 */
export function nextDue(schedule: ScheduleLike, now: Date, until?: string): string | undefined {
  const today = localDate(now);
  const { year } = dateParts(today);
  let due: string | undefined;
  switch (schedule.kind) {
    case 'date':
      due = schedule.date >= today ? schedule.date : undefined;
      break;
    case 'quarter': {
      const end = ymd(schedule.year, schedule.quarter * 3, 31);
      due = end >= today ? end : undefined;
      break;
    }
    case 'yearly': {
      for (const y of [year, year + 1]) {
        if (schedule.from !== undefined && y < schedule.from) continue;
        if (schedule.until !== undefined && y > schedule.until) break;
        const candidate = yearlyDue(y, schedule.month, schedule.day);
        if (candidate >= today) {
          due = candidate;
          break;
        }
      }
      if (!due && schedule.from !== undefined && schedule.from > year + 1) due = yearlyDue(schedule.from, schedule.month, schedule.day);
      break;
    }
    case 'recurring': {
      const months = PERIOD_END_MONTHS[schedule.frequency];
      for (const y of [year, year + 1]) {
        const found = months.map((m) => ymd(y, m, 31)).find((d) => d >= today);
        if (found) {
          due = found;
          break;
        }
      }
      break;
    }
    case 'ongoing':
      due = undefined;
  }
  return due && until && due > until ? undefined : due;
}

/** What a next-due line says at `now`: the next due day, that the plan's period is over, or that nothing more falls due. */
export type DueState = { state: 'due'; due: string } | { state: 'plan-ended' } | { state: 'none' };

/** The next-due line's state: one rule for the build and the browser. */
export function dueState(schedule: ScheduleLike, now: Date, until?: string): DueState {
  if (until && localDate(now) > until) return { state: 'plan-ended' };
  const due = nextDue(schedule, now, until);
  return due ? { state: 'due', due } : { state: 'none' };
}

/** The words of a next-due line that has no due day. */
export const DUE_STATE_LABELS = { 'plan-ended': 'Kế hoạch đã hết thời hạn', none: 'Không còn hạn nào tới' } as const;

/**
 * A date as official documents print it in the place-and-date line (Nghị định 30/2020/NĐ-CP):
 * "ngày 24 tháng 02 năm 2023" — days below 10 and the months 1 and 2 take a leading zero.
 */
export function documentDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `ngày ${pad(day)} tháng ${month < 3 ? pad(month) : month} năm ${year}`;
}
