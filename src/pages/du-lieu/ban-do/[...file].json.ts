/**
 * The map's data files: `diem-ban.json` (every active point, compact, for the national map and
 * the point finder), `hoi-cho.json` (fairs not over at build time) and `tinh/<tỉnh>.json` (one
 * province's points, so a province page loads only its own). Each has a cache key.
 */
import type { APIRoute } from 'astro';
import { routes } from '../../../data/routes.ts';
import { mapFiles, type MapFileView } from '../../../data/views/points.ts';

export const getStaticPaths = () => routes(mapFiles);

export const GET: APIRoute<{ view: MapFileView }> = ({ props: { view } }) => Response.json({ generated: view.generated.instant, ...view.body });
