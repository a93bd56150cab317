/**
 * When something is due: a date, a quarter, a yearly day (reports "before 15/6"), a recurrence
 * ("định kỳ 6 tháng"), or ongoing work ("thường xuyên"). Plans write all of these.
 */
import { z } from 'astro/zod';
import { calendarDate, oneOf, text } from './common.ts';

/** Recurrence frequencies a plan can name. */
export const FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'yearly'] as const;

export const schedule = () =>
  z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('date'),
        /** The day it is due. */
        date: calendarDate(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('quarter'),
        /** Quarter 1–4. */
        quarter: z.number().int().min(1).max(4),
        /** Calendar year. */
        year: z.number().int().min(1990).max(2100),
      })
      .strict(),
    z
      .object({
        kind: z.literal('yearly'),
        /** Month of the yearly deadline, 1–12. */
        month: z.number().int().min(1).max(12),
        /** Day of month of the yearly deadline. */
        day: z.number().int().min(1).max(31),
        /** First year it applies, if the plan says. */
        from: z.number().int().optional(),
        /** Last year it applies, if the plan says. */
        until: z.number().int().optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('recurring'),
        /** How often. */
        frequency: oneOf(FREQUENCIES),
        /** The plan's own words, e.g. "định kỳ 6 tháng". */
        label: text().optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('ongoing'),
        /** The plan's own words, e.g. "thường xuyên". */
        label: text().optional(),
      })
      .strict(),
  ]);

export type Schedule = z.output<ReturnType<typeof schedule>>;
