import type { APIRoute } from 'astro';
import { siteData } from '../../data/index.ts';
import { pointRow } from '../../data/point-export.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const base = site ?? new URL(data.site.baseUrl);
  return new Response(JSON.stringify({ points: data.points.map((p) => pointRow(p, base)) }), { headers: { 'Content-Type': 'application/json' } });
};
