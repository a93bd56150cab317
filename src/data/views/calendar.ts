/** Calendar files (iCalendar) as view models: the events they hold, and when they were made. */
import { calendar, type IcsEvent } from '../../lib/ical.ts';
import { stamp, type Stamp } from '../clock.ts';

export interface CalendarView {
  /** The calendar's name in a phone's calendar list. */
  name: string;
  events: IcsEvent[];
  /** Every event's DTSTAMP. */
  generated: Stamp;
}

export function calendarView(name: string, events: IcsEvent[], now: Date): CalendarView {
  return { name, events, generated: stamp(now) };
}

/** The response of a calendar route. */
export function icsResponse(view: CalendarView): Response {
  return new Response(calendar(view.name, view.events, new Date(view.generated.instant)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
