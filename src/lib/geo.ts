/**
 * Coordinates: the bounds of Vietnam (mainland, Hoàng Sa and Trường Sa) and distances.
 */

/** A WGS 84 position. */
export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * A generous box around Vietnam's territory, islands included: latitude 6–23.5 °N,
 * longitude 102–117.9 °E. The two ranges do not overlap, so swapped values are always detected.
 */
export const VIETNAM_BOUNDS = { minLat: 6, maxLat: 23.5, minLng: 102, maxLng: 117.9 } as const;

/** Whether a position lies inside {@link VIETNAM_BOUNDS}. */
export function inVietnam({ lat, lng }: LatLng): boolean {
  const b = VIETNAM_BOUNDS;
  return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng;
}

/** Why a position is not acceptable, in words a press officer understands, or undefined if it is. */
export function positionProblem(position: LatLng): string | undefined {
  if (inVietnam(position)) return undefined;
  if (inVietnam({ lat: position.lng, lng: position.lat })) {
    return `vĩ độ (lat) và kinh độ (lng) có vẻ bị đảo chỗ: ở Việt Nam vĩ độ khoảng 6–23,5 và kinh độ khoảng 102–118; hãy đổi lại thành lat: ${position.lng}, lng: ${position.lat}`;
  }
  return `tọa độ (${position.lat}, ${position.lng}) nằm ngoài lãnh thổ Việt Nam (vĩ độ 6–23,5, kinh độ 102–118); hãy kiểm tra lại trên bản đồ`;
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A link that opens a position on OpenStreetMap, zoomed to street level. */
export function osmUrl({ lat, lng }: LatLng): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}
