/**
 * What a marker shows, without the DOM or Leaflet: the letter inside each kind's pin, and the
 * one-marker map (a fair's venue) read from its element's attributes, with its status line. Kept
 * apart from model.ts so the one-marker map loads none of the points-and-fairs rules.
 */

/**
 * The letter inside each kind's marker (and its legend swatch), so kinds differ by more than
 * colour. `fair` is a fair's marker, whatever the fair's own kind.
 */
export const MARKER_GLYPHS: Record<string, string> = {
  'tu-hao-hang-viet': 'T',
  'cua-hang-ocop': 'O',
  'clb-ban-hang-viet': 'C',
  fair: 'H',
};

/** The zoom a one-marker map opens at: the streets around the place, with their names. */
export const MARKER_ZOOM = 16;

/** The one place a one-marker map shows, and what it is called. */
export interface OneMarker {
  lat: number;
  lng: number;
  label: string;
}

function coordinate(text: string | undefined, limit: number): number | undefined {
  if (!text?.trim()) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
}

/**
 * The marker an <app-map> describes with `data-marker-lat`, `data-marker-lng` and
 * `data-marker-label` (pass its `dataset`), or undefined when one is missing, blank or out of range.
 */
export function readMarker(data: Readonly<Record<string, string | undefined>>): OneMarker | undefined {
  const lat = coordinate(data.markerLat, 90);
  const lng = coordinate(data.markerLng, 180);
  const label = data.markerLabel?.trim();
  return lat === undefined || lng === undefined || !label ? undefined : { lat, lng, label };
}

/** The status line of a one-marker map (one full stop, even after a label that ends with one). */
export function markerStatusText(label: string): string {
  return `Bản đồ hiển thị vị trí: ${label.replace(/\.+$/, '')}.`;
}
