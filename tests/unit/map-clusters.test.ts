/**
 * The map's clustering settings (src/client/map/marker.ts) keep markers apart at every zoom of the
 * map, so each stays a target of its own (WCAG 2.5.8: at least 24 × 24 px not covered by another):
 * dense points, as a national dataset has, were drawn as clusters overlapping by up to 21 px when
 * the radius was read in Supercluster's 512-unit tiles instead of Leaflet's 256-px ones. Clusters
 * sit at the centre of their points, so two can still come a few pixels closer than their size;
 * the test allows that much and no more.
 */
import Supercluster from 'supercluster';
import { describe, expect, it } from 'vitest';
import { CLUSTER_EXTENT, CLUSTER_RADIUS, markerSize, MAX_ZOOM } from '../../src/client/map/marker.ts';

/** A place in Leaflet's pixels at `zoom` (Web Mercator, 256-px tiles). */
function pixel([lng, lat]: [number, number], zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/** A repeatable pseudo-random sequence in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const next = random(7);
const PLACES: Record<string, [number, number][]> = {
  'a street of shops 45 m apart': Array.from({ length: 40 }, (_, i) => [106.7 + i * 0.0004, 10.77]),
  'a province with points everywhere': Array.from({ length: 3000 }, () => [106.5 + next() * 0.5, 10.6 + next() * 0.4]),
  'a city dense at its centre': Array.from({ length: 3000 }, () => [106.7 + (next() + next() + next() - 1.5) * 0.1, 10.77 + (next() + next() + next() - 1.5) * 0.1]),
};

describe('map clusters', () => {
  it.each(Object.entries(PLACES))('%s: at every zoom, each marker keeps 24 px clear of the others', (_, places) => {
    const index = new Supercluster({ radius: CLUSTER_RADIUS, extent: CLUSTER_EXTENT, maxZoom: MAX_ZOOM }).load(
      places.map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates } })),
    );
    const overlaps: string[] = [];
    for (let zoom = 0; zoom <= MAX_ZOOM; zoom++) {
      const markers = index.getClusters([-180, -85, 180, 85], zoom).map((f) => {
        const count = 'point_count' in f.properties ? (f.properties as { point_count: number }).point_count : 1;
        return { at: pixel(f.geometry.coordinates as [number, number], zoom), size: markerSize(count) };
      });
      for (let i = 0; i < markers.length; i++) {
        for (let j = i + 1; j < markers.length; j++) {
          const [a, b] = [markers[i]!, markers[j]!];
          const overlap = (a.size + b.size) / 2 - Math.hypot(a.at[0] - b.at[0], a.at[1] - b.at[1]);
          if (overlap > Math.min(a.size, b.size) - 24) overlaps.push(`zoom ${zoom}: markers of ${a.size} and ${b.size} px overlap by ${overlap.toFixed(1)} px`);
        }
      }
    }
    expect(overlaps.slice(0, 5), `${overlaps.length} overlaps`).toEqual([]);
  });
});
