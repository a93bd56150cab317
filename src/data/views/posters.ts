/**
 * Verification posters: a section of every product, business and sales point page (shown and
 * printed at `#ap-phich`), with a QR code leading to the record's live page. The poster states
 * what was true on the day it was printed; the live page stays the truth. The QR code is a file
 * beside the page (integrations/poster-qr.ts), drawn from `qr.text`, loaded only when shown.
 */
import { localDate } from '../../lib/dates.ts';
import { BUSINESS_KIND_LABELS } from '../../lib/businesses.ts';
import { formatAddress, provinceName } from '../../lib/places.ts';
import { POINT_KIND_LABELS } from '../../lib/points.ts';
import { absoluteUrl, businessUrl, pointUrl, posterQrUrl, productUrl } from '../../lib/urls.ts';
import type { Business, Honor, Point, Product, SiteData } from '../site-data.ts';
import { certificateView, type CertificateView } from './status.ts';

/** Honours a poster lists; the rest are counted ("và 3 danh hiệu khác") and shown on the live page. */
export const POSTER_HONORS = 5;

export interface PosterView {
  /** Which kind of record: the poster's words differ (a closed point invites no visit). */
  of: 'product' | 'business' | 'point';
  /** What the record is, above its name ("Sản phẩm OCOP", "Hợp tác xã", the point's kind). */
  kind: string;
  name: string;
  sample: boolean;
  /** The record's page on the site. */
  page: string;
  /**
   * The QR code: the file the poster shows, and the text it holds (the page's absolute address
   * from the site's base URL). The page's key covers the text, so a changed base URL re-renders
   * the page, and the build writes the file again from the same text.
   */
  qr: { src: string; text: string };
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
  /**
   * Set when the record's own words are long enough that the poster would not fit one sheet in
   * the usual type: it is printed smaller (global.css), the QR code keeping its size.
   */
  compact: boolean;
}

/**
 * From this many characters of a poster's own words, it is printed compact: the name counts twice
 * (it is set large), a product's OCOP line as {@link OCOP_LINE} characters. Measured on the test
 * build: the longest posters that fit an A4 sheet in the usual type came to 421; a product poster
 * of 517 took two.
 */
export const POSTER_COMPACT_FROM = 440;
const OCOP_LINE = 80;

type Common = Omit<PosterView, 'qr' | 'builtOn' | 'honors' | 'moreHonors' | 'compact'>;

function poster(data: SiteData, common: Common, honors: readonly Honor[]): PosterView {
  const sorted = [...honors].sort((a, b) => b.data.year - a.data.year);
  const listed = sorted.slice(0, POSTER_HONORS).map((h) => ({
    program: data.programById.get(h.data.program.id)?.data.name ?? h.data.program.id,
    year: h.data.year,
    title: h.data.title,
  }));
  const words = [common.name, common.name, ...common.facts.flatMap((f) => [f.label, f.value]), ...listed.map((h) => `${h.program} ${h.year} ${h.title ?? ''}`)];
  return {
    ...common,
    qr: { src: posterQrUrl(common.page), text: absoluteUrl(common.page, data.site.baseUrl) },
    honors: listed,
    moreHonors: Math.max(0, sorted.length - POSTER_HONORS),
    builtOn: localDate(data.now),
    compact: words.join(' ').length + (common.of === 'product' ? OCOP_LINE : 0) >= POSTER_COMPACT_FROM,
  };
}

/** A product's poster: its stars always with the certificate's status. */
export function productPoster(data: SiteData, product: Product): PosterView {
  const d = product.data;
  const business = data.businessById.get(d.business.id)!;
  return poster(
    data,
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
      ocop: d.ocop && { stars: d.ocop.stars, certificate: certificateView(d.ocop, data.now) },
    },
    data.honorsByProduct.get(product.id) ?? [],
  );
}

/** A business's poster: its honours. */
export function businessPoster(data: SiteData, business: Business): PosterView {
  const d = business.data;
  return poster(
    data,
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
    data.honorsByBusiness.get(business.id) ?? [],
  );
}

/** A sales point's poster; a closed point's says so and invites no visit. */
export function pointPoster(data: SiteData, point: Point): PosterView {
  const d = point.data;
  return poster(
    data,
    {
      of: 'point',
      kind: POINT_KIND_LABELS[d.kind],
      name: d.name,
      sample: d.sample,
      page: pointUrl(point.id),
      facts: [
        ...(d.operator ? [{ label: 'Đơn vị vận hành', value: d.operator }] : []),
        { label: 'Địa chỉ', value: formatAddress(d.address) },
      ],
      closed: d.status === 'closed' ? { date: d.closedDate } : undefined,
    },
    [],
  );
}
