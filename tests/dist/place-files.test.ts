/**
 * The finder's place files as built: a commune with a sales point has its own inferred centre; a
 * commune without one stands in at its former district's (`area` says which), never one that has
 * points; the country's files (by first letters) say the same of a commune as its province's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/lib/geo.ts';
import type { PointsFile } from '../../src/lib/map-points.ts';
import type { PlaceCommune, PlaceFile } from '../../src/lib/place-names.ts';

const dist = path.resolve('dist');
const json = <T>(file: string): T => JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as T;
const provinces = readdirSync(path.join(dist, 'du-lieu/xa/tinh')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const buckets = readdirSync(path.join(dist, 'du-lieu/xa')).filter((f) => f.endsWith('.json'));

describe('place files', () => {
  it('exist for every province with a points file', () => {
    const withPoints = readdirSync(path.join(dist, 'du-lieu/ban-do/tinh')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(provinces.sort()).toEqual(withPoints.sort());
  });

  it.each(provinces)('%s: communes with points have their own centre; those with a stand-in have none', (slug) => {
    const places = json<PlaceFile>(`du-lieu/xa/tinh/${slug}.json`);
    const { points } = json<PointsFile>(`du-lieu/ban-do/tinh/${slug}.json`);
    const withPoints = new Set(points.map((p) => p.commune));
    for (const code of withPoints) {
      expect(places.communes[code]?.at, `${code} has points`).not.toBeNull();
      expect(places.communes[code], `${code} has points`).not.toHaveProperty('area');
    }
    const standIns = Object.entries(places.communes).filter(([, c]) => c.area);
    const own = Object.values(places.communes).filter((c) => c.at && !c.area);
    for (const [code, commune] of standIns) {
      expect(withPoints.has(code), `${commune.name} has points yet stands in for its district`).toBe(false);
      // A former district is a few tens of kilometres across: the stand-in lies near a centred commune.
      const nearest = Math.min(...own.map((c) => distanceKm({ lat: commune.at![0], lng: commune.at![1] }, { lat: c.at![0], lng: c.at![1] })));
      expect(nearest, `${commune.name} (${commune.area})`).toBeLessThan(60);
    }
  });

  it('give some commune without points a stand-in centre from its former district (the sample has such communes)', () => {
    const standIns = provinces.flatMap((slug) => Object.values(json<PlaceFile>(`du-lieu/xa/tinh/${slug}.json`).communes).filter((c) => c.area));
    expect(standIns.length).toBeGreaterThan(0);
    expect(standIns.every((c) => /, (Tỉnh|Thành phố) /.test(c.area!))).toBe(true);
  });

  it('say the same of a commune in the country’s files as in its province’s', () => {
    const national = new Map<string, PlaceCommune>();
    for (const file of buckets) for (const [code, c] of Object.entries(json<PlaceFile>(`du-lieu/xa/${file}`).communes)) national.set(code, c);
    for (const slug of provinces) {
      for (const [code, commune] of Object.entries(json<PlaceFile>(`du-lieu/xa/tinh/${slug}.json`).communes)) {
        expect(national.get(code), `${commune.name}`).toEqual(commune);
      }
    }
  });
});
