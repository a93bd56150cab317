/**
 * Compact map data for the browser: the map and the point finder fetch these static files instead
 * of reading the page, so the HTML stays small. One file for the whole country, one per province,
 * and one for fairs that had not ended when the site was built (the browser drops those that have).
 */
import { FAIR_KIND_LABELS, fairNotOver } from '../lib/fairs.ts';
import { formatAddress } from '../lib/labels.ts';
import type { MapPoint, PointsFile } from '../lib/map-points.ts';
import { weeklySchedule } from '../lib/opening-hours.ts';
import { POINT_KIND_LABELS } from '../schemas/point.ts';
import { BUILD_TIME, siteData, type Point } from './index.ts';
import { provincePoints } from './province-points.ts';

export type { MapPoint, PointsFile } from '../lib/map-points.ts';

/** One fair as the browser sees it. Its page is `/hoi-cho/<id>/`. */
export interface MapFair {
  id: string;
  title: string;
  kind: string;
  /** ISO instants. */
  start: string;
  end: string;
  status: string;
  venue: string;
  address: string;
  lat: number;
  lng: number;
}

/** `/du-lieu/ban-do/hoi-cho.json`. */
export interface FairsFile {
  generated: string;
  kinds: Record<string, string>;
  fairs: MapFair[];
  sample: boolean;
}

function mapPoint(p: Point): MapPoint {
  const d = p.data;
  return {
    id: p.id,
    name: d.name,
    kind: d.kind,
    lat: d.geo.lat,
    lng: d.geo.lng,
    address: formatAddress(d.address),
    hours: (d.openingHours && weeklySchedule(d.openingHours)) || null,
    phone: d.phone ?? null,
  };
}

/** The compact file for these points. */
export function pointsFile(points: Point[]): PointsFile {
  return { generated: BUILD_TIME.toISOString(), kinds: { ...POINT_KIND_LABELS }, points: points.map(mapPoint), sample: points.some((p) => p.data.sample) };
}

/** Every active point, province by province. */
export async function allPointsFile(): Promise<PointsFile> {
  return pointsFile((await provincePoints()).flatMap(({ items }) => items));
}

/** Fairs not yet over at build time, cancelled ones left out, soonest first (the site's order). */
export async function fairsFile(): Promise<FairsFile> {
  const shown = (await siteData()).fairs.filter((f) => fairNotOver(f.data, BUILD_TIME));
  return {
    generated: BUILD_TIME.toISOString(),
    kinds: { ...FAIR_KIND_LABELS },
    fairs: shown.map((f) => ({
      id: f.id,
      title: f.data.title,
      kind: f.data.kind,
      start: f.data.start,
      end: f.data.end,
      status: f.data.status,
      venue: f.data.venue.name,
      address: formatAddress(f.data.venue.address),
      lat: f.data.venue.geo.lat,
      lng: f.data.venue.geo.lng,
    })),
    sample: shown.some((f) => f.data.sample),
  };
}
