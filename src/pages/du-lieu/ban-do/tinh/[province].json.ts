import type { APIRoute, GetStaticPaths } from 'astro';
import { provincePointsFile } from '../../../../data/map-data.ts';
import { provincePoints } from '../../../../data/province-points.ts';

/** One province's active points, so a province page loads only its own. */
export const getStaticPaths = (async () => (await provincePoints()).map(({ province }) => ({ params: { province: province.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(await provincePointsFile(params.province!));
