/**
 * Fairs as iCalendar events. A one-off fair is one event on the dates it keeps (the new ones of a
 * rescheduled fair); a recurring market day is ONE event too: its first session in Vietnam local
 * time, the rule as RRULE (ending with the last second of its `until` day in Vietnam) and each day
 * off as EXDATE at the session's start time. Status goes in STATUS and, because many phone
 * calendars ignore STATUS, also before the title.
 */
import { startOfLocalDay } from './dates.ts';
import { dayWords, plannedWords, scheduleWords } from './fair-words.ts';
import { keptDates, sessionOn, type FairTiming } from './fairs.ts';
import { icsUtc, type IcsEvent } from './ical.ts';
import { recurrenceRule } from './recurrence.ts';
import { fairUrl } from './urls.ts';

/** What an event needs from a fair. */
export interface FairForCalendar extends FairTiming {
  id: string;
  title: string;
  summary: string;
  /** Why it was postponed or cancelled, as announced. */
  statusNote?: string | undefined;
  /** The full address: venue name, street, commune, province. */
  location: string;
  geo: { lat: number; lng: number };
  /** Day the organiser's information last changed, `YYYY-MM-DD`. */
  updated?: string | undefined;
}

/** The RRULE UNTIL of a last day: its last second in Vietnam, in UTC (`2030-12-29` → 20301229T165959Z). */
export function untilUtc(date: string): string {
  return icsUtc(`${date}T23:59:59+07:00`);
}

/**
 * DTSTAMP of a fair's event: the day its information last changed (00:00 in Vietnam) when the
 * record says, else its planned opening. Both come from the record, so two builds of the same
 * content write the same file (a build-time stamp changed every calendar at every build); the
 * planned opening is a date of the record's own that stays put when the record is not edited.
 */
export function fairStamp(f: Pick<FairForCalendar, 'start' | 'updated'>): string {
  return f.updated ? startOfLocalDay(f.updated).toISOString() : new Date(f.start).toISOString();
}

/** "Đã hủy: …", "Tạm hoãn: …" before the title of a cancelled fair, or a postponed one without new dates. */
function summaryOf(f: FairForCalendar): string {
  if (f.status === 'cancelled') return `Đã hủy: ${f.title}`;
  if (f.status === 'postponed' && !f.rescheduled) return `Tạm hoãn: ${f.title}`;
  return f.title;
}

function statusOf(f: FairForCalendar): NonNullable<IcsEvent['status']> {
  if (f.status === 'cancelled') return 'CANCELLED';
  return f.status === 'postponed' && !f.rescheduled ? 'TENTATIVE' : 'CONFIRMED';
}

/** The summary, then what a calendar entry cannot show by itself: the market's days, moved dates, the announcement. */
function descriptionOf(f: FairForCalendar): string {
  return [
    f.summary,
    f.repeat && `Lịch họp chợ: ${scheduleWords(f)}.`,
    f.repeat?.except?.length && `Nghỉ các ngày: ${f.repeat.except.map(dayWords).join('; ')}.`,
    f.rescheduled && `Đã dời lịch. Thời gian dự kiến ban đầu: ${plannedWords(f)}.`,
    f.status !== 'scheduled' && f.statusNote,
  ]
    .filter(Boolean)
    .join('\n');
}

/** A fair as an event with a stable UID (its id and the site's host). */
export function fairEvent(f: FairForCalendar, site: URL): IcsEvent {
  const base: IcsEvent = {
    uid: `hoi-cho-${f.id}@${site.host}`,
    stamp: fairStamp(f),
    summary: summaryOf(f),
    description: descriptionOf(f),
    location: f.location,
    geo: f.geo,
    url: new URL(fairUrl(f.id), site).href,
    status: statusOf(f),
  };
  if (!f.repeat) return { ...base, ...keptDates(f) };
  return {
    ...base,
    start: f.start,
    end: f.end,
    local: true,
    rrule: recurrenceRule(f.repeat, f.repeat.until && untilUtc(f.repeat.until)),
    exdates: (f.repeat.except ?? []).map((date) => sessionOn(f, date).start),
  };
}
