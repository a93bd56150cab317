/**
 * Honours: `/ton-vinh/`, each programme's page, each programme's yearly list (`trang/<n>/`), and
 * the data files of the lookup (`/ton-vinh/tra-cuu.json`) and of each yearly list's filter
 * (`danh-sach.json`), whose shapes are in src/lib/honor-lookup.ts.
 */
import type { HonorLookupFile, HonorYearFile, LookupBusiness, LookupHonor, YearRow } from '../../lib/honor-lookup.ts';
import { CADENCE_LABELS, HONOR_SCOPE_LABELS } from '../../lib/honors.ts';
import { provinceName } from '../../lib/places.ts';
import { HONORS_PER_PAGE } from '../../lib/paginate.ts';
import { compareVi } from '../../lib/text.ts';
import { HONOR_LOOKUP, HONORS, honorYearDataUrl, honorYearUrl, programUrl } from '../../lib/urls.ts';
import type { Business, Honor, HonorProgram, Product, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { memoOnData } from '../reads.ts';
import { layout, type LayoutView } from './layout.ts';
import { paged, type PaginationView } from './lists.ts';

/** One award of a yearly list with the records it names. */
interface ListEntry {
  h: Honor;
  business: Business;
  product: Product | undefined;
}

/**
 * Every programme-year list that has at least one award (programmes by name, years as first met),
 * each sorted by business name as its pages show it; once per build.
 */
const honorYearLists = memoOnData((data: SiteData): { program: HonorProgram; year: number; items: ListEntry[] }[] => {
  const { programs, honors, businessById, productById } = data;
  return programs.flatMap((program) => {
    const mine = honors.filter((h) => h.data.program.id === program.id);
    return [...new Set(mine.map((h) => h.data.year))].map((year) => ({
      program,
      year,
      items: mine
        .filter((h) => h.data.year === year)
        .map((h) => ({ h, business: businessById.get(h.data.business.id)!, product: h.data.product ? productById.get(h.data.product.id) : undefined }))
        .sort((a, b) => compareVi(a.business.data.name, b.business.data.name)),
    }));
  });
});

/** The award's own title, when it has one other than the programme's name (which heads the list). */
function ownTitle(h: Honor, program: HonorProgram): string | undefined {
  return h.data.title && h.data.title !== program.data.name ? h.data.title : undefined;
}

/** A row of a yearly list: what its page shows, and what its filter's data file holds. */
function yearRow({ h, business, product }: ListEntry, program: HonorProgram): YearRow {
  return {
    business: { id: business.id, name: business.data.name, taxCode: business.data.taxCode, provinceName: provinceName(business.data.address.province) },
    product: product && { id: product.id, name: product.data.name },
    title: ownTitle(h, program),
  };
}

/** A programme's years, newest first, with how many honours each list holds. */
function yearsOf(data: SiteData, programId: string) {
  return honorYearLists(data)
    .filter((l) => l.program.id === programId)
    .sort((a, b) => b.year - a.year)
    .map((l) => ({ year: l.year, href: honorYearUrl(programId, l.year), count: l.items.length }));
}

export interface HonorsView {
  layout: LayoutView;
  programs: { id: string; name: string; organiser: string; cadence: string; scope: string; sample: boolean; years: { year: number; href: string }[] }[];
  /** The lookup's data file. */
  lookup: string;
}

/** `/ton-vinh/`. */
export function honorsView(data: SiteData): HonorsView {
  return {
    layout: layout(data, {
      path: HONORS,
      title: 'Tôn vinh',
      description: 'Các chương trình tôn vinh hàng Việt và danh sách doanh nghiệp, sản phẩm được tôn vinh theo năm.',
      breadcrumbs: [{ label: 'Tôn vinh' }],
      sample: data.programs.some((p) => p.data.sample),
    }),
    programs: data.programs.map((p) => ({
      id: p.id,
      name: p.data.name,
      organiser: p.data.organiser,
      cadence: CADENCE_LABELS[p.data.cadence]!,
      scope: HONOR_SCOPE_LABELS[p.data.scope],
      sample: p.data.sample,
      years: yearsOf(data, p.id).map(({ year, href }) => ({ year, href })),
    })),
    lookup: HONOR_LOOKUP,
  };
}

export interface ProgramView {
  layout: LayoutView;
  id: string;
  name: string;
  sample: boolean;
  description: string;
  organiser: string;
  cadence: string;
  /** What it honours, in words. */
  scope: string;
  website?: string | undefined;
  years: { year: number; href: string; count: number }[];
  /** The lookup's data file. */
  lookup: string;
}

/** Every programme's page. */
export function programPages(data: SiteData): PageOf<ProgramView>[] {
  return data.programs.map((program) => {
    const d = program.data;
    return {
      params: { program: program.id },
      view: {
        layout: layout(data, {
          path: programUrl(program.id),
          title: d.name,
          description: d.description,
          breadcrumbs: [{ label: 'Tôn vinh', href: HONORS }, { label: d.name }],
          sample: d.sample,
        }),
        id: program.id,
        name: d.name,
        sample: d.sample,
        description: d.description,
        organiser: d.organiser,
        cadence: CADENCE_LABELS[d.cadence]!,
        scope: HONOR_SCOPE_LABELS[d.scope],
        website: d.website,
        years: yearsOf(data, program.id),
        lookup: HONOR_LOOKUP,
      },
    };
  });
}

export interface HonorYearView {
  layout: LayoutView;
  program: string;
  year: number;
  suffix: string;
  organiser: string;
  total: number;
  decisions: { number: string; date: string }[];
  /** Which optional columns the list has: a product column when any award names a product, a title column when any has its own title. */
  columns: { product: boolean; title: boolean };
  rows: YearRow[];
  pagination: PaginationView;
  /** The whole year's list as data, for the filter. */
  data: string;
}

/** Every page of every programme-year list, by business name. */
export function honorYearPages(data: SiteData): PageOf<HonorYearView>[] {
  return honorYearLists(data).flatMap(({ program, year, items }) => {
    const base = honorYearUrl(program.id, year);
    const decisions = [...new Set(items.map(({ h }) => `${h.data.decisionNumber}|${h.data.decisionDate}`))].map((k) => {
      const [number, date] = k.split('|') as [string, string];
      return { number, date };
    });
    const columns = { product: items.some((e) => e.product), title: items.some((e) => ownTitle(e.h, program)) };
    const trail = [{ label: 'Tôn vinh', href: HONORS }, { label: program.data.name, href: programUrl(program.id) }, { label: `Năm ${year}` }];
    return paged(items, HONORS_PER_PAGE, base, trail).map((p) => ({
      params: { program: program.id, year: String(year), page: p.param },
      view: {
        layout: layout(data, {
          path: p.path,
          title: `${program.data.name} năm ${year}${p.suffix}`,
          breadcrumbs: p.crumbs,
          sample: p.shown.some((r) => r.h.data.sample),
        }),
        program: program.data.name,
        year,
        suffix: p.suffix,
        organiser: program.data.organiser,
        total: items.length,
        decisions,
        columns,
        rows: p.shown.map((e) => yearRow(e, program)),
        pagination: p.pagination,
        data: honorYearDataUrl(program.id, year),
      },
    }));
  });
}

/** A data file's view model: its body, as written. */
export interface HonorDataView<T> {
  body: T;
}

/** Each yearly list's `danh-sach.json`: every row of every page, for the list's filter. */
export function honorYearFiles(data: SiteData): PageOf<HonorDataView<HonorYearFile>>[] {
  return honorYearLists(data).map(({ program, year, items }) => ({
    params: { program: program.id, year: String(year) },
    view: { body: { rows: items.map((e) => yearRow(e, program)) } },
  }));
}

/**
 * `/ton-vinh/tra-cuu.json`: every honoured business with every honour it holds (programme, year,
 * own title, and the page of the year's list that shows it), by name. Names are folded in the
 * browser with the same rule as the query, so the file carries each name once.
 */
export function honorLookupFile(data: SiteData): HonorLookupFile {
  const programs = data.programs.map((p) => ({ id: p.id, name: p.data.name }));
  const byBusiness = new Map<string, { business: Business; honors: Map<string, LookupHonor> }>();
  data.programs.forEach((program, index) => {
    const lists = honorYearLists(data)
      .filter((l) => l.program.id === program.id)
      .sort((a, b) => b.year - a.year);
    for (const { year, items } of lists) {
      items.forEach(({ h, business }, position) => {
        const title = ownTitle(h, program);
        const entry = byBusiness.get(business.id) ?? { business, honors: new Map<string, LookupHonor>() };
        byBusiness.set(business.id, entry);
        const key = `${index}|${year}|${title ?? ''}`;
        if (!entry.honors.has(key)) {
          const page = Math.floor(position / HONORS_PER_PAGE) + 1;
          entry.honors.set(key, title === undefined ? [index, year, page] : [index, year, page, title]);
        }
      });
    }
  });
  const businesses: LookupBusiness[] = [...byBusiness.values()]
    .sort((a, b) => compareVi(a.business.data.name, b.business.data.name))
    .map(({ business, honors }) => ({ i: business.id, n: business.data.name, t: business.data.taxCode, h: [...honors.values()] }));
  return { programs, businesses };
}
