/**
 * Calendar dates as `YYYY-MM-DD` strings, computed in UTC arithmetic so that the machine's time
 * zone cannot move a day. Every date is derived from `--today`, never from the clock.
 */
import { daysBetween } from '../../src/lib/dates.ts';
import type { Rng } from './random.ts';

/** `date` moved by `days` (negative for earlier). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A day from `from` to `to` inclusive; `from` itself when the span is empty or reversed. */
export function randomDate(rng: Rng, from: string, to: string): string {
  const span = daysBetween(from, to);
  return addDays(from, span <= 0 ? 0 : rng.int(0, span));
}

/** The year of a `YYYY-MM-DD` date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
/** The earlier of two dates (ISO strings sort as dates). */
export const minDate = (a: string, b: string): string => (a < b ? a : b);
/** The later of two dates. */
export const maxDate = (a: string, b: string): string => (a > b ? a : b);
