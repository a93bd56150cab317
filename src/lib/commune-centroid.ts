/**
 * A point for each current commune, inferred from the site's own points: no open source of 2025
 * commune centres or boundaries fit to ship was found, so a commune's point is the mean position
 * of the points (shops, fairs, markets…) recorded in it. It is an inferred centre of activity, not
 * a surveyed or geometric centre, and communes with no points have none.
 */
import { inVietnam, type LatLng } from './geo.ts';

/** A point of the site as the inference needs it: its commune code and position. */
export interface CommunePoint {
  /** Five-digit code of the current commune the point's address names. */
  commune: string;
  geo: LatLng;
}

/** An inferred commune point and how many of the site's points it is the mean of. */
export interface InferredCentroid extends LatLng {
  count: number;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/**
 * The inferred point of every commune that has points: the mean of their positions (rounded to
 * four decimals, about 10 m), ignoring positions outside Vietnam.
 */
export function communeCentroids(points: Iterable<CommunePoint>): Map<string, InferredCentroid> {
  const sums = new Map<string, { lat: number; lng: number; count: number }>();
  for (const { commune, geo } of points) {
    if (!inVietnam(geo)) continue;
    const sum = sums.get(commune) ?? { lat: 0, lng: 0, count: 0 };
    sum.lat += geo.lat;
    sum.lng += geo.lng;
    sum.count += 1;
    sums.set(commune, sum);
  }
  const out = new Map<string, InferredCentroid>();
  for (const [code, s] of sums) out.set(code, { lat: round(s.lat / s.count), lng: round(s.lng / s.count), count: s.count });
  return out;
}

/** The inferred point of one commune (see {@link communeCentroids}), or undefined when it has no points. */
export function communeCentroid(code: string, points: Iterable<CommunePoint>): InferredCentroid | undefined {
  return communeCentroids([...points].filter((p) => p.commune === code)).get(code);
}
