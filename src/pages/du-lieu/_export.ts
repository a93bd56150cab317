/**
 * The routes of the open-data files, one per format: /du-lieu/diem-ban.csv, .json, .geojson,
 * /du-lieu/san-pham.csv, .json … /du-lieu/nhiem-vu.json (the list and the columns are the field
 * dictionary's, lib/open-data-dictionary.ts). Each file has a cache key from its view model. The
 * build writes them after the pages, streamed to disk (data/routes.ts `streamedRoutes`); the dev
 * server renders them here. One route file per format, named with its extension
 * (`[dataset].csv.ts`): Astro serves a route whose name ends in an extension at the file's address,
 * without a trailing slash, in the dev server too (with the extension as a parameter it wanted
 * `/du-lieu/diem-ban.csv/`, and the real address was a 404 in the editor's preview).
 */
import type { APIRoute } from 'astro';
import { streamedRoutes } from '../../data/routes.ts';
import { datasetExports, exportBody, type DatasetExportView, type ExportFormat } from '../../data/views/open-data.ts';
import type { Row } from '../../lib/exports.ts';
import { dataExportUrl } from '../../lib/urls.ts';

export function exportRoute(format: ExportFormat) {
  const getStaticPaths = () =>
    streamedRoutes(
      `datasetExports.${format}`,
      (data) => datasetExports(data, format),
      ({ view }) => dataExportUrl(view.dataset, view.format).slice(1),
      (view, rows) => exportBody(view, rows as Row[]).pieces,
    );
  const GET: APIRoute<{ view: DatasetExportView; entry: Row[] }> = ({ props: { view, entry } }) => {
    const { type, pieces } = exportBody(view, entry);
    // Each piece is encoded when it is read, so the file is never one string (exportBody).
    const it = pieces[Symbol.iterator]();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = it.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    return new Response(body, { headers: { 'Content-Type': type } });
  };
  return { getStaticPaths, GET };
}
