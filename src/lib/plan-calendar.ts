/**
 * Plan deadlines as iCalendar events: one-offs as dated all-day events, recurring deadlines as
 * RRULEs (yearly on the day the plan names; periodic reports on the last day of each period),
 * ending with the plan's period when it has one. UIDs are stable: plan id + item key + site host;
 * so are DTSTAMPs: the plan's date.
 */
import { dateParts, formatDate, startOfLocalDay } from './dates.ts';
import type { IcsEvent } from './ical.ts';
import { icsDate } from './ical.ts';
import { PERIOD_END_MONTHS, yearlyDue, yearlyDueDay, ymd } from './plans.ts';
import { describeSchedule, scheduleReading, type ScheduleLike } from './schedule.ts';
import { planUrl } from './urls.ts';

/** One dated item of a plan: a reporting deadline or an assignment. */
export interface PlanItem {
  /** Unique within the plan, stable: "bao-cao-1", "nhiem-vu-ii-1-1". */
  key: string;
  summary: string;
  description: string;
  schedule: ScheduleLike;
  /** Caveats to repeat in the event (e.g. the plan names no body for this task). */
  notes?: string[] | undefined;
}

/** What the calendar needs to know about a plan. */
export interface PlanForCalendar {
  id: string;
  name: string;
  date: string;
  /** Set when the plan's date is not in the source: from what the editors inferred it. */
  dateInferred?: string | undefined;
  periodEnd?: string | undefined;
}

const INTERVAL = { monthly: 1, quarterly: 3, semiannual: 6, yearly: 12 } as const;


/** The event for one item, or undefined when it has no date ("thường xuyên"). */
export function planItemEvent(plan: PlanForCalendar, item: PlanItem, site: URL): IcsEvent | undefined {
  const s = item.schedule;
  const base = {
    uid: `${plan.id}-${item.key}@${site.host}`,
    summary: item.summary,
    description: eventDescription(plan, item),
    url: new URL(planUrl(plan.id), site).href,
    // DTSTAMP: the day the plan was issued (00:00 in Vietnam). Plans record no date of later
    // edits, and the build's clock would change every file at every build.
    stamp: startOfLocalDay(plan.date).toISOString(),
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
      // "trước ngày D/M": due by the end of the day before (yearlyDueDay), the same day pages show.
      let year = Math.max(s.from ?? start.year, start.year);
      if (yearlyDue(year, s.month, s.day) < plan.date) year += 1;
      const first = yearlyDueDay(year, s.month, s.day);
      const untilYear = s.until !== undefined ? ymd(s.until, 12, 31) : undefined;
      const until = [untilYear, plan.periodEnd].filter((d): d is string => !!d).sort()[0];
      // The day before the 1st is a month's last day: BYMONTHDAY=-1 keeps it right in every year.
      const monthDay = s.day === 1 ? -1 : first.day;
      return { ...base, date: yearlyDue(year, s.month, s.day), rrule: `FREQ=YEARLY;BYMONTH=${first.month};BYMONTHDAY=${monthDay}${until ? `;UNTIL=${icsDate(until)}` : ''}` };
    }
    case 'recurring': {
      const months = PERIOD_END_MONTHS[s.frequency];
      const first = [start.year, start.year + 1].flatMap((y) => months.map((m) => ymd(y, m, 31))).find((d) => d >= plan.date)!;
      const until = plan.periodEnd ? `;UNTIL=${icsDate(plan.periodEnd)}` : '';
      return { ...base, date: first, rrule: `FREQ=MONTHLY;INTERVAL=${INTERVAL[s.frequency]};BYMONTHDAY=-1${until}` };
    }
  }
}

/**
 * An event's description: the item, the deadline in the plan's words, the day the site reads into
 * it where the plan gives none, any caveat, and the plan (with its inferred date, when the
 * calendar's first day depends on it).
 */
function eventDescription(plan: PlanForCalendar, item: PlanItem): string {
  const reading = scheduleReading(item.schedule);
  return [
    item.description,
    `Thời hạn theo văn bản: ${describeSchedule(item.schedule)}.`,
    reading && `Cách hiểu của trang: ${reading}.`,
    ...(item.notes ?? []),
    `Theo ${plan.name}.`,
    plan.dateInferred && `Ngày ban hành kế hoạch không ghi trong văn bản; trang ước định ${formatDate(plan.date)}, suy ra từ ${plan.dateInferred}.`,
  ]
    .filter(Boolean)
    .join('\n');
}
