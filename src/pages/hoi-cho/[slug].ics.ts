import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../data/cache-key.ts';
import { BUILD_TIME, siteData, type Fair } from '../../data/index.ts';
import { fairEvent } from '../../lib/fair-calendar.ts';
import { calendar } from '../../lib/ical.ts';
import { formatAddress } from '../../lib/labels.ts';

export const getStaticPaths = (async () => {
  const { fairs, siteDigest } = await siteData();
  return fairs.map((fair) => ({ params: { slug: fair.id }, props: { fair }, cacheKey: cacheKey(siteDigest, [fair]) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ fair: Fair }> = async ({ props, site }) => {
  const { fair } = props;
  const data = await siteData();
  const base = site ?? new URL(data.site.baseUrl);
  const event = fairEvent({ id: fair.id, ...fair.data, location: `${fair.data.venue.name}, ${formatAddress(fair.data.venue.address)}` }, base);
  return new Response(calendar(fair.data.title, [event], BUILD_TIME), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
