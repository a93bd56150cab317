/** /du-lieu/<dataset>.geojson for every dataset offered as GeoJSON (see _export.ts). */
import { exportRoute } from './_export.ts';

export const { getStaticPaths, GET } = exportRoute('geojson');
