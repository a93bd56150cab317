/**
 * The barcode check (`/kiem-tra-ma-vach/`): the page, the prefix explanation it leads to without
 * JavaScript, and the lookup files the page's script reads, split by the first digits of the
 * number (lib/barcode-lookup.ts splitLookup) so one lookup downloads a few products, not the country's.
 * The files hold no status: the browser computes a certificate's state with its own clock from
 * the dates each row carries (lib/ocop.ts), as the status refresh of every other page does.
 */
import { certificateValidUntil, OCOP_GROUP_LABELS } from '../../lib/ocop.ts';
import { gtinKey } from '../../lib/gtin.ts';
import { prefixTable, ORIGIN_NOTE, type PrefixKind } from '../../lib/gs1-prefixes.ts';
import { provinceName } from '../../lib/places.ts';
import { BARCODE, BARCODE_PREFIXES, businessUrl, honorYearUrl, pointUrl, posterUrl, PRIVACY, PRODUCTS, productUrl, REPORT, SEARCH } from '../../lib/urls.ts';
import { splitLookup, type BarcodeHit, type BarcodeLookupFile } from '../../lib/barcode-lookup.ts';
import type { PageOf } from '../page.ts';
import type { SiteData } from '../site-data.ts';
import { layout, type LayoutView } from './layout.ts';

export type { BarcodeHit, BarcodeLookupFile };

/** Where the page's words and links come from. */
export interface BarcodeView {
  layout: LayoutView;
  /** How many products of the directory carry a GTIN. */
  products: number;
  /** Where the form goes without JavaScript: the prefix explanation. */
  prefixes: string;
  report: string;
  search: string;
  privacy: string;
  productsList: string;
  originNote: string;
}

export function barcodeView(data: SiteData): BarcodeView {
  const withGtin = data.products.filter((p) => p.data.gtin?.length);
  return {
    layout: layout(data, {
      path: BARCODE,
      title: 'Kiểm tra mã vạch',
      description: 'Quét hoặc gõ mã vạch trên bao bì: mã có đúng không, ba chữ số đầu thật sự nói gì (893 không có nghĩa là hàng sản xuất tại Việt Nam), và sản phẩm có trong danh mục không.',
      breadcrumbs: [{ label: 'Kiểm tra mã vạch' }],
      sample: withGtin.some((p) => p.data.sample),
    }),
    products: withGtin.length,
    prefixes: BARCODE_PREFIXES,
    report: REPORT,
    search: SEARCH,
    privacy: PRIVACY,
    productsList: PRODUCTS,
    originNote: ORIGIN_NOTE,
  };
}

/** `/kiem-tra-ma-vach/tien-to/`: every GS1 prefix range and what it means, and the check digit by hand. */
export interface BarcodePrefixesView {
  layout: LayoutView;
  rows: { range: string; meaning: string; kind: PrefixKind }[];
  originNote: string;
  checker: string;
  report: string;
}

export function barcodePrefixesView(data: SiteData): BarcodePrefixesView {
  return {
    layout: layout(data, {
      path: BARCODE_PREFIXES,
      title: 'Ba chữ số đầu của mã vạch nói gì',
      description: 'Bảng tiền tố GS1: ai cấp mã cho doanh nghiệp, mã dùng trong cửa hàng, sách, báo. Tiền tố không cho biết nơi sản xuất; cách tự kiểm tra số cuối của mã vạch.',
      breadcrumbs: [{ label: 'Kiểm tra mã vạch', href: BARCODE }, { label: 'Ý nghĩa tiền tố' }],
    }),
    rows: prefixTable(),
    originNote: ORIGIN_NOTE,
    checker: BARCODE,
    report: REPORT,
  };
}

/** Every lookup file: numbers grouped by their first digits (lib/barcode-lookup.ts splitLookup). */
export function barcodeLookupFiles(data: SiteData): PageOf<BarcodeLookupFile>[] {
  const { products, businessById, honorsByProduct, programById, pointsByProduct } = data;
  const items = new Map<string, BarcodeHit>();
  for (const p of products) {
    const d = p.data;
    if (!d.gtin?.length) continue;
    const business = businessById.get(d.business.id)!;
    const o = d.ocop;
    const base: Omit<BarcodeHit, 'gtin'> = {
      id: p.id,
      name: d.name,
      href: productUrl(p.id),
      sample: d.sample,
      business: { name: business.data.name, href: businessUrl(business.id) },
      province: provinceName(d.province),
      ocop: o && {
        stars: o.stars,
        group: OCOP_GROUP_LABELS[o.group],
        decisionNumber: o.decisionNumber,
        issuer: o.issuer,
        until: certificateValidUntil(o.decisionDate, o.validUntil),
        revoked: o.revoked?.date,
      },
      honors: (honorsByProduct.get(p.id) ?? [])
        .map((h) => ({ program: programById.get(h.data.program.id)?.data.name ?? h.data.program.id, year: h.data.year, title: h.data.title, href: honorYearUrl(h.data.program.id, h.data.year) }))
        .sort((a, b) => b.year - a.year),
      points: (pointsByProduct.get(p.id) ?? []).filter((x) => x.data.status === 'active').map((x) => ({ name: x.data.name, href: pointUrl(x.id) })),
      poster: posterUrl(productUrl(p.id)),
    };
    for (const gtin of new Set(d.gtin)) items.set(gtinKey(gtin), { gtin, ...base });
  }
  return [...splitLookup(items)].sort(([a], [b]) => a.localeCompare(b)).map(([bucket, view]) => ({ params: { bucket }, view }));
}
