/**
 * Calendar files (iCalendar) as view models: the calendar's name and its events, each with its
 * DTSTAMP. No build time: every stamp comes from the content (see `IcsEvent.stamp`), so a calendar
 * file, and the view model its page key is a digest of, change only when what it shows changes.
 */
import { calendar, type IcsEvent } from '../../lib/ical.ts';

export interface CalendarView {
  /** The calendar's name in a phone's calendar list. */
  name: string;
  /** Everything each event writes, its DTSTAMP included. */
  events: IcsEvent[];
}

export function calendarView(name: string, events: IcsEvent[]): CalendarView {
  return { name, events };
}

/** The response of a calendar route. */
export function icsResponse(view: CalendarView): Response {
  return new Response(calendar(view.name, view.events), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
