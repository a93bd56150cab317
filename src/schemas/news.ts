/** A news post from the press office. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { calendarDate, figure, sample, text } from './common.ts';

/** Records a post mentions, shown as links at its end and, in reverse, on their pages ("Tin liên quan"). */
const related = z
  .object({
    /** Fairs and market days the post is about. */
    fairs: z.array(reference('fairs')).default([]),
    /** Plans the post reports on. */
    plans: z.array(reference('plans')).default([]),
    /** Sales points it names. */
    points: z.array(reference('points')).default([]),
    /** Products it names. */
    products: z.array(reference('products')).default([]),
    /** Businesses it names. */
    businesses: z.array(reference('businesses')).default([]),
  })
  .strict();

/** Every field but the cover, built once (see `productBase` in product.ts for why). */
const newsBase = z
  .object({
    /** Headline. */
    title: text(),
    /**
     * Publication date (Vietnam time). A post dated after the day of the build is not published
     * until a build on or after that date.
     */
    date: calendarDate(),
    /** Last substantive update, when any. */
    updated: calendarDate().optional(),
    /** One or two sentences for lists, feeds and share previews. */
    summary: text(),
    /** Author or desk, e.g. "Văn phòng Ban Chỉ đạo". */
    author: text().optional(),
    /** Topics; each has its page at `/tin-tuc/the/<tag>/`. */
    tags: z.array(text()).default([]),
    /** `true` keeps the post out of every page, list, feed, sitemap, search and export. */
    draft: z.boolean().default(false),
    /** Records the post mentions. */
    related: related.default({ fairs: [], plans: [], points: [], products: [], businesses: [] }),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict();

export const newsSchemaFor = <T extends z.ZodType>(image: () => T) =>
  newsBase.extend({
    /** Cover image with its alternative text; without one, the site's default share image stands in for previews. */
    cover: figure(image).optional(),
  });
