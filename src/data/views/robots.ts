/** `/robots.txt`: what it needs from the site's settings. */
import { absoluteUrl, SITEMAP } from '../../lib/urls.ts';
import type { SiteData } from '../site-data.ts';

/** The sitemap's absolute address, from the base URL. */
export function robotsView(data: Pick<SiteData, 'site'>): { sitemap: string } {
  return { sitemap: absoluteUrl(SITEMAP, data.site.baseUrl) };
}
