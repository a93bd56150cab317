/** A news post from the press office. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { tagSlug } from '../lib/tags.ts';
import { calendarDate, figure, sample, text } from './common.ts';

/**
 * A topic. Its page's address is made from its letters and digits (`tagSlug`), so a tag with none
 * ("???") is refused here, where the message names the file and the field (`tags.0`) at once.
 */
const tag = () =>
  text().refine((value) => tagSlug(value) !== '', {
    error: (issue) =>
      `chủ đề ${JSON.stringify(issue.input)} không có chữ cái hay chữ số nào nên không tạo được địa chỉ trang chủ đề; hãy viết chủ đề bằng chữ (ví dụ "hội chợ") hoặc bỏ dòng này`,
  });

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
    /** Topics; each has its page at `/tin-tuc/the/<tag>/` (tags spelt alike but for case or marks are one topic). */
    tags: z.array(tag()).default([]),
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
