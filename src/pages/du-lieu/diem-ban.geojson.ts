import type { APIRoute } from 'astro';
import { siteData } from '../../data/index.ts';
import { pointRow } from '../../data/point-export.ts';
import { toGeoJson } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const base = site ?? new URL(data.site.baseUrl);
  return new Response(toGeoJson(data.points.map((p) => pointRow(p, base))), { headers: { 'Content-Type': 'application/geo+json' } });
};
