/** A fair or market day: "Phiên chợ hàng Việt", a rural fair, a trade or promotion fair. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { daysBetween, formatDate } from '../lib/dates.ts';
import { FAIR_KINDS, FAIR_STATUSES, MAX_SPAN_DAYS, meetsOn } from '../lib/fairs.ts';
import { MONTH_WEEKS, patternMatches, REPEAT_EVERY, WEEKDAY_NAMES, WEEKDAYS, weekdayOf } from '../lib/recurrence.ts';
import { address, calendarDate, geo, localDateTime, oneOf, phone, sample, text } from './common.ts';

/** `08:00-22:00` (a dash or an en dash), opening before closing. */
const HOURS = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-3]):([0-5]\d)$/;

const dailyHours = () =>
  z.string().transform((value, ctx) => {
    const m = HOURS.exec(value.trim());
    if (!m || `${m[3]}:${m[4]}` <= `${m[1]}:${m[2]}`) {
      ctx.addIssue({ code: 'custom', message: `"${value}" không phải giờ mở cửa hằng ngày; hãy viết dạng "08:00-22:00" (mở cửa trước giờ đóng cửa)` });
      return z.NEVER;
    }
    return { open: `${m[1]}:${m[2]}`, close: `${m[3]}:${m[4]}` };
  });

/**
 * A link to the registration form: an https address, or a file the site serves from `public/`
 * written as its path (`/tai-lieu/phieu-dang-ky.pdf`), which must exist.
 */
const formLink = () =>
  z.string().superRefine((value, ctx) => {
    if (/^https:\/\/[^\s/]+\.[^\s]+$/.test(value)) return;
    if (/^\/[\w\-./]+$/.test(value) && !value.includes('..')) {
      if (!existsSync(path.join(process.cwd(), 'public', value))) {
        ctx.addIssue({ code: 'custom', message: `không có tệp public${value}; hãy đặt phiếu đăng ký vào thư mục public (ví dụ public/tai-lieu/hoi-cho/phieu.pdf) hoặc ghi địa chỉ https://` });
      }
      return;
    }
    ctx.addIssue({ code: 'custom', message: `"${value}" không phải liên kết hợp lệ; hãy ghi địa chỉ bắt đầu bằng https:// hoặc đường dẫn tệp trong thư mục public, bắt đầu bằng /` });
  });

/** A recurring market day: weekly on some weekdays, or monthly on the n-th weekday. */
const repeatSchema = z
  .object({
    /** `week` (hằng tuần) or `month` (hằng tháng). */
    every: oneOf(REPEAT_EVERY),
    /** Weekdays: t2, t3, t4, t5, t6, t7, cn. */
    days: z.array(oneOf(WEEKDAYS)).min(1, 'cần ít nhất một ngày trong tuần (t2 … t7, cn)'),
    /** Monthly: which week, 1 to 4 or -1 for the last. */
    week: z.literal(MONTH_WEEKS, { error: 'tuần trong tháng là 1, 2, 3, 4 hoặc -1 (tuần cuối)' }).optional(),
    /** Last day the market may meet; none = until further notice. */
    until: calendarDate().optional(),
    /** Days the market does not meet. */
    except: z.array(calendarDate()).default([]),
  })
  .strict();

