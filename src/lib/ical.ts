/**
 * iCalendar (RFC 5545) writing: escaping, line folding, UTC stamps. Events are given as UTC
 * instants (fairs) or all-day dates (deadlines), so no VTIMEZONE block is needed.
 */
import { addDays } from './dates.ts';

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

/** A calendar date `YYYY-MM-DD` as an iCalendar DATE: 20261128. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** One event; `lines` are extra property lines already formatted (e.g. `RRULE:…`). */
export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  /** Either start/end instants… */
  start?: string;
  end?: string;
  /** …or an all-day date. */
  date?: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  lines?: string[];
}

/** A whole calendar. `stamp` is DTSTAMP for every event (the build time). */
export function calendar(name: string, events: IcsEvent[], stamp: Date): string {
  const out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hang Viet//Lich//VI', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${icsText(name)}`, 'X-WR-TIMEZONE:Asia/Ho_Chi_Minh'];
  for (const e of events) {
    out.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${icsUtc(stamp)}`, `SUMMARY:${icsText(e.summary)}`);
    if (e.date) {
      out.push(`DTSTART;VALUE=DATE:${icsDate(e.date)}`, `DTEND;VALUE=DATE:${icsDate(addDays(e.date, 1))}`);
    } else if (e.start && e.end) {
      out.push(`DTSTART:${icsUtc(e.start)}`, `DTEND:${icsUtc(e.end)}`);
    }
    if (e.description) out.push(`DESCRIPTION:${icsText(e.description)}`);
    if (e.location) out.push(`LOCATION:${icsText(e.location)}`);
    if (e.url) out.push(`URL:${e.url}`);
    if (e.status) out.push(`STATUS:${e.status}`);
    out.push(...(e.lines ?? []), 'END:VEVENT');
  }
  out.push('END:VCALENDAR');
  return `${out.map(foldLine).join('\r\n')}\r\n`;
}
