/** Fairs as iCalendar events. */
import type { IcsEvent } from './ical.ts';
import { fairUrl } from './urls.ts';

/** What an event needs from a fair. */
export interface FairForCalendar {
  id: string;
  title: string;
  summary: string;
  start: string;
  end: string;
  status: 'scheduled' | 'postponed' | 'cancelled';
  location: string;
}

/** A fair as an event with a stable UID (its id and the site's host). */
export function fairEvent(f: FairForCalendar, site: URL): IcsEvent {
  return {
    uid: `hoi-cho-${f.id}@${site.host}`,
    summary: f.title,
    description: f.summary,
    location: f.location,
    url: new URL(fairUrl(f.id), site).href,
    start: f.start,
    end: f.end,
    status: f.status === 'cancelled' ? 'CANCELLED' : f.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
  };
}
