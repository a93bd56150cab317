/**
 * Verification posters (`…/ap-phich/`): one printable page per product, business and sales point,
 * with a QR code leading to the record's live page. The poster states what was true on the day it
 * was printed; the live page stays the truth.
 */
import { localDate } from '../../lib/dates.ts';
import { BUSINESS_KIND_LABELS } from '../../lib/businesses.ts';
import { formatAddress, provinceName } from '../../lib/places.ts';
import { POINT_KIND_LABELS } from '../../lib/points.ts';
import { BUSINESSES, businessUrl, POINTS, pointUrl, posterUrl, PRODUCTS, productUrl } from '../../lib/urls.ts';
import type { PageOf } from '../page.ts';
import type { Honor, SiteData } from '../site-data.ts';
import { layout, type LayoutView } from './layout.ts';
import { certificateView, type CertificateView } from './status.ts';

/** Honours a poster lists; the rest are counted ("và 3 danh hiệu khác") and shown on the live page. */
export const POSTER_HONORS = 5;

export interface PosterView {
  layout: LayoutView;
  /** Which kind of record: the poster's words differ (a closed point invites no visit). */
  of: 'product' | 'business' | 'point';
  /** What the record is, above its name ("Sản phẩm OCOP", "Hợp tác xã", the point's kind). */
  kind: string;
  name: string;
  sample: boolean;
  /** The record's page on the site. */
  page: string;
  /**
   * The same page as an absolute address from the site's base URL: what the QR code holds. The
   * component draws the code from it at render time (lib/qr.ts), so the views of the 23,000
   * posters a national build keys and keeps do not each carry a drawing: the address is in the key.
   */
  liveUrl: string;
  /** Short facts under the name (producer, tax code, address…). */
  facts: { label: string; value: string }[];
  /** A product's OCOP stars with the certificate's status (products only; undefined: none on record). */
  ocop?: { stars: number; certificate: CertificateView } | undefined;
  /** Newest first, at most {@link POSTER_HONORS}. */
  honors: { program: string; year: number; title?: string | undefined }[];
  /** Honours on record beyond those listed. */
  moreHonors: number;
  /** Set for a sales point that has closed. */
  closed?: { date?: string | undefined } | undefined;
  /** The build day: the date a poster printed without JavaScript carries, labelled as such. */
  builtOn: string;
}

type Common = Omit<PosterView, 'layout' | 'liveUrl' | 'builtOn' | 'honors' | 'moreHonors'>;

function poster(data: SiteData, section: { label: string; href: string }, common: Common, honors: readonly Honor[]): PosterView {
  const liveUrl = new URL(common.page, data.site.baseUrl).href;
  const sorted = [...honors].sort((a, b) => b.data.year - a.data.year);
  return {
    layout: layout(data, {
      path: posterUrl(common.page),
      title: `Áp phích xác minh – ${common.name}`,
      description: `Áp phích in có mã QR dẫn đến trang của ${common.name}.`,
      breadcrumbs: [section, { label: common.name, href: common.page }, { label: 'Áp phích xác minh' }],
      sample: common.sample,
    }),
    ...common,
    liveUrl,
    honors: sorted.slice(0, POSTER_HONORS).map((h) => ({
      program: data.programById.get(h.data.program.id)?.data.name ?? h.data.program.id,
      year: h.data.year,
      title: h.data.title,
    })),
    moreHonors: Math.max(0, sorted.length - POSTER_HONORS),
    builtOn: localDate(data.now),
  };
}

/** Every product's poster. */
export function productPosterPages(data: SiteData): PageOf<PosterView>[] {
  const { products, businessById, honorsByProduct, now } = data;
  return products.map((product) => {
    const d = product.data;
    const business = businessById.get(d.business.id)!;
    const view = poster(
      data,
      { label: 'Sản phẩm', href: PRODUCTS },
      {
        of: 'product',
        kind: d.ocop ? 'Sản phẩm OCOP' : 'Sản phẩm',
        name: d.name,
        sample: d.sample,
        page: productUrl(product.id),
        facts: [
          { label: 'Cơ sở sản xuất', value: business.data.name },
          { label: 'Xuất xứ', value: provinceName(d.province) },
        ],
        ocop: d.ocop && { stars: d.ocop.stars, certificate: certificateView(d.ocop, now) },
      },
      honorsByProduct.get(product.id) ?? [],
    );
    return { params: { slug: product.id }, view };
  });
}

/** Every business's poster. */
export function businessPosterPages(data: SiteData): PageOf<PosterView>[] {
  const { businesses, honorsByBusiness } = data;
  return businesses.map((business) => {
    const d = business.data;
    const view = poster(
      data,
      { label: 'Doanh nghiệp', href: BUSINESSES },
      {
        of: 'business',
        kind: BUSINESS_KIND_LABELS[d.kind]!,
        name: d.name,
        sample: d.sample,
        page: businessUrl(business.id),
        facts: [
          { label: 'Mã số thuế', value: d.taxCode },
          { label: 'Địa chỉ', value: formatAddress(d.address) },
        ],
      },
      honorsByBusiness.get(business.id) ?? [],
    );
    return { params: { slug: business.id }, view };
  });
}

/** Every sales point's poster; a closed point's says so and invites no visit. */
export function pointPosterPages(data: SiteData): PageOf<PosterView>[] {
  return data.points.map((point) => {
    const d = point.data;
    const view = poster(
      data,
      { label: 'Điểm bán', href: POINTS },
      {
        of: 'point',
        kind: POINT_KIND_LABELS[d.kind],
        name: d.name,
        sample: d.sample,
        page: pointUrl(point.id),
        facts: [
          { label: 'Đơn vị vận hành', value: d.operator },
          { label: 'Địa chỉ', value: formatAddress(d.address) },
        ],
        closed: d.status === 'closed' ? { date: d.closedDate } : undefined,
      },
      [],
    );
    return { params: { slug: point.id }, view };
  });
}
