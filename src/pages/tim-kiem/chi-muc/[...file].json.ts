/** The search index's files (data/views/search.ts, lib/search-engine.ts), read by the search page. */
import type { APIRoute } from 'astro';
import { searchIndexRoutes } from '../../../data/routes.ts';
import type { SearchFileView } from '../../../data/views/search.ts';

export const getStaticPaths = () => searchIndexRoutes();

export const GET: APIRoute<{ view: SearchFileView; entry: string }> = ({ props: { entry } }) =>
  new Response(entry, { headers: { 'Content-Type': 'application/json' } });
