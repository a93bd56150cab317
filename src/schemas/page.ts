/** A standalone page: about, how to report, accessibility statement. */
import { z } from 'astro/zod';
import { calendarDate, sample, text } from './common.ts';

export const pageSchema = z
  .object({
    /** Page title (the <h1>). */
    title: text(),
    /** One sentence for search results and the meta description. */
    description: text(),
    /** Last reviewed. */
    updated: calendarDate(),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict();
