import type { APIRoute } from 'astro';
import { fairsFile } from '../../../data/map-data.ts';

/** Fairs not over at build time, compact, for the map. */
export const GET: APIRoute = async () => Response.json(await fairsFile());
