/** `/robots.txt`: the editor closed to crawlers, and where the sitemap is (absolute, from the base URL). */
import type { APIRoute } from 'astro';
import { single } from '../data/routes.ts';
import { robotsView } from '../data/views/robots.ts';
import { robotsTxt } from '../lib/sitemap.ts';

export const GET: APIRoute = async () => {
  const view = await single(robotsView);
  return new Response(robotsTxt(view.sitemap), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
