/** Describing schedules in Vietnamese. */
import { formatDate } from './dates.ts';

/** The schedule shapes plans use (mirrors src/schemas/schedule.ts, without Astro imports). */
export type ScheduleLike =
  | { kind: 'date'; date: string }
  | { kind: 'quarter'; quarter: number; year: number }
  | { kind: 'yearly'; month: number; day: number; from?: number | undefined; until?: number | undefined }
  | { kind: 'recurring'; frequency: 'monthly' | 'quarterly' | 'semiannual' | 'yearly'; label?: string | undefined }
  | { kind: 'ongoing'; label?: string | undefined };

const FREQUENCY_LABELS = { monthly: 'hằng tháng', quarterly: 'hằng quý', semiannual: 'định kỳ 6 tháng', yearly: 'hằng năm' } as const;

/** "trước ngày 15/6 hằng năm", "quý 4 năm 2018", "định kỳ 6 tháng", "thường xuyên", "ngày 24/02/2023". */
export function describeSchedule(s: ScheduleLike): string {
  switch (s.kind) {
    case 'date':
      return `ngày ${formatDate(s.date)}`;
    case 'quarter':
      return `quý ${s.quarter} năm ${s.year}`;
    case 'yearly': {
      const range = s.from && s.until ? ` (từ năm ${s.from} đến năm ${s.until})` : s.from ? ` (từ năm ${s.from})` : s.until ? ` (đến năm ${s.until})` : '';
      return `trước ngày ${s.day}/${s.month} hằng năm${range}`;
    }
    case 'recurring':
      return s.label ?? FREQUENCY_LABELS[s.frequency];
    case 'ongoing':
      return s.label ?? 'thường xuyên';
  }
}
