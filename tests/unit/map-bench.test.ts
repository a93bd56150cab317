import { describe, expect, it } from 'vitest';
import { syntheticPoints } from '../../scripts/bench/map.ts';

describe('syntheticPoints (map benchmark)', () => {
  it('gives the same points for the same count and seed, and others for another seed', () => {
    expect(syntheticPoints(500)).toEqual(syntheticPoints(500));
    expect(syntheticPoints(500, 2)).not.toEqual(syntheticPoints(500));
  });

  it("keeps every point inside Vietnam's bounding box, with unique ids", () => {
    const points = syntheticPoints(20_000);
    expect(points).toHaveLength(20_000);
    expect(new Set(points.map((p) => p.id)).size).toBe(20_000);
    for (const p of points) {
      expect(p.lat).toBeGreaterThanOrEqual(8.4);
      expect(p.lat).toBeLessThanOrEqual(23.4);
      expect(p.lng).toBeGreaterThanOrEqual(102.1);
      expect(p.lng).toBeLessThanOrEqual(109.5);
    }
  });
});
