/** `/du-lieu/thay-doi.json`: the open data's change log, newest first; the next build reads it back. */
import type { APIRoute } from 'astro';
import { previousPublished } from '../../data/changes.ts';
import { singleWith } from '../../data/routes.ts';
import { changesJson } from '../../data/views/changes.ts';

export const GET: APIRoute = async () => new Response(await singleWith(previousPublished, changesJson), { headers: { 'Content-Type': 'application/json' } });
