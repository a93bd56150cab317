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

/** The closest zoom of every map (street level, about 0.6 m a pixel). */
export const MAX_ZOOM = 18;

/**
 * Markers closer than CLUSTER_RADIUS screen pixels form a cluster, at every zoom up to MAX_ZOOM,
 * so no marker covers another (each stays a target of its own, WCAG 2.5.8). Supercluster measures
 * its radius in tiles of `extent` units, and Leaflet's tiles are 256 px: with Supercluster's
 * default extent of 512 the radius was half as many pixels, and markers overlapped where points
 * are dense.
 */
export const CLUSTER_RADIUS = 60;
export const CLUSTER_EXTENT = 256;

/** A marker's width and height in pixels: a point's pin, or a cluster's, larger as it holds more. */
export function markerSize(count: number): number {
  return count <= 1 ? 30 : count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 54;
}

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
