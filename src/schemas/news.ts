/** A news post from the press office. */
import { z } from 'astro/zod';
import { calendarDate, figure, sample, text } from './common.ts';

/** Every field but the cover, built once (see `productBase` in product.ts for why). */
const newsBase = z
  .object({
    /** Headline. */
    title: text(),
    /** Publication date. */
    date: calendarDate(),
    /** Last substantive update, when any. */
    updated: calendarDate().optional(),
    /** One or two sentences for lists and feeds. */
    summary: text(),
    /** Author or desk, e.g. "Văn phòng Ban Chỉ đạo". */
    author: text().optional(),
    /** Topics. */
    tags: z.array(text()).default([]),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict();

export const newsSchemaFor = <T extends z.ZodType>(image: () => T) =>
  newsBase.extend({
    /** Cover image with its alternative text. */
    cover: figure(image),
  });
