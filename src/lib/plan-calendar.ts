/**
 * Plan deadlines as iCalendar events: one-offs as dated all-day events, recurring deadlines as
 * RRULEs (yearly on the day the plan names; periodic reports on the last day of each period),
 * ending with the plan's period when it has one. UIDs are stable: plan id + item key + site host.
 */
import { dateParts } from './dates.ts';
import type { IcsEvent } from './ical.ts';
import { icsDate } from './ical.ts';
import { lastDayOfMonth, PERIOD_END_MONTHS } from './plans.ts';
import { describeSchedule, type ScheduleLike } from './schedule.ts';
import { planUrl } from './urls.ts';

/** One dated item of a plan: a reporting deadline or an assignment. */
export interface PlanItem {
  /** Unique within the plan, stable: "bao-cao-1", "nhiem-vu-ii-1-1". */
  key: string;
  summary: string;
  description: string;
  schedule: ScheduleLike;
}

/** What the calendar needs to know about a plan. */
export interface PlanForCalendar {
  id: string;
  name: string;
  date: string;
  periodEnd?: string | undefined;
}

const INTERVAL = { monthly: 1, quarterly: 3, semiannual: 6, yearly: 12 } as const;

function ymd(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDayOfMonth(year, month))).padStart(2, '0')}`;
}

/** The event for one item, or undefined when it has no date ("thường xuyên"). */
export function planItemEvent(plan: PlanForCalendar, item: PlanItem, site: URL): IcsEvent | undefined {
  const s = item.schedule;
  const base = {
    uid: `${plan.id}-${item.key}@${site.host}`,
    summary: item.summary,
    description: `${item.description}\nThời hạn: ${describeSchedule(s)}.\nTheo ${plan.name}.`,
    url: new URL(planUrl(plan.id), site).href,
  };
  const start = dateParts(plan.date);
  switch (s.kind) {
    case 'ongoing':
      return undefined;
    case 'date':
      return { ...base, date: s.date };
    case 'quarter':
      return { ...base, date: ymd(s.year, s.quarter * 3, 31) };
    case 'yearly': {
      let year = Math.max(s.from ?? start.year, start.year);
      if (ymd(year, s.month, s.day) < plan.date) year += 1;
      const untilYear = s.until !== undefined ? ymd(s.until, 12, 31) : undefined;
      const until = [untilYear, plan.periodEnd].filter((d): d is string => !!d).sort()[0];
      return { ...base, date: ymd(year, s.month, s.day), lines: [`RRULE:FREQ=YEARLY;BYMONTH=${s.month};BYMONTHDAY=${s.day}${until ? `;UNTIL=${icsDate(until)}` : ''}`] };
    }
    case 'recurring': {
      const months = PERIOD_END_MONTHS[s.frequency];
      const first = [start.year, start.year + 1].flatMap((y) => months.map((m) => ymd(y, m, 31))).find((d) => d >= plan.date)!;
      const until = plan.periodEnd ? `;UNTIL=${icsDate(plan.periodEnd)}` : '';
      return { ...base, date: first, lines: [`RRULE:FREQ=MONTHLY;INTERVAL=${INTERVAL[s.frequency]};BYMONTHDAY=-1${until}`] };
    }
  }
}
