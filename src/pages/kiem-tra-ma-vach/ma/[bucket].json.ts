/** The barcode lookup's files (data/views/barcode.ts): the GTINs whose 14-digit key begins with the file's name. */
import type { APIRoute } from 'astro';
import { routes } from '../../../data/routes.ts';
import { barcodeLookupFiles, type BarcodeLookupFile } from '../../../data/views/barcode.ts';

export const getStaticPaths = () => routes(barcodeLookupFiles);

export const GET: APIRoute<{ view: BarcodeLookupFile }> = ({ props: { view } }) => Response.json(view);
