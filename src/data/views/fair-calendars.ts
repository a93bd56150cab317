/** Fairs as calendar files: each fair's (`/hoi-cho/<id>.ics`) and all of them (`/hoi-cho/lich.ics`). */
import { fairEvent } from '../../lib/fair-calendar.ts';
import { keptDates } from '../../lib/fairs.ts';
import { formatAddress } from '../../lib/places.ts';
import type { Fair, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { calendarView, type CalendarView } from './calendar.ts';

function event(fair: Fair, base: URL) {
  const d = fair.data;
  const kept = keptDates(d);
  return fairEvent({ id: fair.id, title: d.title, summary: d.summary, status: d.status, start: kept.start, end: kept.end, location: `${d.venue.name}, ${formatAddress(d.venue.address)}` }, base);
}

/** Each fair's own calendar file (`/hoi-cho/<id>.ics`). */
export function fairCalendars(data: SiteData): PageOf<CalendarView>[] {
  const base = new URL(data.site.baseUrl);
  return data.fairs.map((fair) => ({ params: { slug: fair.id }, view: calendarView(fair.data.title, [event(fair, base)], data.now) }));
}

/** Every fair in one calendar (`/hoi-cho/lich.ics`). */
export function fairsCalendar(data: SiteData): CalendarView {
  const base = new URL(data.site.baseUrl);
  return calendarView(`Hội chợ – ${data.site.siteName}`, data.fairs.map((f) => event(f, base)), data.now);
}
