/** Products: the list (`/san-pham/`, `trang/<n>/`) and each product's page. */
import { productJsonLd } from '../../lib/json-ld.ts';
import { communeName, provinceName } from '../../lib/places.ts';
import { formatDate } from '../../lib/dates.ts';
import { provinceByCode } from '../../lib/admin-units.ts';
import { certificateValidUntil, OCOP_GROUP_LABELS, ocopIssuerLevel, showsStars, type OcopGroup } from '../../lib/ocop.ts';
import type { FilterData, FilterRow } from '../../lib/product-filter.ts';
import { compareVi, formatMoney } from '../../lib/text.ts';
import { distinctTitles } from '../../lib/titles.ts';
import { PAGE_SIZE } from '../../lib/paginate.ts';
import { absoluteUrl, businessUrl, honorYearUrl, PRODUCT_FILTER_DATA, productFilterUrl, PRODUCTS, productUrl } from '../../lib/urls.ts';
import type { PageOf } from '../page.ts';
import type { Product, SiteData } from '../site-data.ts';
import { productCard, type ProductCardView } from './cards.ts';
import { productPoster, type PosterView } from './posters.ts';
import { layout, type LayoutView } from './layout.ts';
import { paged, type PaginationView } from './lists.ts';
import { certificateView, type CertificateView } from './status.ts';
import { relatedNews, type RelatedNewsView } from './related.ts';

/** A link of the static filter lists (group, province), with how many products it shows. */
export interface FilterLink {
  href: string;
  label: string;
  count: number;
  current: boolean;
}

export interface ProductListView {
  layout: LayoutView;
  heading: string;
  suffix: string;
  total: number;
  cards: ProductCardView[];
  pagination: PaginationView;
  /** Links that work without JavaScript: one page per OCOP group and per province. */
  links: { groups: FilterLink[]; provinces: FilterLink[] };
  /** The filter file the browser's filters read. */
  filterData: string;
}

/** The provinces products come from, by short name, with their products. */
function productsByProvince(products: readonly Product[]) {
  const by = new Map<string, Product[]>();
  for (const p of products) by.set(p.data.province, [...(by.get(p.data.province) ?? []), p]);
  return [...by]
    .map(([code, list]) => ({ province: provinceByCode(code)!, products: list }))
    .sort((a, b) => compareVi(a.province.shortName, b.province.shortName));
}

/** The OCOP groups products hold, in the order of the lists of groups, with their products. */
function productsByGroup(products: readonly Product[]) {
  return (Object.keys(OCOP_GROUP_LABELS) as OcopGroup[])
    .map((group) => ({ group, products: products.filter((p) => p.data.ocop?.group === group) }))
    .filter((g) => g.products.length > 0);
}

