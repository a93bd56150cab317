/**
 * What every page shows around its content (header, footer, title, breadcrumbs, sample banner),
 * as part of its view model.
 */
import type { Crumb } from '../../lib/paginate.ts';
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

/** The layout's part of a view model. */
export interface LayoutView {
  /** The page's path (`/san-pham/`), for the canonical link and the current menu item. */
  path: string;
  /** Page title, without the site name. */
  title: string;
  description?: string | undefined;
  /** Trail above the title; the home crumb is added by the layout. */
  breadcrumbs: Crumb[];
  /** Whether the page shows illustrative records ("Dữ liệu minh họa" banner). */
  sample: boolean;
  /** Words indexed for search but not shown (folded forms of words with đ); indexed pages only. */
  searchExtra?: string | undefined;
  /** Leave out the canonical link (the 404 page has no address of its own). */
  noCanonical?: boolean;
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

/** A page's layout view. */
export function layout(
  data: Pick<SiteData, 'site'>,
  page: { path: string; title: string; description?: string | undefined; breadcrumbs?: Crumb[]; sample?: boolean; searchExtra?: string | undefined; noCanonical?: boolean },
): LayoutView {
  return { breadcrumbs: [], sample: false, ...page, chrome: chrome(data) };
}
