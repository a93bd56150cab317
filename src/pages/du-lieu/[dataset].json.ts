/** /du-lieu/<dataset>.json for every dataset offered as JSON (see _export.ts). */
import { exportRoute } from './_export.ts';

export const { getStaticPaths, GET } = exportRoute('json');
