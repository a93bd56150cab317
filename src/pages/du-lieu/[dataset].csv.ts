/** /du-lieu/<dataset>.csv for every dataset offered as CSV (see _export.ts). */
import { exportRoute } from './_export.ts';

export const { getStaticPaths, GET } = exportRoute('csv');
