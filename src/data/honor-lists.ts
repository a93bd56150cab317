/** Honours grouped into one list per programme and year. */
import { cacheKey } from './cache-key.ts';
import { siteData, type Honor, type HonorProgram, type SiteData } from './index.ts';

/** Every programme-year list that has at least one award. */
export async function honorYearLists(): Promise<{ program: HonorProgram; year: number; items: Honor[] }[]> {
  const { programs, honors } = await siteData();
  return programs.flatMap((program) => {
    const mine = honors.filter((h) => h.data.program.id === program.id);
    return [...new Set(mine.map((h) => h.data.year))].map((year) => ({ program, year, items: mine.filter((h) => h.data.year === year) }));
  });
}

/**
 * The cache key of every page of one programme-year list: its honours, with the business and
 * product each names (shown on the page), and the programme.
 */
export function honorListKey(
  { siteDigest, businessById, productById }: Pick<SiteData, 'siteDigest' | 'businessById' | 'productById'>,
  program: HonorProgram,
  items: readonly Honor[],
): string {
  return cacheKey(siteDigest, [
    program,
    ...items.flatMap((h) => [h, businessById.get(h.data.business.id), h.data.product ? productById.get(h.data.product.id) : undefined]),
  ]);
}
