/**
 * The shape of the compact points files (`/du-lieu/ban-do/…json`)
 * and the fairs file (`/du-lieu/ban-do/hoi-cho.json`), written by src/data/views/points.ts,
 * as the browser reads them. Types only, so any script can import it for free.
 */
import type { FairTiming } from './fairs.ts';
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
  /** Five-digit code of its current commune (the finder's "near a ward" lists these first). */
  commune: string;
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

/** One fair as the browser sees it: the fair rules' input (lib/fairs.ts) and what its popup says. Its page is `/hoi-cho/<id>/`. */
export interface MapFair extends FairTiming {
  id: string;
  title: string;
  kind: string;
  venue: string;
  address: string;
  lat: number;
  lng: number;
}

/** `/du-lieu/ban-do/hoi-cho.json`: fairs not over when the site was built (the browser drops those that have ended since). */
export interface FairsFile {
  generated: string;
  kinds: Record<string, string>;
  fairs: MapFair[];
  sample: boolean;
}
