/** Products: the list (`/san-pham/`, `trang/<n>/`) and each product's page. */
import { communeName, provinceName } from '../../lib/places.ts';
import type { OcopGroup } from '../../lib/ocop.ts';
import { PAGE_SIZE } from '../../lib/paginate.ts';
import { honorYearUrl, PRODUCTS, productPosterUrl, productUrl } from '../../lib/urls.ts';
import type { PageOf } from '../page.ts';
import type { Product, SiteData } from '../site-data.ts';
import { productCard, type ProductCardView } from './cards.ts';
import { layout, type LayoutView } from './layout.ts';
import { paged, type PaginationView } from './lists.ts';
import { certificateView, type CertificateView } from './status.ts';

export interface ProductListView {
  layout: LayoutView;
  suffix: string;
  total: number;
  cards: ProductCardView[];
  pagination: PaginationView;
}

/** Every page of the product list, by name. */
export function productListPages(data: SiteData): PageOf<ProductListView>[] {
  const { products, businessById, now } = data;
  return paged(products, PAGE_SIZE, PRODUCTS, [{ label: 'Sản phẩm' }]).map((p) => ({
    params: { page: p.param },
    view: {
      layout: layout(data, {
        path: p.path,
        title: `Sản phẩm${p.suffix}`,
        description: 'Sản phẩm OCOP và sản phẩm được tôn vinh, với tình trạng chứng nhận luôn cập nhật.',
        breadcrumbs: p.crumbs,
        sample: p.shown.some((x) => x.data.sample),
      }),
      suffix: p.suffix,
      total: products.length,
      cards: p.shown.map((x) => productCard(x, now, businessById.get(x.data.business.id)?.data.name)),
      pagination: p.pagination,
    },
  }));
}

export interface ProductView {
  layout: LayoutView;
  id: string;
  name: string;
  sample: boolean;
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
        revoked?: { decisionNumber: string; date: string; reason?: string | undefined } | undefined;
      }
    | undefined;
  honors: { href: string; program: string | undefined; year: number; title?: string | undefined }[];
  /** Active points that stock it. */
  points: { id: string; name: string }[];
  /** Its verification poster. */
  poster: string;
}

/** Every product's page. */
export function productPages(data: SiteData): PageOf<ProductView>[] {
  const { products, businessById, pointsByProduct, honorsByProduct, programById, now } = data;
  return products.map((product) => {
    const d = product.data;
    const business = businessById.get(d.business.id)!;
    const ocop = d.ocop;
    return {
      params: { slug: product.id },
      view: {
        layout: layout(data, {
          path: productUrl(product.id),
          title: d.name,
          description: `${d.name} – ${business.data.name}${ocop ? `, OCOP ${ocop.stars} sao` : ''}`,
          breadcrumbs: [{ label: 'Sản phẩm', href: PRODUCTS }, { label: d.name }],
          sample: d.sample,
        }),
        id: product.id,
        name: d.name,
        sample: d.sample,
        image: d.image,
        description: d.description,
        business: { id: business.id, name: business.data.name },
        commune: d.commune ? { name: communeName(d.commune) } : undefined,
        provinceName: provinceName(d.province),
        ocop: ocop && {
          certificate: certificateView(ocop, now),
          stars: ocop.stars,
          score: ocop.score,
          group: ocop.group,
          decisionNumber: ocop.decisionNumber,
          decisionDate: ocop.decisionDate,
          issuer: ocop.issuer,
          revoked: ocop.revoked && { decisionNumber: ocop.revoked.decisionNumber, date: ocop.revoked.date, reason: ocop.revoked.reason },
        },
        honors: (honorsByProduct.get(product.id) ?? []).map((h) => ({
          href: honorYearUrl(h.data.program.id, h.data.year),
          program: programById.get(h.data.program.id)?.data.name,
          year: h.data.year,
          title: h.data.title,
        })),
        points: (pointsByProduct.get(product.id) ?? []).filter((p) => p.data.status === 'active').map((p) => ({ id: p.id, name: p.data.name })),
        poster: productPosterUrl(product.id),
      },
    };
  });
}
