import type { APIRoute } from 'astro';
import { BUILD_TIME, siteData } from '../../data/index.ts';
import { fairEvent } from '../../lib/fair-calendar.ts';
import { calendar } from '../../lib/ical.ts';
import { formatAddress } from '../../lib/labels.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const base = site ?? new URL(data.site.baseUrl);
  const events = data.fairs.map((f) =>
    fairEvent({ id: f.id, ...f.data, location: `${f.data.venue.name}, ${formatAddress(f.data.venue.address)}` }, base),
  );
  return new Response(calendar(`Hội chợ – ${data.site.siteName}`, events, BUILD_TIME), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
