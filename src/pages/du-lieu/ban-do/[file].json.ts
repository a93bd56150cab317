/**
 * The map's national data files: /du-lieu/ban-do/diem-ban.json (every active point, compact, for
 * the national map and the point finder) and /du-lieu/ban-do/hoi-cho.json (fairs not over at build
 * time). One route so that each file has a cache key.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allOf, cacheKey } from '../../../data/cache-key.ts';
import { siteData } from '../../../data/index.ts';
import { allPointsFile, fairsFile } from '../../../data/map-data.ts';

const FILES: Record<string, () => Promise<unknown>> = { 'diem-ban': allPointsFile, 'hoi-cho': fairsFile };

export const getStaticPaths = (async () => {
  const { points, fairs, siteDigest } = await siteData();
  return [
    { params: { file: 'diem-ban' }, cacheKey: cacheKey(siteDigest, [allOf(points)]) },
    // Which fairs are listed depends on the day, part of every key.
    { params: { file: 'hoi-cho' }, cacheKey: cacheKey(siteDigest, [allOf(fairs)]) },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(await FILES[params.file!]!());
