/** Fairs: the list (`/hoi-cho/`, `trang/<n>/`), each fair's page and calendar, and the calendar of all fairs. */
import { cancelledFairs, currentFairs, FAIRS_PER_PAGE, pastFairs } from '../../lib/fair-lists.ts';
import { fairEvent } from '../../lib/fair-calendar.ts';
import type { FairKind } from '../../lib/fairs.ts';
import { osmUrl } from '../../lib/geo.ts';
import { shareLinks, type ShareLinks } from '../../lib/share.ts';
import { formatAddress } from '../../lib/places.ts';
import { FAIRS, fairUrl } from '../../lib/urls.ts';
import type { Fair, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { calendarView, type CalendarView } from './calendar.ts';
import { fairCard, type FairCardView } from './cards.ts';
import { layout, type LayoutView } from './layout.ts';
import { paged, type PaginationView } from './lists.ts';
import { fairPhaseView, type FairPhaseView } from './status.ts';
import { relatedNews, type RelatedNewsView } from './related.ts';

export interface FairListView {
  layout: LayoutView;
  suffix: string;
  /** Fairs on now, coming or postponed. */
  total: number;
  cards: FairCardView[];
  pagination: PaginationView;
  /** First page only: cancelled fairs still to come and the latest past fairs. */
  aside?: { cancelled: FairCardView[]; past: FairCardView[] } | undefined;
}

/** Every page of the fair list, by opening. */
export function fairListPages(data: SiteData): PageOf<FairListView>[] {
  const { fairs, now } = data;
  const current = currentFairs(fairs, now);
  return paged(current, FAIRS_PER_PAGE, FAIRS, [{ label: 'Hội chợ' }]).map((p) => {
    const first = p.pagination.current === 1;
    const cancelled = first ? cancelledFairs(fairs, now) : [];
    const past = first ? pastFairs(fairs, now) : [];
    return {
      params: { page: p.param },
      view: {
        layout: layout(data, {
          path: p.path,
          title: `Hội chợ và phiên chợ hàng Việt${p.suffix}`,
          description: 'Lịch hội chợ, phiên chợ hàng Việt, hội chợ về nông thôn, miền núi, vùng sâu, vùng xa.',
          breadcrumbs: p.crumbs,
          sample: [...p.shown, ...cancelled, ...past].some((f) => f.data.sample),
        }),
        suffix: p.suffix,
        total: current.length,
        cards: p.shown.map((f) => fairCard(f, now)),
        pagination: p.pagination,
        aside: first ? { cancelled: cancelled.map((f) => fairCard(f, now)), past: past.map((f) => fairCard(f, now)) } : undefined,
      },
    };
  });
}

export interface FairView {
  layout: LayoutView;
  id: string;
  title: string;
  sample: boolean;
  phase: FairPhaseView;
  statusNote?: string | undefined;
  kind: FairKind;
  start: string;
  end: string;
  venue: string;
  address: string;
  osm: string;
  organiser: string;
  registration?: Fair['data']['registration'];
  businesses: { id: string; name: string }[];
  /** Published posts referencing it ("Tin liên quan"). */
  news: RelatedNewsView;
  /** The description (rendered from the entry by the route). */
  body: { digest: string | number | undefined };
  /** Share links at the end of the page. */
  share: ShareLinks;
}

/** Every fair's page. */
export function fairPages(data: SiteData): PageOf<FairView>[] {
  const { fairs, businessById, now } = data;
  return fairs.map((fair) => {
    const d = fair.data;
    return {
      params: { slug: fair.id },
      entry: fair,
      view: {
        layout: layout(data, {
          path: fairUrl(fair.id),
          title: d.title,
          description: d.summary,
          breadcrumbs: [{ label: 'Hội chợ', href: FAIRS }, { label: d.title }],
          sample: d.sample,
        }),
        id: fair.id,
        title: d.title,
        sample: d.sample,
        phase: fairPhaseView(d, now),
        statusNote: d.statusNote,
        kind: d.kind,
        start: d.start,
        end: d.end,
        venue: d.venue.name,
        address: formatAddress(d.venue.address),
        osm: osmUrl(d.venue.geo),
        organiser: d.organiser,
        registration: d.registration,
        businesses: d.businesses.map((r) => businessById.get(r.id)!).map((b) => ({ id: b.id, name: b.data.name })),
        news: relatedNews(data, 'fairs', fair.id),
        body: { digest: fair.digest },
        share: shareLinks(fairUrl(fair.id), data.site.baseUrl),
      },
    };
  });
}

function event(fair: Fair, base: URL) {
  const d = fair.data;
  return fairEvent({ id: fair.id, ...d, location: `${d.venue.name}, ${formatAddress(d.venue.address)}` }, base);
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
