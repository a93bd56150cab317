/**
 * Fairs: the lists (`/hoi-cho/`, by kind, by province, by both, the fairs of a past year; each with
 * `trang/<n>/`), and each fair's page. Calendar files are in fair-calendars.ts.
 */
import { provinceByCode } from '../../lib/admin-units.ts';
import { currentFairs, FAIRS_PER_PAGE, PAST_PER_YEAR, pastFairsByYear } from '../../lib/fair-lists.ts';
import { dayWords, nextSessionWords, plannedWords, weekendWords, whenWords } from '../../lib/fair-words.ts';
import { FAIR_KIND_SHORT, FAIR_KINDS, fairPhase, fairStableUntil, hoursByDay, keptDates, onThisWeekend, registrationState, weekendOf, type FairKind, type FairPhase, type FairTiming, type RegistrationState } from '../../lib/fairs.ts';
import { osmUrl } from '../../lib/geo.ts';
import { fairJsonLd } from '../../lib/json-ld.ts';
import { communeName, formatAddress } from '../../lib/places.ts';
import { describeRecurrence } from '../../lib/recurrence.ts';
import { shareLinks, type ShareLinks } from '../../lib/share.ts';
import { groupBy } from '../../lib/group.ts';
import { viCollator } from '../../lib/text.ts';
import { absoluteUrl, FAIRS, FAIRS_CALENDAR, fairCalendarUrl, fairKindUrl, fairProvinceUrl, fairUrl, fairYearUrl } from '../../lib/urls.ts';
import type { Fair, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { publicFileSize } from '../public-files.ts';
import { fairCard, timingOf, type FairCardView } from './cards.ts';
import { layout, type LayoutView } from './layout.ts';
import { paged, type PaginationView } from './lists.ts';
import { mapSettings, type MapSettings } from './points.ts';
import { relatedNews, type RelatedNewsView } from './related.ts';

/** How many next sessions a market day's page lists. */
export const NEXT_SESSIONS = 6;

/** One link of the list's filters. */
export interface FilterLink {
  label: string;
  href: string;
  count: number;
  current: boolean;
}

export interface FairListView {
  layout: LayoutView;
  heading: string;
  /** " – trang n" after page 1. */
  suffix: string;
  /** The kind and province links (not on a year's page). */
  filters?: { kinds: FilterLink[]; provinces: FilterLink[]; all: string; scope?: string | undefined } | undefined;
  /** Fairs on now, coming, or postponed (not on a year's page). */
  current?:
    | {
        total: number;
        /** This weekend (Saturday's date) and how many of the list are on then (recomputed in the browser). */
        weekend: { saturday: string; words: string; count: number };
        cards: FairCardView[];
        /** The kind "Gần tôi" keeps to, on a kind's list. */
        kind?: FairKind | undefined;
      }
    | undefined;
  /** The fairs of one past year, paginated (a year's page). */
  year?: { year: number; total: number; cards: FairCardView[] } | undefined;
  pagination: PaginationView;
  /** First page of a filtered or whole list: fairs over or cancelled, by year. */
  past: { year: number; total: number; cards: FairCardView[]; all?: { href: string; nationwide: boolean } | undefined }[];
  /** Where the list's empty state sends the reader. */
  empty: string;
  calendar: string;
}

interface Scope {
  base: string;
  heading: string;
  crumbs: { label: string; href?: string }[];
  fairs: Fair[];
  kind?: FairKind | undefined;
  province?: { code: string; slug: string; name: string } | undefined;
  /** The kind links: all of the province's fairs (or all fairs) by kind. */
  kindsOf: Fair[];
}

/** Every list of fairs: all, by kind, by province, by province and kind, and each past year. */
export function fairListPages(data: SiteData): PageOf<FairListView>[] {
  const { fairs } = data;
  const byProvince = groupBy(fairs, (f) => [f.data.venue.address.province]);
  const provinces = [...byProvince.keys()].map((code) => provinceByCode(code)!).sort((a, b) => viCollator.compare(a.shortName, b.shortName));
  // The same province links on every list; only the one marked current differs.
  const provinceLinks = provinces.map((p) => ({ label: p.name, href: fairProvinceUrl(p.slug), count: byProvince.get(p.code)!.length, code: p.code }));
  const scopes: Scope[] = [{ base: FAIRS, heading: 'Hội chợ và phiên chợ hàng Việt', crumbs: [{ label: 'Hội chợ' }], fairs, kindsOf: fairs }];
  for (const kind of FAIR_KINDS) {
    const list = fairs.filter((f) => f.data.kind === kind);
    if (list.length) scopes.push({ base: fairKindUrl(kind), heading: FAIR_KIND_SHORT[kind], crumbs: [{ label: 'Hội chợ', href: FAIRS }, { label: FAIR_KIND_SHORT[kind] }], fairs: list, kind, kindsOf: fairs });
  }
  for (const p of provinces) {
    const inProvince = byProvince.get(p.code)!;
    const crumbs = [{ label: 'Hội chợ', href: FAIRS }, { label: p.name }];
    scopes.push({ base: fairProvinceUrl(p.slug), heading: `Hội chợ và phiên chợ ở ${p.name}`, crumbs, fairs: inProvince, province: p, kindsOf: inProvince });
    for (const kind of FAIR_KINDS) {
      const list = inProvince.filter((f) => f.data.kind === kind);
      if (list.length) {
        scopes.push({
          base: fairProvinceUrl(p.slug, kind),
          heading: `${FAIR_KIND_SHORT[kind]} ở ${p.name}`,
          crumbs: [{ label: 'Hội chợ', href: FAIRS }, { label: p.name, href: fairProvinceUrl(p.slug) }, { label: FAIR_KIND_SHORT[kind] }],
          fairs: list,
          kind,
          province: p,
          kindsOf: inProvince,
        });
      }
    }
  }
  const pages = scopes.flatMap((scope) => scopePages(data, scope, provinceLinks));
  for (const { year, fairs: list } of pastFairsByYear(fairs, data.now)) pages.push(...yearPages(data, year, list));
  return pages;
}

/** The route parameter of a list page (the rest parameter under `/hoi-cho/`). */
const param = (path: string) => path.slice(FAIRS.length, -1) || undefined;

function scopePages(data: SiteData, scope: Scope, provinceLinks: (Omit<FilterLink, 'current'> & { code: string })[]): PageOf<FairListView>[] {
  const { now } = data;
  const current = currentFairs(scope.fairs, now);
  const past = pastFairsByYear(scope.fairs, now);
  const weekend = weekendOf(now);
  const weekendCount = current.filter((f) => onThisWeekend(timingOf(f.data), now)).length;
  const kindScope = (kind: FairKind) => (scope.province ? fairProvinceUrl(scope.province.slug, kind) : fairKindUrl(kind));
  const filters = {
    all: scope.province ? fairProvinceUrl(scope.province.slug) : FAIRS,
    scope: scope.province?.name,
    kinds: FAIR_KINDS.map((kind) => ({ label: FAIR_KIND_SHORT[kind], href: kindScope(kind), count: scope.kindsOf.filter((f) => f.data.kind === kind).length, current: scope.kind === kind })).filter((k) => k.count > 0),
    provinces: provinceLinks.map(({ code, ...link }) => ({ ...link, current: scope.province?.code === code })),
  };
  return paged(current, FAIRS_PER_PAGE, scope.base, scope.crumbs).map((p) => {
    const first = p.pagination.current === 1;
    const pastShown = first ? past.map((y) => ({ year: y.year, total: y.fairs.length, fairs: y.fairs.slice(0, PAST_PER_YEAR), all: y.fairs.length > PAST_PER_YEAR ? fairYearUrl(y.year) : undefined, nationwide: scope.base !== FAIRS })) : [];
    const shown = [...p.shown, ...pastShown.flatMap((y) => y.fairs)];
    return {
      params: { page: param(p.path) },
      view: {
        layout: layout(data, {
          path: p.path,
          title: `${scope.heading}${p.suffix}`,
          description: scope.province
            ? `Hội chợ, phiên chợ hàng Việt ở ${scope.province.name}: đang và sắp diễn ra, đã diễn ra, cách đăng ký gian hàng.`
            : 'Lịch hội chợ, phiên chợ hàng Việt, hội chợ về nông thôn, miền núi, vùng sâu, vùng xa: đang và sắp diễn ra, cuối tuần này, cách đăng ký gian hàng.',
          breadcrumbs: p.crumbs,
          sample: shown.some((f) => f.data.sample),
        }),
        heading: scope.heading,
        suffix: p.suffix,
        filters,
        current: {
          total: current.length,
          weekend: { saturday: weekend.saturday, words: weekendWords(weekend.saturday), count: weekendCount },
          cards: p.shown.map((f) => fairCard(f, now)),
          kind: scope.kind,
        },
        pagination: p.pagination,
        past: pastShown.map((y) => ({ year: y.year, total: y.total, cards: y.fairs.map((f) => fairCard(f, now)), all: y.all ? { href: y.all, nationwide: y.nationwide } : undefined })),
        empty: scope.base === FAIRS ? 'Hiện chưa có hội chợ, phiên chợ nào sắp diễn ra.' : 'Hiện chưa có hội chợ, phiên chợ nào sắp diễn ra trong mục này.',
        calendar: FAIRS_CALENDAR,
      },
    };
  });
}

function yearPages(data: SiteData, year: number, fairs: Fair[]): PageOf<FairListView>[] {
  const base = fairYearUrl(year);
  const heading = `Hội chợ, phiên chợ đã diễn ra hoặc đã hủy năm ${year}`;
  return paged(fairs, FAIRS_PER_PAGE, base, [{ label: 'Hội chợ', href: FAIRS }, { label: `Năm ${year}` }]).map((p) => ({
    params: { page: param(p.path) },
    view: {
      layout: layout(data, {
        path: p.path,
        title: `${heading}${p.suffix}`,
        description: `Các hội chợ, phiên chợ hàng Việt đã diễn ra hoặc đã hủy trong năm ${year}.`,
        breadcrumbs: p.crumbs,
        sample: p.shown.some((f) => f.data.sample),
      }),
      heading,
      suffix: p.suffix,
      year: { year, total: fairs.length, cards: p.shown.map((f) => fairCard(f, data.now)) },
      pagination: p.pagination,
      past: [],
      empty: 'Không có hội chợ nào trong năm này.',
      calendar: FAIRS_CALENDAR,
    },
  }));
}

/** A registration form link: its address and what it is ("Tải phiếu đăng ký (PDF, 41 KB)"). */
export interface FormLinkView {
  href: string;
  label: string;
}

export interface FairView {
  layout: LayoutView;
  id: string;
  title: string;
  sample: boolean;
  kind: FairKind;
  timing: FairTiming;
  /** Until when the page's statuses hold (`fairStableUntil`). */
  until: string;
  phase: FairPhase;
  /** Its dates, or its market-day rule. */
  when: string;
  /** Rescheduled: the planned dates; postponed or cancelled: the reason. */
  planned?: string | undefined;
  statusNote?: string | undefined;
  /** A market day: the rule, its next sessions (recomputed in the browser) and the days it does not meet. */
  schedule?: { rule: string; hours: string; next: string[]; except: string[] } | undefined;
  /** A fair of several days with daily hours: each day's. */
  days?: { day: string; hours: string }[] | undefined;
  weekend: boolean;
  venue: string;
  address: string;
  oldAddress?: string | undefined;
  osm: string;
  map: MapSettings;
  marker: { lat: number; lng: number; label: string };
  organiser: string;
  registration?:
    | {
        who: string;
        how: string;
        form?: FormLinkView | undefined;
        deadline?: string | undefined;
        state: RegistrationState;
        booths?: number | undefined;
        fee?: string | undefined;
        phone?: string | undefined;
        email?: string | undefined;
      }
    | undefined;
  businesses: { id: string; name: string }[];
  calendar: string;
  /** Published posts referencing it ("Tin liên quan"). */
  news: RelatedNewsView;
  /** The description (rendered from the entry by the route). */
  body: { digest: string | number | undefined };
  jsonLd: Record<string, unknown>;
  /** Share links at the end of the page. */
  share: ShareLinks;
}

/** Every fair's page. `formSize` gives the size in bytes of a form served by the site (`/tai-lieu/…`). */
export function fairPages(data: SiteData, formSize: (path: string) => number | undefined = publicFileSize): PageOf<FairView>[] {
  const { fairs, businessById, now, site } = data;
  return fairs.map((fair) => {
    const d = fair.data;
    const timing = timingOf(d);
    const phase = fairPhase(timing, now);
    const province = provinceByCode(d.venue.address.province)!;
    const address = formatAddress(d.venue.address);
    const r = d.registration;
    return {
      params: { slug: fair.id },
      entry: fair,
      view: {
        layout: layout(data, {
          path: fairUrl(fair.id),
          title: d.title,
          description: d.summary,
          breadcrumbs: [{ label: 'Hội chợ', href: FAIRS }, { label: province.name, href: fairProvinceUrl(province.slug) }, { label: d.title }],
          sample: d.sample,
        }),
        id: fair.id,
        title: d.title,
        sample: d.sample,
        kind: d.kind,
        timing,
        until: fairStableUntil(timing, d.registration, now),
        phase,
        when: whenWords(timing),
        planned: plannedWords(timing),
        statusNote: d.statusNote,
        schedule: d.repeat && {
          rule: describeRecurrence(d.repeat),
          hours: `${d.start.slice(11, 16)}–${d.end.slice(11, 16)}`,
          next: phase === 'cancelled' || phase === 'postponed' ? [] : nextSessionWords(timing, now, NEXT_SESSIONS),
          except: d.repeat.except.map(dayWords),
        },
        days: !d.repeat && d.dailyHours ? hoursByDay(keptDates(timing), d.dailyHours).map((h) => ({ day: dayWords(h.date), hours: `${h.open}–${h.close}` })) : undefined,
        weekend: onThisWeekend(timing, now),
        venue: d.venue.name,
        address,
        oldAddress: d.venue.address.oldAddress,
        osm: osmUrl(d.venue.geo),
        map: mapSettings(data),
        marker: { lat: d.venue.geo.lat, lng: d.venue.geo.lng, label: d.venue.name },
        organiser: d.organiser,
        registration: r && {
          who: r.who,
          how: r.how,
          form: r.form ? formLink(r.form, formSize) : undefined,
          deadline: r.deadline,
          state: registrationState(timing, r, now),
          booths: r.booths,
          fee: r.fee,
          phone: r.phone,
          email: r.email,
        },
        businesses: d.businesses.map((ref) => businessById.get(ref.id)!).map((b) => ({ id: b.id, name: b.data.name })),
        calendar: fairCalendarUrl(fair.id),
        news: relatedNews(data, 'fairs', fair.id),
        body: { digest: fair.digest },
        jsonLd: fairJsonLd({
          name: d.title,
          description: d.summary,
          url: absoluteUrl(fairUrl(fair.id), site.baseUrl),
          timing,
          venue: d.venue.name,
          street: d.venue.address.street,
          communeName: communeName(d.venue.address.commune) ?? d.venue.address.commune,
          provinceName: province.name,
          lat: d.venue.geo.lat,
          lng: d.venue.geo.lng,
          organiser: d.organiser,
        }),
        share: shareLinks(fairUrl(fair.id), site.baseUrl),
      },
    };
  });
}

/** The form's link text: a file of the site says its type and size (for a slow network); a web form says so. */
function formLink(href: string, formSize: (path: string) => number | undefined): FormLinkView {
  if (href.startsWith('https://')) return { href, label: 'Mở phiếu đăng ký của ban tổ chức' };
  const type = /\.([a-z0-9]+)$/i.exec(href)?.[1]?.toUpperCase() ?? 'tệp';
  const bytes = formSize(href);
  const size = bytes === undefined ? '' : `, ${bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`}`;
  return { href, label: `Tải phiếu đăng ký (${type}${size})` };
}

