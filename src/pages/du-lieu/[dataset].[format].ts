/**
 * Products (with their OCOP certificate status), businesses and honours as open data:
 * /du-lieu/san-pham.csv, .json, /du-lieu/doanh-nghiep.csv, .json, /du-lieu/ton-vinh.csv, .json.
 * One route for the six files so that each has a cache key.
 */
import type { APIRoute } from 'astro';
import { routes } from '../../data/routes.ts';
import { tableExportBody, tableExports, type TableExportView } from '../../data/views/open-data.ts';

export const getStaticPaths = () => routes(tableExports);

export const GET: APIRoute<{ view: TableExportView }> = ({ props: { view } }) => {
  const { type, body } = tableExportBody(view);
  return new Response(body, { headers: { 'Content-Type': type } });
};
