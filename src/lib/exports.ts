/**
 * Open-data exports: GeoJSON (RFC 7946: positions are [longitude, latitude]), CSV (RFC 4180,
 * UTF-8 with a byte-order mark so Excel shows Vietnamese correctly) and JSON. Every record keeps
 * its stable id, which is also its address on the site.
 */
import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from './spreadsheet-cell.ts';

/** One flat record: column name → value. */
export type Row = Record<string, string | number | boolean | null>;

/**
 * Records per piece of an export's text. A national file runs to tens of megabytes: written piece
 * by piece, the build never holds it whole as one string (see exportBody in data/views/open-data.ts).
 */
export const EXPORT_CHUNK_ROWS = 2000;

/**
 * A whole CSV file (RFC 4180, written by csv-stringify): byte-order mark, header row, CRLF line
 * endings, a field quoted when it holds a comma, a quote, CR or LF. Empty for null;
 * booleans as `true` / `false` (csv-stringify would write `1` and an empty field); text a
 * spreadsheet would run as a formula behind an apostrophe (`spreadsheetSafe`). In pieces of
 * `size` records (the first with the byte-order mark and the header): joined, they are the file.
 */
export function* csvChunks(rows: readonly Row[], columns: readonly string[], size = EXPORT_CHUNK_ROWS): Generator<string> {
  for (let i = 0; i === 0 || i < rows.length; i += size) {
    yield stringify(rows.slice(i, i + size), {
      bom: i === 0,
      header: i === 0,
      columns: [...columns],
      record_delimiter: 'windows',
      // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF or CR,
      // which RFC 4180 allows only inside quotes and spreadsheets read as the end of a row.
      quoted_match: /[\r\n]/,
      cast: { boolean: (b) => String(b), string: spreadsheetSafe },
    });
  }
}

/** The CSV file of {@link csvChunks} as one string. */
export const toCsv = (rows: readonly Row[], columns: readonly string[]): string => [...csvChunks(rows, columns)].join('');

/** `items` as a JSON array, in pieces of `size` items: joined, they are `JSON.stringify(items)`. */
function* jsonArrayChunks<T>(items: readonly T[], toJson: (item: T) => unknown, size: number): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < items.length; i += size) {
    const piece = items.slice(i, i + size).map((item) => JSON.stringify(toJson(item)) ?? 'null');
    yield `${i === 0 ? '[' : ','}${piece.join(',')}${i + size >= items.length ? ']' : ''}`;
  }
}

/**
 * A JSON object: the members of `meta`, then `key` holding `rows`, in pieces; joined, they are
 * `JSON.stringify({ ...meta, [key]: rows })` (`key` must not be a member of `meta`).
 */
export function* jsonChunks(meta: Readonly<Record<string, unknown>>, key: string, rows: readonly Row[], size = EXPORT_CHUNK_ROWS): Generator<string> {
  const head = JSON.stringify(meta);
  yield `${head.slice(0, -1)}${head === '{}' ? '' : ','}${JSON.stringify(key)}:`;
  yield* jsonArrayChunks(rows, (row) => row, size);
  yield '}';
}

const feature = ({ lat, lng, ...properties }: Row & { id: string; lat: number; lng: number }) => ({
  type: 'Feature' as const,
  id: properties.id,
  geometry: { type: 'Point' as const, coordinates: [lng, lat] },
  properties,
});

/** A GeoJSON FeatureCollection of points, in pieces; `lng`/`lat` are taken out of the properties. */
export function* geoJsonChunks(rows: readonly (Row & { id: string; lat: number; lng: number })[], size = EXPORT_CHUNK_ROWS): Generator<string> {
  yield '{"type":"FeatureCollection","features":';
  yield* jsonArrayChunks(rows, feature, size);
  yield '}';
}

/** The GeoJSON file of {@link geoJsonChunks} as one string. */
export const toGeoJson = (rows: readonly (Row & { id: string; lat: number; lng: number })[]): string => [...geoJsonChunks(rows)].join('');
