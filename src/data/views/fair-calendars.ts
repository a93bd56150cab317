/** Fairs as calendar files: each fair's (`/hoi-cho/<id>.ics`) and all of them (`/hoi-cho/lich.ics`). */
import { fairEvent } from '../../lib/fair-calendar.ts';
import { formatAddress } from '../../lib/places.ts';
import type { Fair, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { calendarView, type CalendarView } from './calendar.ts';

function event(fair: Fair, base: URL) {
  const d = fair.data;
  return fairEvent(
    {
      id: fair.id,
      title: d.title,
      summary: d.summary,
      start: d.start,
      end: d.end,
      status: d.status,
      statusNote: d.statusNote,
      repeat: d.repeat,
      rescheduled: d.rescheduled,
      location: `${d.venue.name}, ${formatAddress(d.venue.address)}`,
      geo: { lat: d.venue.geo.lat, lng: d.venue.geo.lng },
      updated: d.updated,
    },
    base,
  );
}

/** Each fair's own calendar file (`/hoi-cho/<id>.ics`). */
export function fairCalendars(data: SiteData): PageOf<CalendarView>[] {
  const base = new URL(data.site.baseUrl);
  return data.fairs.map((fair) => ({ params: { slug: fair.id }, view: calendarView(fair.data.title, [event(fair, base)]) }));
}

/** Every fair in one calendar (`/hoi-cho/lich.ics`). */
export function fairsCalendar(data: SiteData): CalendarView {
  const base = new URL(data.site.baseUrl);
  return calendarView(`Hội chợ – ${data.site.siteName}`, data.fairs.map((f) => event(f, base)));
}