export const fairSchema = z
  .object({
    /** Name, e.g. "Phiên chợ hàng Việt về xã Ia Grai 2026". */
    title: text(),
    /** Kind of fair. */
    kind: oneOf(FAIR_KINDS),
    /** Opening, local time in quotes: "2026-11-28 08:00". For a market day: its first session. */
    start: localDateTime(),
    /** Closing, local time in quotes: "2026-11-30 21:00". For a market day: the first session's end. */
    end: localDateTime(),
    /** A recurring market day: every session keeps the times of the first. */
    repeat: repeatSchema.optional(),
    /** Opening hours each day of a fair of several days: "08:00-22:00". */
    dailyHours: dailyHours().optional(),
    /** Where. */
    venue: z
      .object({
        /** Venue name, e.g. "Sân vận động xã Ia Grai". */
        name: text(),
        /** Address (2025 units). */
        address: address(),
        /** Position on the map. */
        geo: geo(),
      })
      .strict(),
    /** Who organises it. */
    organiser: text(),
    /** Announced status. */
    status: oneOf(FAIR_STATUSES).default('scheduled'),
    /** Why it was postponed or cancelled, as announced. */
    statusNote: text().optional(),
    /** New dates of a postponed fair, once announced; `start` and `end` keep the planned ones. */
    rescheduled: z.object({ start: localDateTime(), end: localDateTime() }).strict().optional(),
    /** How businesses can take part. */
    registration: z
      .object({
        /** Who may register. */
        who: text(),
        /** How to register. */
        how: text(),
        /** The registration form or notice: https address or a file under public/. */
        form: formLink().optional(),
        /** Last day to register. */
        deadline: calendarDate().optional(),
        /** Number of booths. */
        booths: z.number().int().positive('số gian hàng phải là số nguyên dương').optional(),
        /** Booth price as announced, e.g. "3.000.000 đồng/gian 3 m × 3 m". */
        fee: text().optional(),
        /** Contact phone. */
        phone: phone().optional(),
        /** Contact e-mail. */
        email: z.email({ message: 'địa chỉ thư điện tử không hợp lệ' }).optional(),
      })
      .strict()
      .optional(),
    /** Businesses taking part, when known. */
    businesses: z.array(reference('businesses')).default([]),
    /** One-sentence summary for lists. */
    summary: text(),
    /** Day the organiser's information was last changed (calendar files carry it as DTSTAMP). */
    updated: calendarDate().optional(),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (Date.parse(f.end) <= Date.parse(f.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'thời điểm kết thúc phải sau thời điểm khai mạc' });
      return;
    }
    if (f.status !== 'scheduled' && !f.statusNote) {
      ctx.addIssue({ code: 'custom', path: ['statusNote'], message: 'hội chợ tạm hoãn hoặc hủy cần ghi lý do hoặc thông báo (statusNote)' });
    }
    if (f.rescheduled) {
      if (f.status !== 'postponed') ctx.addIssue({ code: 'custom', path: ['rescheduled'], message: 'chỉ ghi ngày mới (rescheduled) khi hội chợ tạm hoãn (status: postponed)' });
      if (f.repeat) ctx.addIssue({ code: 'custom', path: ['rescheduled'], message: 'phiên chợ định kỳ không dời lịch bằng rescheduled; hãy ghi các ngày nghỉ vào repeat.except hoặc đổi ngày bắt đầu' });
      if (Date.parse(f.rescheduled.end) <= Date.parse(f.rescheduled.start)) ctx.addIssue({ code: 'custom', path: ['rescheduled', 'end'], message: 'thời điểm kết thúc mới phải sau thời điểm khai mạc mới' });
    }
    const span = f.rescheduled ?? f;
    if (!f.repeat && daysBetween(span.start.slice(0, 10), span.end.slice(0, 10)) >= MAX_SPAN_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `hội chợ kéo dài quá ${MAX_SPAN_DAYS} ngày; nếu đây là phiên chợ họp định kỳ (ví dụ thứ Bảy, Chủ nhật hằng tuần), hãy ghi ngày giờ của phiên đầu tiên vào start/end và khai báo lịch lặp (repeat)`,
      });
    }
    if (f.repeat) {
      const r = f.repeat;
      const first = f.start.slice(0, 10);
      if (Date.parse(f.end) - Date.parse(f.start) > 86_400_000) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'mỗi phiên chợ định kỳ dài tối đa 24 giờ: start/end là giờ mở và đóng của phiên đầu tiên' });
      }
      if (f.dailyHours) ctx.addIssue({ code: 'custom', path: ['dailyHours'], message: 'phiên chợ định kỳ lấy giờ của phiên đầu tiên (start/end); bỏ dailyHours' });
      if (new Set(r.days).size !== r.days.length) ctx.addIssue({ code: 'custom', path: ['repeat', 'days'], message: 'một ngày trong tuần được ghi hai lần' });
      if (r.every === 'month' && r.week === undefined) ctx.addIssue({ code: 'custom', path: ['repeat', 'week'], message: 'lịch hằng tháng cần ghi tuần trong tháng (week: 1, 2, 3, 4 hoặc -1 cho tuần cuối)' });
      if (r.every === 'week' && r.week !== undefined) ctx.addIssue({ code: 'custom', path: ['repeat', 'week'], message: 'week chỉ dùng cho lịch hằng tháng (every: month)' });
      if (r.until && r.until < first) ctx.addIssue({ code: 'custom', path: ['repeat', 'until'], message: 'ngày kết thúc lịch lặp sớm hơn phiên đầu tiên' });
      if ((r.every === 'week' || r.week !== undefined) && !patternMatches(first, r)) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `phiên đầu tiên (${formatDate(first)}, ${WEEKDAY_NAMES[weekdayOf(first)]}) không rơi vào lịch lặp; hãy ghi start là ngày họp chợ đầu tiên`,
        });
      }
      r.except.forEach((date, i) => {
        if ((r.every === 'week' || r.week !== undefined) && !meetsOn({ start: f.start, repeat: r }, date)) {
          ctx.addIssue({ code: 'custom', path: ['repeat', 'except', i], message: `ngày ${formatDate(date)} (${WEEKDAY_NAMES[weekdayOf(date)]}) không phải ngày họp chợ theo lịch, không cần ghi là ngày nghỉ` });
        }
      });
    }
  });
