/**
 * The sales points as open data, one row per point (closed ones included): /du-lieu/diem-ban.csv,
 * .geojson and .json. One route for the three files so that each has a cache key: they change
 * only when a point (or the site's address) does.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allOf, cacheKey } from '../../data/cache-key.ts';
import { siteData } from '../../data/index.ts';
import { POINT_COLUMNS, pointRow } from '../../data/point-export.ts';
import { toCsv, toGeoJson } from '../../lib/exports.ts';

type Row = ReturnType<typeof pointRow>;

const FORMATS: Record<string, { type: string; body: (rows: Row[]) => string }> = {
  csv: { type: 'text/csv; charset=utf-8', body: (rows) => toCsv(rows, POINT_COLUMNS) },
  geojson: { type: 'application/geo+json', body: (rows) => toGeoJson(rows) },
  json: { type: 'application/json', body: (rows) => JSON.stringify({ points: rows }) },
};

export const getStaticPaths = (async () => {
  const { points, siteDigest } = await siteData();
  const key = cacheKey(siteDigest, [allOf(points)]);
  return Object.keys(FORMATS).map((format) => ({ params: { format }, cacheKey: key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const format = FORMATS[params.format!]!;
  const data = await siteData();
  const base = site ?? new URL(data.site.baseUrl);
  return new Response(format.body(data.points.map((p) => pointRow(p, base))), { headers: { 'Content-Type': format.type } });
};
