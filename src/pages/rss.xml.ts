/** The news feed (RSS 2.0), newest first. */
import type { APIRoute } from 'astro';
import { single } from '../data/routes.ts';
import { rssView } from '../data/views/news.ts';
import { rss } from '../lib/rss.ts';

export const GET: APIRoute = async () => {
  const view = await single(rssView);
  return new Response(rss(view.channel, view.items), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
