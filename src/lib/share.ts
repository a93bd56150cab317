/**
 * Share links of a page: plain links to each service's own share page, so no third-party script
 * runs on the site and nothing is sent anywhere until the visitor follows one. Pure.
 *
 * Zalo has no documented plain-link share address (its documented way is the Social Plugin, a
 * script from sp.zalo.me that the site's Content-Security-Policy would have to allow), so pages
 * offer the phone's own share sheet (Web Share API, where there is one: Zalo is listed there when
 * installed) and "Sao chép liên kết": a copied link pasted into a Zalo chat shows the page's
 * preview (Open Graph tags) all the same.
 */
import { absoluteUrl } from './urls.ts';

/** Facebook's share dialog; it takes the shared address in `u`. */
export const FACEBOOK_SHARER = 'https://www.facebook.com/sharer/sharer.php';

/** What a page's share links need. */
export interface ShareLinks {
  /** The page's absolute, canonical address (what "Sao chép liên kết" copies). */
  url: string;
  /** Facebook's share dialog for that address. */
  facebook: string;
}

/**
 * The share links of the page at `path`, from the site's base URL. The address is the canonical
 * one (`absoluteUrl`, the rule of the canonical link), percent-encoded whole as a query value.
 */
export function shareLinks(path: string, baseUrl: string): ShareLinks {
  const url = absoluteUrl(path, baseUrl);
  return { url, facebook: `${FACEBOOK_SHARER}?u=${encodeURIComponent(url)}` };
}
