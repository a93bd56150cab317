/** Honours grouped into one list per programme and year. */
import { siteData, type Honor, type HonorProgram } from './index.ts';

/** Every programme-year list that has at least one award. */
export async function honorYearLists(): Promise<{ program: HonorProgram; year: number; items: Honor[] }[]> {
  const { programs, honors } = await siteData();
  return programs.flatMap((program) => {
    const mine = honors.filter((h) => h.data.program.id === program.id);
    return [...new Set(mine.map((h) => h.data.year))].map((year) => ({ program, year, items: mine.filter((h) => h.data.year === year) }));
  });
}