/** Every page of the product list, by name: all products, and by OCOP group and by province. */
export function productListPages(data: SiteData): PageOf<ProductListView>[] {
  const { products, businessById, now } = data;
  const groups = productsByGroup(products);
  const provinces = productsByProvince(products);
  const lists: { base: string; param: string | undefined; heading: string; items: readonly Product[]; crumb?: string; current?: string }[] = [
    { base: PRODUCTS, param: undefined, heading: 'Sản phẩm', items: products },
    ...groups.map((g) => ({
      base: productFilterUrl('nhom', g.group),
      param: `nhom/${g.group}`,
      heading: `Sản phẩm OCOP nhóm ${OCOP_GROUP_LABELS[g.group]}`,
      items: g.products,
      crumb: `Nhóm ${OCOP_GROUP_LABELS[g.group]}`,
      current: productFilterUrl('nhom', g.group),
    })),
    ...provinces.map((p) => ({
      base: productFilterUrl('tinh', p.province.slug),
      param: `tinh/${p.province.slug}`,
      heading: `Sản phẩm của ${p.province.name}`,
      items: p.products,
      crumb: p.province.name,
      current: productFilterUrl('tinh', p.province.slug),
    })),
  ];
  return lists.flatMap((list) => {
    const links = {
      groups: groups.map((g) => ({ href: productFilterUrl('nhom', g.group), label: OCOP_GROUP_LABELS[g.group], count: g.products.length, current: list.current === productFilterUrl('nhom', g.group) })),
      provinces: provinces.map((p) => ({ href: productFilterUrl('tinh', p.province.slug), label: p.province.shortName, count: p.products.length, current: list.current === productFilterUrl('tinh', p.province.slug) })),
    };
    const trail = list.crumb ? [{ label: 'Sản phẩm', href: PRODUCTS }, { label: list.crumb }] : [{ label: 'Sản phẩm' }];
    return paged(list.items, PAGE_SIZE, list.base, trail).map((p) => ({
      params: { page: [list.param, p.param].filter(Boolean).join('/') || undefined },
      view: {
        layout: layout(data, {
          path: p.path,
          title: `${list.heading}${p.suffix}`,
          description: 'Sản phẩm OCOP và sản phẩm được tôn vinh, với tình trạng chứng nhận luôn cập nhật.',
          breadcrumbs: p.crumbs,
          sample: p.shown.some((x) => x.data.sample),
        }),
        heading: list.heading,
        suffix: p.suffix,
        total: list.items.length,
        cards: p.shown.map((x) => productCard(x, now, businessById.get(x.data.business.id)?.data.name)),
        pagination: p.pagination,
        links,
        filterData: PRODUCT_FILTER_DATA,
      },
    }));
  });
}

/** The filter file: every product as one row, in list order (lib/product-filter.ts). */
export function productFilterData(data: SiteData): FilterData {
  const { products, businessById } = data;
  const groups = (Object.keys(OCOP_GROUP_LABELS) as OcopGroup[]).map((g): [string, string] => [g, OCOP_GROUP_LABELS[g]]);
  const provinces = productsByProvince(products).map(({ province }): [string, string, string] => [province.code, province.shortName, province.slug]);
  const groupIndex = new Map(groups.map(([g], i) => [g, i]));
  const provinceIndex = new Map(provinces.map(([code], i) => [code, i]));
  return {
    groups,
    provinces,
    rows: products.map((p): FilterRow => {
      const d = p.data;
      const o = d.ocop;
      return [
        p.id,
        d.name,
        businessById.get(d.business.id)?.data.name ?? '',
        provinceIndex.get(d.province)!,
        o ? groupIndex.get(o.group)! : -1,
        o ? o.stars : 0,
        o ? certificateValidUntil(o.decisionDate, o.validUntil) : '',
        o?.revoked?.date ?? '',
      ];
    }),
  };
}

export interface ProductView {
  layout: LayoutView;
  id: string;
  name: string;
  sample: boolean;
  /** The committee whose open data it comes from, when aggregated (shown with a link to the original). */
  source: { committee: string; url: string } | undefined;
  image?: Product['data']['image'];
  description?: string | undefined;
  business: { id: string; name: string };
  /** The commune of origin, when the record names one. */
  commune?: { name: string | undefined } | undefined;
  provinceName: string;
  ocop?:
    | {
        certificate: CertificateView;
        stars: number;
        score?: number | undefined;
        group: OcopGroup;
        decisionNumber: string;
        decisionDate: string;
        issuer: string;
        /** "Cấp tỉnh" (3★, 4★) or "Cấp trung ương (Bộ)" (5★). */
        issuerLevel: string;
        revoked?: { decisionNumber: string; date: string; reason?: string | undefined } | undefined;
      }
    | undefined;
  /** Standards and certifications held, as printed. */
  standards: string[];
  /** "180.000 đồng / chai 500 ml", when the business publishes a price. */
  referencePrice?: string | undefined;
  honors: { href: string; program: string | undefined; year: number; title?: string | undefined }[];
  /** Active points that stock it. */
  points: { id: string; name: string }[];
  /** Published posts referencing it ("Tin liên quan"). */
  news: RelatedNewsView;
  /** schema.org Product, with the OCOP certificate and its status at build time. */
  jsonLd: Record<string, unknown>;
  /** Its verification poster, a section of the page (`#ap-phich`). */
  poster: PosterView;
}

