/**
 * What every page shows around its content (header, footer, title, breadcrumbs, sample banner),
 * as part of its view model.
 */
import type { ImageMetadata } from 'astro';
import type { Crumb } from '../../lib/paginate.ts';
import { SHARE_IMAGE } from '../../lib/urls.ts';
import type { SiteData } from '../site-data.ts';

/** The committee's identity as the header and footer show it; one object shared by every page. */
export interface Chrome {
  siteName: string;
  committee: string;
  area: string;
  /** Public base URL (canonical links). */
  baseUrl: string;
  contact: { address: string; phone: string; email: string };
  hotlines: { name: string; number: string; note?: string | undefined }[];
  /** Whether the whole site is illustrative. */
  sample: boolean;
}

/**
 * The picture of a page's share preview (Open Graph): an image of the content (a post's cover, which
 * the layout renders as a JPEG about 1200 px wide), or a file of `public/` with its size.
 */
export type ShareImage =
  | { src: ImageMetadata; alt: string }
  | { src: string; alt: string; width: number; height: number };

/** The site's default share image (`public/anh-chia-se.png`), for pages without a picture of their own. */
export const DEFAULT_SHARE_IMAGE = {
  src: SHARE_IMAGE,
  // What the picture says (scripts/make-share-image.ts draws it).
  alt: 'Cuộc vận động Hàng Việt: “Người Việt Nam ưu tiên dùng hàng Việt Nam”, chữ trắng bên ngôi sao vàng trên nền đỏ',
  width: 1200,
  height: 630,
} as const satisfies ShareImage;

/** The layout's part of a view model. */
export interface LayoutView {
  /** The page's path (`/san-pham/`), for the canonical link and the current menu item. */
  path: string;
  /** Page title, without the site name. */
  title: string;
  /** The page's summary (meta description and share previews); the site's own when the page has none. */
  description: string;
  /** What the page is to a share preview (`og:type`): a news post is an `article`. */
  type: 'article' | 'website';
  /** The share preview's picture. */
  image: ShareImage;
  /** Trail above the title; the home crumb is added by the layout. */
  breadcrumbs: Crumb[];
  /** Whether the page shows illustrative records ("Dữ liệu minh họa" banner). */
  sample: boolean;
  /** Leave out the canonical link (the 404 page has no address of its own). */
  noCanonical?: boolean;
  /**
   * What the saved copy for offline use keeps with this page (src/lib/offline.ts), as paths: a
   * point's province list and that list's map data.
   */
  offline?: string[];
  chrome: Chrome;
}

const chromes = new WeakMap<SiteData['site'], Chrome>();

/** The header and footer of the site, built once per build. */
export function chrome({ site }: Pick<SiteData, 'site'>): Chrome {
  let c = chromes.get(site);
  if (!c) {
    c = {
      siteName: site.siteName,
      committee: site.committee,
      area: site.area,
      baseUrl: site.baseUrl,
      contact: { address: site.contact.address, phone: site.contact.phone, email: site.contact.email },
      hotlines: site.hotlines.map((h) => ({ name: h.name, number: h.number, note: h.note })),
      sample: site.sample,
    };
    chromes.set(site, c);
  }
  return c;
}

/** What the site is, in one sentence: the description of a page that has none of its own. */
export function siteDescription({ site }: Pick<SiteData, 'site'>): string {
  return `${site.siteName}: kế hoạch, điểm bán, sản phẩm OCOP, hội chợ và tin tức của ${site.committee} – ${site.area}.`;
}

/** A page's layout view. */
export function layout(
  data: Pick<SiteData, 'site'>,
  page: {
    path: string;
    title: string;
    description?: string | undefined;
    breadcrumbs?: Crumb[];
    sample?: boolean;
    noCanonical?: boolean;
    offline?: string[];
    type?: LayoutView['type'];
    /** The page's own picture, if any (a post's cover); otherwise the site's default share image. */
    image?: ShareImage | undefined;
  },
): LayoutView {
  const { description, image, type, ...rest } = page;
  return {
    breadcrumbs: [],
    sample: false,
    ...rest,
    description: description || siteDescription(data),
    type: type ?? 'website',
    image: image ?? DEFAULT_SHARE_IMAGE,
    chrome: chrome(data),
  };
}
