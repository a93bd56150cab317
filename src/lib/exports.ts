/**
 * Open-data exports: GeoJSON (RFC 7946: positions are [longitude, latitude]), CSV (RFC 4180,
 * UTF-8 with a byte-order mark so Excel shows Vietnamese correctly) and JSON. Every record keeps
 * its stable id, which is also its address on the site.
 */

/** One flat record: column name → value. Column order is the order of the first record's keys. */
export type Row = Record<string, string | number | boolean | null>;

/** A CSV field, quoted when it contains a comma, quote, or line break. */
export function csvField(value: Row[string]): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, header row, CRLF line endings. */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvField(row[c] ?? null)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
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
