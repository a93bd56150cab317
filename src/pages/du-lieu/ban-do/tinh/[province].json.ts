import type { APIRoute, GetStaticPaths } from 'astro';
import type { Point } from '../../../../data/index.ts';
import { pointsFile } from '../../../../data/map-data.ts';
import { provincePoints } from '../../../../data/province-points.ts';

/** One province's active points, so a province page loads only its own. */
export const getStaticPaths = (async () =>
  (await provincePoints()).map(({ province, items }) => ({ params: { province: province.slug }, props: { items } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: Point[] }> = ({ props }) => Response.json(pointsFile(props.items));
