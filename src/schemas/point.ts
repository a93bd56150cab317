/** A sales point: "Điểm bán hàng Việt – Tự hào hàng Việt Nam", an OCOP shop, a "Câu lạc bộ bán hàng Việt". */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { openingHoursProblem } from '../lib/opening-hours.ts';
import { POINT_KINDS, POINT_STATUSES } from '../lib/points.ts';
import { address, calendarDate, geo, oneOf, phone, sample, source, text } from './common.ts';


export const pointSchema = z
  .object({
    /** Name on the sign, e.g. "Điểm bán hàng Việt chợ Bến Thành". */
    name: text(),
    /** Kind of point. */
    kind: oneOf(POINT_KINDS),
    /** Who runs it (a business, a cooperative, a market board); lists agencies send often leave it out. */
    operator: text().optional(),
    /** The operating business, when it is in the directory. */
    business: reference('businesses').optional(),
    /** Address (2025 units). */
    address: address(),
    /** Position on the map. */
    geo: geo(),
    /** Opening hours in OpenStreetMap `opening_hours` syntax, e.g. "Mo-Su 07:00-21:00". */
    openingHours: text()
      .superRefine((value, ctx) => {
        const problem = openingHoursProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    /** Phone number. */
    phone: phone().optional(),
    /** Share of Vietnamese goods on the shelves, in percent. */
    vietGoodsShare: z.number().min(0).max(100).optional(),
    /** OCOP and honoured products stocked. */
    products: z.array(reference('products')).default([]),
    /** Year it opened. */
    yearOpened: z.number().int().min(1990).max(2100).optional(),
    /** Whether it is open for business; closed points keep their page but leave the lists. */
    status: oneOf(POINT_STATUSES).default('active'),
    /** When it closed, for closed points. */
    closedDate: calendarDate().optional(),
    /** When someone last checked these details. */
    lastVerified: calendarDate(),
    /** Where it comes from, when aggregated from another committee's open data. */
    source: source().optional(),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.closedDate && p.status !== 'closed') {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'có ngày đóng cửa (closedDate) nhưng trạng thái vẫn là "active"; hãy ghi status: closed' });
    }
  });
