/**
 * The point finder's place files (see src/data/views/places.ts): `tinh/<tỉnh>.json` for a
 * province's finder and `<đầu tên>.json` for the country's, split by the start of the name.
 */
import type { APIRoute } from 'astro';
import { routes } from '../../../data/routes.ts';
import { placeFiles } from '../../../data/views/places.ts';
import type { PlaceFile } from '../../../lib/place-names.ts';

export const getStaticPaths = () => routes(placeFiles);

export const GET: APIRoute<{ view: PlaceFile }> = ({ props: { view } }) => Response.json(view);
