/** Businesses: the list (`/doanh-nghiep/`, `trang/<n>/`) and each business's page. */
import { BUSINESS_KIND_LABELS } from '../../lib/businesses.ts';
import { businessJsonLd } from '../../lib/json-ld.ts';
import { communeName, formatAddress, provinceName } from '../../lib/places.ts';
import { PAGE_SIZE } from '../../lib/paginate.ts';
import { absoluteUrl, BUSINESSES, businessUrl, honorYearUrl } from '../../lib/urls.ts';
import { distinctTitles } from '../../lib/titles.ts';
import type { SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { productCard, type ProductCardView } from './cards.ts';
import { businessPoster, type PosterView } from './posters.ts';
import { layout, type LayoutView } from './layout.ts';
import { paged, type PaginationView } from './lists.ts';
import { relatedNews, type RelatedNewsView } from './related.ts';

export interface BusinessListView {
  layout: LayoutView;
  suffix: string;
  total: number;
  cards: { id: string; name: string; kind: string; taxCode: string; provinceName: string; honors: number; products: number; sample: boolean }[];
  pagination: PaginationView;
}

/** Every page of the business list, by name. */
export function businessListPages(data: SiteData): PageOf<BusinessListView>[] {
  const { businesses, honorsByBusiness, productsByBusiness } = data;
  return paged(businesses, PAGE_SIZE, BUSINESSES, [{ label: 'Doanh nghiệp' }]).map((p) => ({
    params: { page: p.param },
    view: {
      layout: layout(data, {
        path: p.path,
        title: `Doanh nghiệp${p.suffix}`,
        description: 'Doanh nghiệp, hợp tác xã và hộ kinh doanh với các danh hiệu, sản phẩm và điểm bán.',
        breadcrumbs: p.crumbs,
        sample: p.shown.some((b) => b.data.sample),
      }),
      suffix: p.suffix,
      total: businesses.length,
      cards: p.shown.map((b) => ({
        id: b.id,
        name: b.data.name,
        kind: BUSINESS_KIND_LABELS[b.data.kind]!,
        taxCode: b.data.taxCode,
        provinceName: provinceName(b.data.address.province),
        honors: honorsByBusiness.get(b.id)?.length ?? 0,
        products: productsByBusiness.get(b.id)?.length ?? 0,
        sample: b.data.sample,
      })),
      pagination: p.pagination,
    },
  }));
}

export interface BusinessView {
  layout: LayoutView;
  name: string;
  sample: boolean;
  /** The committee whose open data it comes from, when aggregated (shown with a link to the original). */
  source: { committee: string; url: string } | undefined;
  description?: string | undefined;
  kind: string;
  taxCode: string;
  address: string;
  phone?: string | undefined;
  website?: string | undefined;
  /** Newest first. */
  honors: { href: string; program: string | undefined; year: number; title?: string | undefined; decisionNumber: string }[];
  products: ProductCardView[];
  points: { id: string; name: string; closed: boolean }[];
  /** Published posts referencing it ("Tin liên quan"). */
  news: RelatedNewsView;
  /** schema.org Organization. */
  jsonLd: Record<string, unknown>;
  /** Its verification poster, a section of the page (`#ap-phich`). */
  poster: PosterView;
}

/** Every business's page. */
export function businessPages(data: SiteData): PageOf<BusinessView>[] {
  const { businesses, honorsByBusiness, productsByBusiness, pointsByBusiness, programById, site, now } = data;
  // Namesakes (a “Hợp tác xã Nông nghiệp Tân Phú” in two provinces) are told apart by province, then commune.
  const titles = distinctTitles(businesses.map((b) => ({ id: b.id, name: b.data.name, qualifiers: [provinceName(b.data.address.province), communeName(b.data.address.commune)] })));
  return businesses.map((business) => {
    const d = business.data;
    const honors = [...(honorsByBusiness.get(business.id) ?? [])].sort((a, b) => b.data.year - a.data.year);
    const honorViews = honors.map((h) => ({
      href: honorYearUrl(h.data.program.id, h.data.year),
      program: programById.get(h.data.program.id)?.data.name,
      year: h.data.year,
      title: h.data.title,
      decisionNumber: h.data.decisionNumber,
    }));
    return {
      params: { slug: business.id },
      view: {
        layout: layout(data, {
          path: businessUrl(business.id),
          title: titles.get(business.id)!,
          description: `${d.name} – mã số thuế ${d.taxCode}`,
          breadcrumbs: [{ label: 'Doanh nghiệp', href: BUSINESSES }, { label: d.name }],
          sample: d.sample,
        }),
        name: d.name,
        sample: d.sample,
        source: d.source,
        description: d.description,
        kind: BUSINESS_KIND_LABELS[d.kind]!,
        taxCode: d.taxCode,
        address: formatAddress(d.address),
        phone: d.phone,
        website: d.website,
        honors: honorViews,
        products: (productsByBusiness.get(business.id) ?? []).map((p) => productCard(p, now)),
        points: (pointsByBusiness.get(business.id) ?? []).map((p) => ({ id: p.id, name: p.data.name, closed: p.data.status === 'closed' })),
        news: relatedNews(data, 'businesses', business.id),
        jsonLd: businessJsonLd({
          name: d.name,
          url: absoluteUrl(businessUrl(business.id), site.baseUrl),
          taxCode: d.taxCode,
          street: d.address.street,
          communeName: communeName(d.address.commune) ?? d.address.commune,
          provinceName: provinceName(d.address.province),
          phone: d.phone,
          website: d.website,
          description: d.description,
          awards: honorViews.map((h) => `${h.program ?? ''} ${h.year}${h.title ? ` – ${h.title}` : ''}`.trim()),
        }),
        poster: businessPoster(data, business),
      },
    };
  });
}
