/**
 * Describing schedules in Vietnamese: in the plan's own words (describeSchedule), and, apart, the
 * day the site reads into them where the plan names none (scheduleReading).
 */
import { formatDate } from './dates.ts';
import { lastDayOfMonth, PERIOD_END_MONTHS, yearlyDueDay, ymd } from './plans.ts';

/** The schedule shapes plans use (mirrors src/schemas/schedule.ts, without Astro imports). */
export type ScheduleLike =
  | { kind: 'date'; date: string }
  | { kind: 'quarter'; quarter: number; year: number }
  | { kind: 'yearly'; month: number; day: number; from?: number | undefined; until?: number | undefined }
  | { kind: 'recurring'; frequency: 'monthly' | 'quarterly' | 'semiannual' | 'yearly'; label?: string | undefined }
  | { kind: 'ongoing'; label?: string | undefined };

const FREQUENCY_LABELS = { monthly: 'hằng tháng', quarterly: 'hằng quý', semiannual: 'định kỳ 6 tháng', yearly: 'hằng năm' } as const;

/**
 * The deadline as the plan words it: "trước ngày 15/6", "quý 4 năm 2018", "định kỳ 6 tháng",
 * "thường xuyên", "ngày 24/02/2023". Nothing is added ("hằng năm" is not in the plans); how long a
 * yearly deadline repeats is the plan's period, said beside it.
 */
export function describeSchedule(s: ScheduleLike): string {
  switch (s.kind) {
    case 'date':
      return `ngày ${formatDate(s.date)}`;
    case 'quarter':
      return `quý ${s.quarter} năm ${s.year}`;
    case 'yearly': {
      const range = s.from && s.until ? ` (từ năm ${s.from} đến năm ${s.until})` : s.from ? ` (từ năm ${s.from})` : s.until ? ` (đến năm ${s.until})` : '';
      return `trước ngày ${s.day}/${s.month}${range}`;
    }
    case 'recurring':
      return s.label ?? FREQUENCY_LABELS[s.frequency];
    case 'ongoing':
      return s.label ?? 'thường xuyên';
  }
}

const dm = (month: number, day: number) => `${day}/${month}`;

/**
 * The due day the site reads into a deadline where the plan gives no day, in words, or undefined
 * when the plan's own words give the day (a date) or no deadline at all (ongoing work):
 * "trước ngày 15/6" is due by the end of 14/6; periodic reports and quarters are due on the
 * period's last day.
 */
export function scheduleReading(s: ScheduleLike): string | undefined {
  switch (s.kind) {
    case 'yearly': {
      const due = yearlyDueDay(2001, s.month, s.day); // a common year: "trước ngày 1/3" is due 28/2
      return `“trước ngày ${dm(s.month, s.day)}” là hạn cuối ngày ${dm(due.month, due.day)}`;
    }
    case 'quarter': {
      return `văn bản không ghi ngày; hạn lấy là ngày cuối quý, ${formatDate(ymd(s.year, s.quarter * 3, 31))}`;
    }
    case 'recurring': {
      if (s.frequency === 'monthly') return 'văn bản không ghi ngày; hạn lấy là ngày cuối mỗi tháng';
      const days = PERIOD_END_MONTHS[s.frequency].map((m) => dm(m, lastDayOfMonth(2001, m))).join(', ');
      const period = { quarterly: 'mỗi quý', semiannual: 'mỗi kỳ 6 tháng', yearly: 'năm' }[s.frequency];
      return `văn bản không ghi ngày; hạn lấy là ngày cuối ${period} (${days})`;
    }
    case 'date':
    case 'ongoing':
      return undefined;
  }
}
