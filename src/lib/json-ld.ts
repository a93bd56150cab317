/**
 * Structured data (schema.org JSON-LD) for search engines and other readers of the pages, and its
 * safe serialisation inside a `<script type="application/ld+json">` element.
 */
import type { WeeklySchedule } from './open-now.ts';

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

/**
 * The empty element `components/JsonLd.astro` leaves in a page for `src/middleware.ts` to fill.
 * Astro renders a boolean attribute bare; the optional `=""` keeps this robust to either form.
 */
const PLACEHOLDER = /<script type="application\/ld\+json" data-json-ld(?:="")?><\/script>/g;

/**
 * Put `data` into the page's JSON-LD placeholder, serialised with {@link jsonLdText}. Throws when
 * the page has no placeholder (structured data must never be dropped silently) or more than one
 * (a page has one JSON-LD object; an empty block would not be JSON).
 */
export function fillJsonLd(html: string, data: unknown): string {
  const found = html.match(PLACEHOLDER)?.length ?? 0;
  if (found !== 1) throw new Error(`JSON-LD: trang có ${found} chỗ đặt dữ liệu có cấu trúc (components/JsonLd.astro), cần đúng 1`);
  // A function replacement: `$` in the data must not be read as a replacement pattern.
  return html.replace(PLACEHOLDER, () => `<script type="application/ld+json">${jsonLdText(data)}</script>`);
}
