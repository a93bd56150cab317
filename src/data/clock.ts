/**
 * The build's clock. `now` enters the data flow here, once, as a value: `siteData()` carries it
 * and every view model and rule takes it as a parameter. `HANGVIET_NOW` (an ISO instant) fixes it,
 * so tests and byte-for-byte comparisons of two builds see the same moment.
 */
import { localDate } from '../lib/dates.ts';

/** The moment this build computes statuses for. */
export function buildClock(env: Record<string, string | undefined> = process.env): Date {
  const now = new Date(env.HANGVIET_NOW ?? Date.now());
  if (Number.isNaN(now.getTime())) throw new Error(`HANGVIET_NOW không phải thời điểm ISO hợp lệ: "${env.HANGVIET_NOW}"`);
  return now;
}

/**
 * When a page computed a status that depends on the time of day (open now) or stamps a file
 * (map data). Cache keys take only its `day`: a page is not re-rendered at every
 * build of the same day just because the clock moved; the browser recomputes the status anyway.
 */
export interface Stamp {
  /** ISO instant. */
  instant: string;
  /** `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
  day: string;
}

/**
 * The stamp of `now`, the build's clock: the only way stamps are made, so every stamp of a build has
 * the same JSON text (page keys rely on it: page.ts).
 */
export function stamp(now: Date): Stamp {
  return { instant: now.toISOString(), day: localDate(now) };
}
