/** Standalone pages (`/gioi-thieu/`, `/phan-anh/`, `/tiep-can/`…), the search page and the 404 page. */
import { adminUnits } from '../../lib/admin-units.ts';
import { SEARCH_TYPE_LABELS, SEARCH_TYPES, type SearchType } from '../../lib/search-engine.ts';
import { sortByVi } from '../../lib/text.ts';
import { ADMIN, EDITOR_GUIDE, OFFLINE, pageUrl, PRIVACY, SEARCH, searchIndexUrl, tileHost } from '../../lib/urls.ts';
import { MAX_SAVED } from '../../lib/offline.ts';
import type { SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { layout, type LayoutView } from './layout.ts';
import { searchDocs } from './search.ts';

export interface StandaloneView {
  layout: LayoutView;
  title: string;
  updated: string;
  /** The hotlines, on the page that explains how to report fake goods. */
  hotlines?: { name: string; number: string; note?: string | undefined }[] | undefined;
  /** The text (rendered from the entry by the route). */
  body: { digest: string | number | undefined };
}

/** The page that lists the hotlines above its text. */
const REPORT_PAGE = 'phan-anh';

/** Every standalone page of the `pages` collection. */
export function standalonePages(data: SiteData): PageOf<StandaloneView>[] {
  return data.pages.map((page) => ({
    params: { page: page.id },
    entry: page,
    view: {
      layout: layout(data, { path: pageUrl(page.id), title: page.data.title, description: page.data.description, breadcrumbs: [{ label: page.data.title }], sample: page.data.sample }),
      title: page.data.title,
      updated: page.data.updated,
      hotlines: page.id === REPORT_PAGE ? data.site.hotlines.map((h) => ({ name: h.name, number: h.number, note: h.note })) : undefined,
      body: { digest: page.digest },
    },
  }));
}

/** `/tim-kiem/`: the form with its filters' choices (counts are added in the browser, per query). */
export interface SearchPageView {
  layout: LayoutView;
  types: { value: SearchType; label: string }[];
  provinces: { value: string; label: string }[];
  /** Years something searchable is dated in, latest first. */
  years: number[];
  /** Where the index's table of contents is. */
  index: string;
  /** Other committees' sites searched too when the visitor asks (site.yaml's `searchAcross`). */
  others: { name: string; url: string; index: string }[];
}

export function searchView(data: SiteData): SearchPageView {
  const provinces = sortByVi(adminUnits().provinces, (p) => p.shortName);
  const years = new Set<number>();
  for (const doc of searchDocs(data)) if (doc.year) years.add(doc.year);
  return {
    layout: layout(data, {
      path: SEARCH,
      title: 'Tìm kiếm',
      description: 'Tìm kế hoạch, nhiệm vụ, điểm bán, sản phẩm, doanh nghiệp, danh hiệu, hội chợ và tin tức, gõ có dấu hoặc không dấu, kể cả tên tỉnh, xã cũ trước năm 2025.',
      breadcrumbs: [{ label: 'Tìm kiếm' }],
    }),
    types: SEARCH_TYPES.map((value) => ({ value, label: SEARCH_TYPE_LABELS[value] })),
    provinces: provinces.map((p) => ({ value: p.slug, label: p.shortName })),
    years: [...years].sort((a, b) => b - a),
    index: searchIndexUrl('muc-luc'),
    others: (data.site.searchAcross ?? []).map((o) => {
      const base = o.url.endsWith('/') ? o.url : `${o.url}/`;
      return { name: o.name, url: base, index: new URL(searchIndexUrl('muc-luc').slice(1), base).href };
    }),
  };
}

/** The 404 page (it has no address of its own, so no canonical link). */
export function notFoundView(data: SiteData): { layout: LayoutView } {
  return { layout: layout(data, { path: '/404/', title: 'Không tìm thấy trang', noCanonical: true }) };
}

/** The editorial guide at `/admin/huong-dan/` (its text is docs/huong-dan-dang-tin.md, rendered by the route). */
export function editorGuideView(data: SiteData, guide: { title: string; description: string }): { layout: LayoutView } {
  return { layout: layout(data, { path: EDITOR_GUIDE, title: guide.title, description: guide.description, breadcrumbs: [{ label: guide.title }] }) };
}

/**
 * `/quyen-rieng-tu/`: the privacy note. A route rather than a page of `content/pages/`, because
 * what it states comes from the code (what the scripts store, what “Gần tôi” does with a position)
 * and from `site.yaml` (the tile server the map loads from, the contact address).
 */
export interface PrivacyView {
  layout: LayoutView;
  siteName: string;
  committee: string;
  /** The tile server's host, the one third party a visitor's browser contacts. */
  tileHost: string;
  /** Whose map it is, as the map credits it. */
  attribution: string;
  email: string;
  /** The press office's web editor, which keeps its login and drafts in its user's browser. */
  editor: string;
  /** Other committees' sites the search reads when the visitor ticks the box (site.yaml's `searchAcross`). */
  searchAcross: { name: string; host: string }[];
  /** How many pages the saved copy for offline use keeps at most (lib/offline.ts). */
  maxSaved: number;
}

export function privacyView(data: SiteData): PrivacyView {
  const { site } = data;
  return {
    layout: layout(data, {
      path: PRIVACY,
      title: 'Quyền riêng tư',
      description: `${site.siteName} không theo dõi người đọc, không dùng cookie; bên ngoài duy nhất trình duyệt liên lạc là máy chủ nền bản đồ. Nút “Gần tôi” chỉ dùng vị trí ngay trên trang.`,
      breadcrumbs: [{ label: 'Quyền riêng tư' }],
    }),
    siteName: site.siteName,
    committee: site.committee,
    tileHost: tileHost(site.map.tileUrl),
    attribution: site.map.attribution,
    email: site.contact.email,
    editor: ADMIN,
    searchAcross: (site.searchAcross ?? []).map((o) => ({ name: o.name, host: new URL(o.url).host })),
    maxSaved: MAX_SAVED,
  };
}

/** `/ngoai-tuyen/`: offline use — what the saved copy holds; also what a page with no saved copy shows offline. */
export interface OfflineView {
  layout: LayoutView;
  siteName: string;
  /** How many pages a saved copy keeps at most. */
  maxSaved: number;
}

export function offlineView(data: SiteData): OfflineView {
  return {
    layout: layout(data, {
      path: OFFLINE,
      title: 'Xem trang khi không có mạng',
      description: `${data.site.siteName} lưu trong máy bạn những trang bạn đã mở để xem lại khi mất mạng; tình trạng chứng nhận, hội chợ và giờ mở cửa được tính lại theo đồng hồ của máy.`,
      breadcrumbs: [{ label: 'Xem khi không có mạng' }],
    }),
    siteName: data.site.siteName,
    maxSaved: MAX_SAVED,
  };
}
