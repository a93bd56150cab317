/**
 * The sales points as open data, one row per point (closed ones included): /du-lieu/diem-ban.csv,
 * .geojson and .json. One route for the three files so that each has a cache key.
 */
import type { APIRoute } from 'astro';
import { routes } from '../../data/routes.ts';
import { POINT_FORMATS, pointExports, type PointExportView } from '../../data/views/open-data.ts';

export const getStaticPaths = () => routes(pointExports);

export const GET: APIRoute<{ view: PointExportView }> = ({ props: { view } }) => {
  const format = POINT_FORMATS[view.format]!;
  return new Response(format.body(view.rows), { headers: { 'Content-Type': format.type } });
};
