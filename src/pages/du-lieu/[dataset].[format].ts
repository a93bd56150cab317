/**
 * Every open dataset in each of its formats: /du-lieu/diem-ban.csv, .json, .geojson,
 * /du-lieu/san-pham.csv, .json … /du-lieu/nhiem-vu.json (the list and the columns are the field
 * dictionary's, lib/open-data-dictionary.ts). Each file has a cache key from its view model. The
 * build writes them after the pages, streamed to disk (data/routes.ts `streamedRoutes`); the dev
 * server renders them here.
 */
import type { APIRoute } from 'astro';
import { streamedRoutes } from '../../data/routes.ts';
import { datasetExports, exportBody, type DatasetExportView } from '../../data/views/open-data.ts';
import { dataExportUrl } from '../../lib/urls.ts';
import type { Row } from '../../lib/exports.ts';

export const getStaticPaths = () =>
  streamedRoutes(
    datasetExports,
    ({ view }) => dataExportUrl(view.dataset, view.format).slice(1),
    (view, rows) => exportBody(view, rows as Row[]).pieces,
  );

export const GET: APIRoute<{ view: DatasetExportView; entry: Row[] }> = ({ props: { view, entry } }) => {
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
