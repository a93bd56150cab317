/** `/du-lieu/thay-doi.xml`: the newest changes of the open data as an Atom feed. */
import type { APIRoute } from 'astro';
import { previousPublished } from '../../data/changes.ts';
import { singleWith } from '../../data/routes.ts';
import { changesFeed } from '../../data/views/changes.ts';

export const GET: APIRoute = async () => new Response(await singleWith(previousPublished, changesFeed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
