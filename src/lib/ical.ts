/**
 * iCalendar (RFC 5545) writing: escaping, line folding, UTC stamps, Vietnam local times. One-off
 * events are written as UTC instants (fairs) or all-day dates (deadlines); a recurring fair is
 * written in Vietnam local time (`TZID=Asia/Ho_Chi_Minh`), so that its rule's weekdays are
 * Vietnam's, and the calendar then carries that zone's VTIMEZONE.
 */
import { addDays, TIME_ZONE } from './dates.ts';

/** Escape a TEXT value. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 length in octets of one code point. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Fold a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const n = utf8Length(codePoint);
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(line.slice(start, i));
      start = i;
      size = 0;
    }
    size += n;
    i += width;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** An instant as an iCalendar UTC DATE-TIME: 20261128T010000Z. */
export function icsUtc(instant: string | Date): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Vietnam's offset in milliseconds (one offset all year). */
const VIETNAM_OFFSET = 7 * 3_600_000;

/** An instant as a local DATE-TIME in Vietnam, to follow `TZID=Asia/Ho_Chi_Minh`: 20261107T160000. */
export function icsLocal(instant: string | Date): string {
  return icsUtc(new Date(new Date(instant).getTime() + VIETNAM_OFFSET)).slice(0, -1);
}

/** A calendar date `YYYY-MM-DD` as an iCalendar DATE: 20261128. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** One event. */
export interface IcsEvent {
  uid: string;
  /**
   * DTSTAMP, an instant. Taken from the content (when the record last changed, or a date of its
   * own), never from the build's clock: two builds of the same content write the same file.
   */
  stamp: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  /** GEO: where the event takes place. */
  geo?: { lat: number; lng: number } | undefined;
  url?: string | undefined;
  /** Either start/end instants… */
  start?: string | undefined;
  end?: string | undefined;
  /** …written in Vietnam local time (`TZID`) rather than UTC (needed by `rrule` on instants)… */
  local?: boolean | undefined;
  /** …or an all-day date. */
  date?: string | undefined;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' | undefined;
  /** RRULE value, e.g. `FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20301229T165959Z`. */
  rrule?: string | undefined;
  /** EXDATE: starts (instants) of occurrences the rule yields but that do not take place. */
  exdates?: string[] | undefined;
}

/**
 * Asia/Ho_Chi_Minh as a VTIMEZONE: one observance, +0700 all year (no daylight saving since
 * 1975). Written whenever an event uses its TZID; RFC 5545 requires it, and a client that does
 * not know the zone by name reads it from here.
 */
const VIETNAM_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A DATE-TIME property (`DTSTART`, `DTEND`, `EXDATE`) of an instant, in UTC or in Vietnam local time. */
function dateTime(name: string, instant: string, local: boolean | undefined): string {
  return local ? `${name};TZID=${TIME_ZONE}:${icsLocal(instant)}` : `${name}:${icsUtc(instant)}`;
}

/** A whole calendar: its name in a phone's calendar list, and its events. */
export function calendar(name: string, events: IcsEvent[]): string {
  const out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hang Viet//Lich//VI', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${icsText(name)}`, `X-WR-TIMEZONE:${TIME_ZONE}`];
  if (events.some((e) => e.local)) out.push(...VIETNAM_TIMEZONE);
  for (const e of events) {
    out.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${icsUtc(e.stamp)}`, `SUMMARY:${icsText(e.summary)}`);
    if (e.date) {
      out.push(`DTSTART;VALUE=DATE:${icsDate(e.date)}`, `DTEND;VALUE=DATE:${icsDate(addDays(e.date, 1))}`);
    } else if (e.start && e.end) {
      out.push(dateTime('DTSTART', e.start, e.local), dateTime('DTEND', e.end, e.local));
    }
    if (e.rrule) out.push(`RRULE:${e.rrule}`);
    for (const x of e.exdates ?? []) out.push(dateTime('EXDATE', x, e.local));
    if (e.description) out.push(`DESCRIPTION:${icsText(e.description)}`);
    if (e.location) out.push(`LOCATION:${icsText(e.location)}`);
    if (e.geo) out.push(`GEO:${e.geo.lat};${e.geo.lng}`);
    if (e.url) out.push(`URL:${e.url}`);
    if (e.status) out.push(`STATUS:${e.status}`);
    out.push('END:VEVENT');
  }
  out.push('END:VCALENDAR');
  return `${out.map(foldLine).join('\r\n')}\r\n`;
}
