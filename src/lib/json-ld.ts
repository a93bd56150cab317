/**
 * Structured data (schema.org JSON-LD) for search engines and other readers of the pages, and its
 * safe serialisation inside a `<script type="application/ld+json">` element.
 */
import { addDays, TIME_ZONE } from './dates.ts';
import { finalEnd, keptDates, type FairTiming } from './fairs.ts';
import { SCHEMA_ORG_DAYS } from './recurrence.ts';
import { CERTIFICATE_STATUS_LABELS, showsStars, type CertificateStatus } from './ocop.ts';
import type { WeeklySchedule } from './open-now.ts';
import { lowerFirst } from './text.ts';

/** What a sales point's structured data is built from: plain values, no content entries. */
export interface PointJsonLdInput {
  name: string;
  /** The point's page, absolute. */
  url: string;
  street: string;
  /** Commune, ward or special zone name (2025 units). */
  communeName: string;
  provinceName: string;
  lat: number;
  lng: number;
  phone?: string | undefined;
  /** Weekly schedule, or undefined when the hours are unknown or depend on dates. */
  hours?: WeeklySchedule | undefined;
}

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * A weekly schedule in schema.org `openingHours` form: `["Mo-Fr 07:30-17:00", "Sa 07:30-11:30"]`.
 * Intervals are cut at midnight (so "Fr 18:00-02:00" becomes Friday until 24:00 and Saturday from
 * 00:00), days with the same hours are grouped when consecutive. An empty week gives `[]`.
 */
export function schemaOpeningHours(schedule: WeeklySchedule): string[] {
  const perDay: string[][] = DAYS.map(() => []);
  for (const [from, to] of schedule) {
    for (let start = from; start < to; ) {
      const dayEnd = (Math.floor(start / 1440) + 1) * 1440;
      const end = Math.min(to, dayEnd);
      const day = Math.floor(start / 1440) % 7;
      perDay[day]!.push(`${hhmm(start % 1440)}-${end === dayEnd ? '24:00' : hhmm(end % 1440)}`);
      start = end;
    }
  }
  // Sunday night into Monday may have put a Monday piece after Monday's own: keep times in order.
  const keys = perDay.map((times) => times.sort().join(','));
  const out: string[] = [];
  for (let start = 0; start < 7; ) {
    let end = start;
    while (end + 1 < 7 && keys[end + 1] === keys[start]) end++;
    if (keys[start]) {
      const days = start === end ? DAYS[start] : `${DAYS[start]}-${DAYS[end]}`;
      for (const time of perDay[start]!) out.push(`${days} ${time}`);
    }
    start = end + 1;
  }
  return out;
}

/**
 * schema.org `Store` for an active sales point. Closed points get no structured data (see the
 * point page): schema.org has no property saying a place closed for good, and a `Store` with an
 * address and hours would advertise it as trading.
 */
export function pointJsonLd(p: PointJsonLdInput): Record<string, unknown> {
  const hours = p.hours ? schemaOpeningHours(p.hours) : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'Store',
    name: p.name,
    url: p.url,
    address: {
      '@type': 'PostalAddress',
      streetAddress: p.street,
      addressLocality: p.communeName,
      addressRegion: p.provinceName,
      addressCountry: 'VN',
    },
    geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lng },
    ...(p.phone ? { telephone: p.phone } : {}),
    ...(hours.length ? { openingHours: hours } : {}),
  };
}

/**
 * JSON for the body of a `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c`,
 * `\u003e`, `\u0026` (and the two line separators JavaScript once disallowed are escaped too), so
 * no value can close the element (`</script>`) or open a comment, and the text is still JSON
 * that parses back to the same data.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What a product's structured data is built from. */
export interface ProductJsonLdInput {
  name: string;
  /** The product's page, absolute. */
  url: string;
  description?: string | undefined;
  manufacturer: { name: string; url: string };
  /** The OCOP certificate with its status at build time, when the product has one. */
  ocop?:
    | {
        stars: number;
        decisionNumber: string;
        issuer: string;
        decisionDate: string;
        /** Last day of the 36 months. */
        validUntil: string;
        revokedDate?: string | undefined;
        status: CertificateStatus;
      }
    | undefined;
}

/**
 * schema.org `Product`. The OCOP certificate is a `Certification` (`hasCertification`) that always
 * carries its dates (`validFrom`: the decision date; `expires`: its last day in force, the day
 * before a revocation if that comes first) and its status at build time (`CertificationActive`
 * while valid or expiring, `CertificationInactive` once expired or revoked). The stars are the
 * certification's rating and appear only while it is active, so no reader finds stars that are
 * not in force on the build day; the dates let it judge later days itself.
 */
