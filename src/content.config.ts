/**
 * Every collection: its loader and its schema, nothing else. Schemas live in `src/schemas/`.
 * Content is read from `content/` unless `HANGVIET_CONTENT` names another folder.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { buildClock } from './data/clock.ts';
import { collectionDir } from './loaders/content-root.ts';
import { fileIds, type ReservedIds } from './loaders/ids.ts';
import { publishedOnly } from './loaders/published.ts';
import { records, siteFile } from './loaders/records.ts';
import { everySchemaError, explainWith } from './loaders/schema-errors.ts';
import { sharedStores } from './loaders/shared-store.ts';
import { schemaMessage, type SchemaIssue } from './lib/schema-messages.ts';
import { businessSchema } from './schemas/business.ts';
import { fairSchema } from './schemas/fair.ts';
import { honorProgramSchema, honorSchema } from './schemas/honor.ts';
import { newsSchemaFor } from './schemas/news.ts';
import { pageSchema } from './schemas/page.ts';
import { planSchema } from './schemas/plan.ts';
import { pointSchema } from './schemas/point.ts';
import { productEntrySchema, productWithPath } from './schemas/product.ts';
import { siteSchema } from './schemas/site.ts';
import { FAIR_FOLDERS, FAIRS, NEWS, NEWS_FOLDERS } from './lib/urls.ts';

// Schema messages in plain Vietnamese that say what to write (lib/schema-messages.ts); a message
// written on a schema wins, and what the map does not know falls back to the library's Vietnamese.
z.config(z.locales.vi());
z.config({ customError: (issue) => schemaMessage(issue as SchemaIssue) });

// Plain .md bodies are rendered once while content loads and kept with the entry (and reused while
// unchanged), so they add no module to bundle; MDX is compiled and rendered at build as always.
// News, fairs and pages are plain Markdown (what the web editor writes: MDX is code run at build,
// and a brace typed in a press release would break it); plans keep MDX.
// Every entry with bad data is reported at once, in Vietnamese, with its file (loaders/schema-errors.ts).
const mdx = (name: string, schema: z.ZodType, reserved?: ReservedIds) =>
  everySchemaError(
    glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: collectionDir(name), generateId: fileIds(reserved), deferRender: false }),
    explainWith(schema),
  );

// Explaining an error needs the schema without Astro's image helper: a picture's path is text there
// (a missing picture file is still reported, in Astro's words). Products have one (productWithPath).
const newsExplained = newsSchemaFor(() => z.string());

// Every loader notes what it stored, so that the build's pages take the records from memory instead
// of reading the store's file again (loaders/shared-store.ts).
export const collections = sharedStores({
  site: defineCollection({ loader: siteFile(explainWith(siteSchema)), schema: siteSchema }),
  plans: defineCollection({ loader: mdx('plans', planSchema), schema: planSchema }),
  fairs: defineCollection({ loader: mdx('fairs', fairSchema, { folder: FAIRS, names: FAIR_FOLDERS }), schema: fairSchema }),
  // A post's id is its address under /tin-tuc/: it may not be the name of a folder of lists there.
  // Drafts and posts dated after the build's day are validated but not stored (loaders/published.ts).
  news: defineCollection({
    loader: publishedOnly(mdx('news', newsExplained, { folder: NEWS, names: NEWS_FOLDERS }), () => buildClock()),
    schema: ({ image }) => newsSchemaFor(image),
  }),
  pages: defineCollection({ loader: mdx('pages', pageSchema), schema: pageSchema }),
  points: defineCollection({ loader: records('points', explainWith(pointSchema)), schema: pointSchema }),
  products: defineCollection({ loader: records('products', explainWith(productWithPath)), schema: ({ image }) => productEntrySchema(image) }),
  businesses: defineCollection({ loader: records('businesses', explainWith(businessSchema)), schema: businessSchema }),
  'honor-programs': defineCollection({ loader: records('honor-programs', explainWith(honorProgramSchema)), schema: honorProgramSchema }),
  honors: defineCollection({ loader: records('honors', explainWith(honorSchema)), schema: honorSchema }),
});
