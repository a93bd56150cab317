import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../../data/cache-key.ts';
import { siteData, type Point } from '../../../../data/index.ts';
import { pointsFile } from '../../../../data/map-data.ts';
import { provincePoints } from '../../../../data/province-points.ts';

/** One province's active points, so a province page loads only its own. */
export const getStaticPaths = (async () => {
  const { siteDigest } = await siteData();
  return (await provincePoints()).map(({ province, items }) => ({ params: { province: province.slug }, props: { items }, cacheKey: cacheKey(siteDigest, items) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: Point[] }> = ({ props }) => Response.json(pointsFile(props.items));
