import { describe, expect, it } from 'vitest';
import { communeCentroid, communeCentroids } from '../../src/lib/commune-centroid.ts';

const points = [
  { commune: '26740', geo: { lat: 10.7769, lng: 106.7009 } },
  { commune: '26740', geo: { lat: 10.7801, lng: 106.6991 } },
  { commune: '26740', geo: { lat: 48.85, lng: 2.35 } }, // outside Vietnam: ignored
  { commune: '21583', geo: { lat: 13.7765, lng: 109.2237 } },
];

describe('inferred commune points', () => {
  it.each([
    ['26740', { lat: 10.7785, lng: 106.7, count: 2 }],
    ['21583', { lat: 13.7765, lng: 109.2237, count: 1 }],
    ['00004', undefined],
  ])('infers the point of %s from the site’s own points', (code, expected) => {
    expect(communeCentroid(code, points)).toEqual(expected);
  });
  it('gives a point only to communes that have points', () => {
    expect([...communeCentroids(points).keys()].sort()).toEqual(['21583', '26740']);
  });
});
