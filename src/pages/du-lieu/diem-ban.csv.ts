import type { APIRoute } from 'astro';
import { siteData } from '../../data/index.ts';
import { POINT_COLUMNS, pointRow } from '../../data/point-export.ts';
import { toCsv } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const base = site ?? new URL(data.site.baseUrl);
  return new Response(toCsv(data.points.map((p) => pointRow(p, base)), POINT_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
