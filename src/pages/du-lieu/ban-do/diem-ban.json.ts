import type { APIRoute } from 'astro';
import { allPointsFile } from '../../../data/map-data.ts';

/** Every active point, compact, for the national map and the point finder. */
export const GET: APIRoute = async () => Response.json(await allPointsFile());
