/** `/du-lieu/catalog.json`: the open data's catalogue, every dataset with its downloads and field dictionary. */
import type { APIRoute } from 'astro';
import { single } from '../../data/routes.ts';
import { catalogJson, openDataView } from '../../data/views/open-data.ts';

export const GET: APIRoute = async () => new Response(catalogJson(await single(openDataView)), { headers: { 'Content-Type': 'application/json' } });