/** Every product's page. */
export function productPages(data: SiteData): PageOf<ProductView>[] {
  const { products, businessById, pointsByProduct, honorsByProduct, programById, site, now } = data;
  // Same-named products (two producers' “Giò lụa Thiên Phú”) are told apart by producer, then province, then commune.
  const titles = distinctTitles(
    products.map((p) => ({
      id: p.id,
      name: p.data.name,
      qualifiers: [businessById.get(p.data.business.id)?.data.name, provinceName(p.data.province), p.data.commune && communeName(p.data.commune)],
    })),
  );
  return products.map((product) => {
    const d = product.data;
    const business = businessById.get(d.business.id)!;
    const ocop = d.ocop;
    const certificate = ocop && certificateView(ocop, now);
    return {
      params: { slug: product.id },
      view: {
        layout: layout(data, {
          path: productUrl(product.id),
          title: titles.get(product.id)!,
          // Stars only while the certificate is in force (a search result must not show lapsed
          // stars), and then with its last day, a fact a stale page cannot misstate.
          description: `${d.name} – ${business.data.name}${ocop && certificate && showsStars(certificate.status) ? `, OCOP ${ocop.stars} sao, hiệu lực đến ${formatDate(certificate.validUntil)}` : ''}`,
          breadcrumbs: [{ label: 'Sản phẩm', href: PRODUCTS }, { label: d.name }],
          sample: d.sample,
        }),
        id: product.id,
        name: d.name,
        sample: d.sample,
        source: d.source,
        image: d.image,
        description: d.description,
        business: { id: business.id, name: business.data.name },
        commune: d.commune ? { name: communeName(d.commune) } : undefined,
        provinceName: provinceName(d.province),
        ocop: ocop && {
          certificate: certificate!,
          stars: ocop.stars,
          score: ocop.score,
          group: ocop.group,
          decisionNumber: ocop.decisionNumber,
          decisionDate: ocop.decisionDate,
          issuer: ocop.issuer,
          issuerLevel: ocopIssuerLevel(ocop.stars),
          revoked: ocop.revoked && { decisionNumber: ocop.revoked.decisionNumber, date: ocop.revoked.date, reason: ocop.revoked.reason },
        },
        standards: d.standards,
        referencePrice: d.referencePrice && `${formatMoney(d.referencePrice.amount)} / ${d.referencePrice.unit}`,
        honors: (honorsByProduct.get(product.id) ?? []).map((h) => ({
          href: honorYearUrl(h.data.program.id, h.data.year),
          program: programById.get(h.data.program.id)?.data.name,
          year: h.data.year,
          title: h.data.title,
        })),
        points: (pointsByProduct.get(product.id) ?? []).filter((p) => p.data.status === 'active').map((p) => ({ id: p.id, name: p.data.name })),
        news: relatedNews(data, 'products', product.id),
        jsonLd: productJsonLd({
          name: d.name,
          url: absoluteUrl(productUrl(product.id), site.baseUrl),
          description: d.description,
          manufacturer: { name: business.data.name, url: absoluteUrl(businessUrl(business.id), site.baseUrl) },
          ocop: ocop && certificate && {
            stars: ocop.stars,
            decisionNumber: ocop.decisionNumber,
            issuer: ocop.issuer,
            decisionDate: ocop.decisionDate,
            validUntil: certificate.validUntil,
            revokedDate: certificate.revokedDate,
            status: certificate.status,
          },
        }),
        poster: productPoster(data, product),
      },
    };
  });
}
