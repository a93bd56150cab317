/** A yearly honours list as data, every page of it, for the list's filter (see src/lib/honor-lookup.ts). Each has a cache key. */
import type { APIRoute } from 'astro';
import { routes } from '../../../../data/routes.ts';
import { honorYearFiles, type HonorDataView } from '../../../../data/views/honors.ts';
import type { HonorYearFile } from '../../../../lib/honor-lookup.ts';

export const getStaticPaths = () => routes(honorYearFiles);

export const GET: APIRoute<{ view: HonorDataView<HonorYearFile> }> = ({ props: { view } }) => Response.json(view.body);
