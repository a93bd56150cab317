/** A fair or market day: "Phiên chợ hàng Việt", a rural fair, a trade or promotion fair. */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { FAIR_KINDS, FAIR_STATUSES } from '../lib/fairs.ts';
import { address, calendarDate, geo, localDateTime, oneOf, phone, sample, text } from './common.ts';

export const fairSchema = z
  .object({
    /** Name, e.g. "Phiên chợ hàng Việt về xã Ia Grai 2026". */
    title: text(),
    /** Kind of fair. */
    kind: oneOf(FAIR_KINDS),
    /** Opening, local time in quotes: "2026-11-28 08:00". */
    start: localDateTime(),
    /** Closing, local time in quotes: "2026-11-30 21:00". */
    end: localDateTime(),
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
    /** How businesses can take part. */
    registration: z
      .object({
        /** Who may register. */
        who: text(),
        /** How to register. */
        how: text(),
        /** Last day to register. */
        deadline: calendarDate().optional(),
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
    /** Illustrative record. */
    sample: sample(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (Date.parse(f.end) < Date.parse(f.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'thời điểm kết thúc sớm hơn thời điểm khai mạc' });
    }
    if (f.status !== 'scheduled' && !f.statusNote) {
      ctx.addIssue({ code: 'custom', path: ['statusNote'], message: 'hội chợ tạm hoãn hoặc hủy cần ghi lý do hoặc thông báo (statusNote)' });
    }
  });
