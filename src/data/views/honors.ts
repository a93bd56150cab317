/** Honours: `/ton-vinh/`, each programme's page, and each programme's yearly list (`trang/<n>/`). */
import { CADENCE_LABELS } from '../../lib/honors.ts';
import { provinceName } from '../../lib/places.ts';
import { HONORS_PER_PAGE } from '../../lib/paginate.ts';
import { compareVi } from '../../lib/text.ts';
import { HONORS, honorYearUrl, programUrl } from '../../lib/urls.ts';
import type { Honor, HonorProgram, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { layout, type LayoutView } from './layout.ts';
import { paged, type PaginationView } from './lists.ts';

const yearLists = new WeakMap<SiteData, { program: HonorProgram; year: number; items: Honor[] }[]>();

/** Every programme-year list that has at least one award (programmes by name, years as first met); once per build. */
function honorYearLists(data: SiteData) {
  let lists = yearLists.get(data);
  if (!lists) {
    const { programs, honors } = data;
    lists = programs.flatMap((program) => {
      const mine = honors.filter((h) => h.data.program.id === program.id);
      return [...new Set(mine.map((h) => h.data.year))].map((year) => ({ program, year, items: mine.filter((h) => h.data.year === year) }));
    });
    yearLists.set(data, lists);
  }
  return lists;
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
  programs: { id: string; name: string; organiser: string; cadence: string; sample: boolean; years: { year: number; href: string }[] }[];
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
      sample: p.data.sample,
      years: yearsOf(data, p.id).map(({ year, href }) => ({ year, href })),
    })),
  };
}

export interface ProgramView {
  layout: LayoutView;
  name: string;
  sample: boolean;
  description: string;
  organiser: string;
  cadence: string;
  website?: string | undefined;
  years: { year: number; href: string; count: number }[];
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
        name: d.name,
        sample: d.sample,
        description: d.description,
        organiser: d.organiser,
        cadence: CADENCE_LABELS[d.cadence]!,
        website: d.website,
        years: yearsOf(data, program.id),
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
  rows: { business: { id: string; name: string; taxCode: string; provinceName: string }; product?: { id: string; name: string } | undefined; title: string }[];
  pagination: PaginationView;
}

/** Every page of every programme-year list, by business name. */
export function honorYearPages(data: SiteData): PageOf<HonorYearView>[] {
  const { businessById, productById } = data;
  return honorYearLists(data).flatMap(({ program, year, items }) => {
    const base = honorYearUrl(program.id, year);
    const sorted = items
      .map((h) => ({ h, business: businessById.get(h.data.business.id)!, product: h.data.product ? productById.get(h.data.product.id) : undefined }))
      .sort((a, b) => compareVi(a.business.data.name, b.business.data.name));
    const decisions = [...new Set(items.map((h) => `${h.data.decisionNumber}|${h.data.decisionDate}`))].map((k) => {
      const [number, date] = k.split('|') as [string, string];
      return { number, date };
    });
    const trail = [{ label: 'Tôn vinh', href: HONORS }, { label: program.data.name, href: programUrl(program.id) }, { label: `Năm ${year}` }];
    return paged(sorted, HONORS_PER_PAGE, base, trail).map((p) => ({
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
        total: sorted.length,
        decisions,
        rows: p.shown.map(({ h, business, product }) => ({
          business: { id: business.id, name: business.data.name, taxCode: business.data.taxCode, provinceName: provinceName(business.data.address.province) },
          product: product && { id: product.id, name: product.data.name },
          title: h.data.title ?? program.data.name,
        })),
        pagination: p.pagination,
      },
    }));
  });
}
