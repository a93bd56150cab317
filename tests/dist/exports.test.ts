/** The open-data exports of sales points, read from the build as a consumer would. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve('dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const pointPages = readdirSync(path.join(dist, 'diem-ban'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'tinh')
  .map((e) => e.name)
  .sort();

describe('diem-ban.geojson', () => {
  const doc = JSON.parse(read('du-lieu/diem-ban.geojson')) as {
    type: string;
    features: { id: string; geometry: { type: string; coordinates: [number, number] }; properties: Record<string, unknown> }[];
  };

  it('has one feature per point page, with the page id', () => {
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.features.map((f) => f.id).sort()).toEqual(pointPages);
  });

  it('gives positions as [longitude, latitude] inside Vietnam', () => {
    for (const f of doc.features) {
      const [lng, lat] = f.geometry.coordinates;
      expect(f.geometry.type).toBe('Point');
      expect(lng, f.id).toBeGreaterThanOrEqual(102);
      expect(lng, f.id).toBeLessThanOrEqual(117.9);
      expect(lat, f.id).toBeGreaterThanOrEqual(6);
      expect(lat, f.id).toBeLessThanOrEqual(23.5);
    }
  });

  it('keeps a name that looks like HTML as plain text', () => {
    expect(doc.features.some((f) => String(f.properties.name).startsWith('<img src=x onerror=alert(1)>'))).toBe(true);
  });
});

describe('diem-ban.csv', () => {
  const csv = read('du-lieu/diem-ban.csv');
  it('starts with a UTF-8 BOM and has a row per point', () => {
    expect(csv.startsWith('\uFEFFid,url,name,')).toBe(true);
    // Rows start at a line beginning with a known id (names may hold quoted line breaks).
    const ids = csv.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]);
    expect(ids.sort()).toEqual(pointPages);
  });
});

describe('diem-ban.json', () => {
  it('lists the same points with their coordinates', () => {
    const { points } = JSON.parse(read('du-lieu/diem-ban.json')) as { points: { id: string; lat: number; lng: number }[] };
    expect(points.map((p) => p.id).sort()).toEqual(pointPages);
  });
});
