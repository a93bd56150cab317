/**
 * The shape of the compact points files (`/du-lieu/ban-do/…json`, written by src/data/map-data.ts)
 * as the browser reads them. Types only, so any script can import it for free.
 */
import type { WeeklySchedule } from './open-now.ts';

/** One active point. Its page is `/diem-ban/<id>/`. */
export interface MapPoint {
  id: string;
  name: string;
  kind: string;
  lat: number;
  lng: number;
  /** Street, commune and province in words. */
  address: string;
  /** Weekly schedule for "open now" (see lib/open-now.ts), or null when hours are unknown or irregular. */
  hours: WeeklySchedule | null;
  phone: string | null;
}

/** A points file: `/du-lieu/ban-do/diem-ban.json` or `/du-lieu/ban-do/tinh/<slug>.json`. */
export interface PointsFile {
  /** When the site was built (ISO instant). */
  generated: string;
  /** Kind key → Vietnamese label, so the browser needs no schema code. */
  kinds: Record<string, string>;
  /** Active points, in the order of the province lists. */
  points: MapPoint[];
  /** Whether any of them is sample content. */
  sample: boolean;
}
