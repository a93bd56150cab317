/** Honours programmes and the awards they make. */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { CADENCES, HONOR_SCOPES } from '../lib/honors.ts';
import { calendarDate, oneOf, sample, source, text } from './common.ts';

export const honorProgramSchema = z
  .object({
    /** Programme name, e.g. "Hàng Việt Nam chất lượng cao". */
    name: text(),
    /** Who organises it. */
    organiser: text(),
    /** How often it awards. */
    cadence: oneOf(CADENCES),
    /** What it honours. */
    scope: oneOf(HONOR_SCOPES),
    /** One-paragraph description. */
    description: text(),
    /** Official website, https only. */
    website: z.url({ protocol: /^https$/, message: 'địa chỉ web phải bắt đầu bằng https://' }).optional(),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict();

export const honorSchema = z
  .object({
    /** The programme. */
    program: reference('honor-programs'),
    /** Year of the award. */
    year: z.number().int().min(1990).max(2100),
    /** The business honoured. */
    business: reference('businesses'),
    /** The product honoured, when the award is for a product. */
    product: reference('products').optional(),
    /** Title awarded, when it differs from the programme name, e.g. "Top 10 doanh nghiệp tiêu biểu". */
    title: text().optional(),
    /** Decision number. */
    decisionNumber: text(),
    /** Decision date. */
    decisionDate: calendarDate(),
    /** Where it comes from, when aggregated from another committee's open data. */
    source: source().optional(),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict()
  .superRefine((h, ctx) => {
    if (Number(h.decisionDate.slice(0, 4)) < h.year - 1 || Number(h.decisionDate.slice(0, 4)) > h.year + 1) {
      ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: `ngày quyết định ${h.decisionDate} không khớp năm tôn vinh ${h.year}` });
    }
  });
