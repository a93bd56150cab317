/** The rows the product list's filters read in the browser (lib/product-filter.ts). */
import type { APIRoute } from 'astro';
import { single } from '../../data/routes.ts';
import { productFilterData } from '../../data/views/products.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await single(productFilterData)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
