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
 * A whole CSV file (RFC 4180, written by csv-stringify): byte-order mark, header row, CRLF line
 * endings, a field quoted when it holds a comma, a quote, CR or LF. Empty for null;
 * booleans as `true` / `false` (csv-stringify would write `1` and an empty field); text a
 * spreadsheet would run as a formula behind an apostrophe (`spreadsheetSafe`).
 */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  return stringify([...rows], {
    bom: true,
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF or CR,
    // which RFC 4180 allows only inside quotes and spreadsheets read as the end of a row.
    quoted_match: /[\r\n]/,
    cast: { boolean: (b) => String(b), string: spreadsheetSafe },
  });
}

/** A GeoJSON FeatureCollection of points; `lng`/`lat` are taken out of the properties. */
export function toGeoJson(rows: readonly (Row & { id: string; lat: number; lng: number })[]): string {
  const features = rows.map(({ lat, lng, ...properties }) => ({
    type: 'Feature' as const,
    id: properties.id,
    geometry: { type: 'Point' as const, coordinates: [lng, lat] },
    properties,
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}