export function productJsonLd(p: ProductJsonLdInput): Record<string, unknown> {
  const ocop = p.ocop;
  const active = ocop ? showsStars(ocop.status) : false;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.name,
    url: p.url,
    ...(p.description ? { description: p.description } : {}),
    manufacturer: { '@type': 'Organization', name: p.manufacturer.name, url: p.manufacturer.url },
    ...(ocop
      ? {
          hasCertification: {
            '@type': 'Certification',
            name: active ? `OCOP ${ocop.stars} sao` : `Chứng nhận OCOP (${lowerFirst(CERTIFICATE_STATUS_LABELS[ocop.status])})`,
            certificationIdentification: ocop.decisionNumber,
            issuedBy: { '@type': 'Organization', name: ocop.issuer },
            validFrom: ocop.decisionDate,
            expires: ocop.revokedDate && addDays(ocop.revokedDate, -1) < ocop.validUntil ? addDays(ocop.revokedDate, -1) : ocop.validUntil,
            certificationStatus: active ? 'https://schema.org/CertificationActive' : 'https://schema.org/CertificationInactive',
            ...(active ? { certificationRating: { '@type': 'Rating', ratingValue: ocop.stars, worstRating: 3, bestRating: 5 } } : {}),
          },
        }
      : {}),
  };
}

/** What a business's structured data is built from. */
export interface BusinessJsonLdInput {
  name: string;
  /** The business's page, absolute. */
  url: string;
  taxCode: string;
  street: string;
  communeName: string;
  provinceName: string;
  phone?: string | undefined;
  /** Its own website, when it has one. */
  website?: string | undefined;
  description?: string | undefined;
  /** Honours as they read on the page: "Hàng Việt Nam chất lượng cao 2026". */
  awards: string[];
}

/** schema.org `Organization` for a business, cooperative or household business. */
export function businessJsonLd(b: BusinessJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: b.name,
    url: b.url,
    taxID: b.taxCode,
    address: {
      '@type': 'PostalAddress',
      streetAddress: b.street,
      addressLocality: b.communeName,
      addressRegion: b.provinceName,
      addressCountry: 'VN',
    },
    ...(b.phone ? { telephone: b.phone } : {}),
    ...(b.website ? { sameAs: [b.website] } : {}),
    ...(b.description ? { description: b.description } : {}),
    ...(b.awards.length ? { award: b.awards } : {}),
  };
}

/** What a fair's structured data is built from. */
export interface FairJsonLdInput {
  name: string;
  description: string;
  /** The fair's page, absolute. */
  url: string;
  timing: FairTiming;
  venue: string;
  street: string;
  communeName: string;
  provinceName: string;
  lat: number;
  lng: number;
  organiser: string;
}

const EVENT_STATUS = 'https://schema.org/';

/**
 * schema.org `Event` for a fair: its status (scheduled, postponed with no date yet, rescheduled
 * with `previousStartDate`, cancelled), the place with address and position, the organiser, and
 * for a market day an `eventSchedule` (weekly or monthly by weekday, its hours and exceptions).
 */
export function fairJsonLd(f: FairJsonLdInput): Record<string, unknown> {
  const t = f.timing;
  const kept = keptDates(t);
  const status =
    t.status === 'cancelled' ? 'EventCancelled' : t.status === 'postponed' ? (t.rescheduled ? 'EventRescheduled' : 'EventPostponed') : 'EventScheduled';
  const end = finalEnd(t);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: f.name,
    description: f.description,
    url: f.url,
    startDate: kept.start,
    ...(t.repeat ? (end ? { endDate: end } : {}) : { endDate: kept.end }),
    eventStatus: `${EVENT_STATUS}${status}`,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(t.rescheduled ? { previousStartDate: t.start } : {}),
    ...(t.repeat
      ? {
          eventSchedule: {
            '@type': 'Schedule',
            repeatFrequency: t.repeat.every === 'week' ? 'P1W' : 'P1M',
            byDay: t.repeat.days.map((d) => SCHEMA_ORG_DAYS[d]),
            ...(t.repeat.every === 'month' ? { byMonthWeek: t.repeat.week } : {}),
            startDate: t.start.slice(0, 10),
            ...(t.repeat.until ? { endDate: t.repeat.until } : {}),
            startTime: `${t.start.slice(11, 19)}`,
            endTime: `${t.end.slice(11, 19)}`,
            duration: isoDuration(Date.parse(t.end) - Date.parse(t.start)),
            ...(t.repeat.except?.length ? { exceptDate: [...t.repeat.except] } : {}),
            scheduleTimezone: TIME_ZONE,
          },
        }
      : {}),
    location: {
      '@type': 'Place',
      name: f.venue,
      address: {
        '@type': 'PostalAddress',
        streetAddress: f.street,
        addressLocality: f.communeName,
        addressRegion: f.provinceName,
        addressCountry: 'VN',
      },
      geo: { '@type': 'GeoCoordinates', latitude: f.lat, longitude: f.lng },
    },
    organizer: { '@type': 'Organization', name: f.organiser },
  };
}

/** A duration in milliseconds as ISO 8601: `PT6H`, `PT5H30M`. */
function isoDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}
