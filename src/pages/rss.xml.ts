import type { APIRoute } from 'astro';
import { siteData } from '../data/index.ts';
import { rss } from '../lib/rss.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const base = site ?? new URL(data.site.baseUrl);
  const body = rss(
    { title: `Tin tức – ${data.site.siteName}`, link: new URL('/tin-tuc/', base).href, description: data.site.committee },
    data.news.slice(0, 30).map((n) => ({ title: n.data.title, link: new URL(`/tin-tuc/${n.id}/`, base).href, description: n.data.summary, date: n.data.date })),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
