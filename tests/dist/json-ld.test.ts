/**
 * JSON-LD on product and business pages, parsed from the built HTML as a crawler reads it and
 * compared with the open-data exports of the same build: a `Product` whose OCOP stars sit only in
 * an active `Certification` that carries its dates and status, an `Organization` per business, and
 * an `Event` per fair (checked against the fair's own file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { addDays } from '../../src/lib/dates.ts';

const dist = path.resolve('dist');
const page = (url: string) => readFileSync(path.join(dist, url, 'index.html'), 'utf8');
const exported = <T>(file: string, key: string) => (JSON.parse(readFileSync(path.join(dist, 'du-lieu', file), 'utf8')) as Record<string, T[]>)[key]!;

/** The JSON-LD blocks of a page, parsed. A block ends at the first `</script>`, as in a browser. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => {
    expect(m[1], 'a JSON-LD body holds no raw < or >').not.toMatch(/[<>]/);
    return JSON.parse(m[1]!) as Record<string, unknown>;
  });
}

interface ProductRow {
  id: string;
  url: string;
  name: string;
  businessName: string;
  ocopStars: number | null;
  ocopDecisionNumber: string | null;
  ocopDecisionDate: string | null;
  ocopValidUntil: string | null;
  ocopRevokedDate: string | null;
  ocopStatus: 'valid' | 'expiring' | 'expired' | 'revoked' | null;
}

interface Certification {
  '@type': string;
  name: string;
  certificationIdentification: string;
  validFrom: string;
  expires: string;
  certificationStatus: string;
  certificationRating?: { ratingValue: number };
}

describe('Product JSON-LD on product pages', () => {
  const products = exported<ProductRow>('san-pham.json', 'products');

  it.each(products.map((p) => [p.id, p] as const))('/san-pham/%s/', (id, p) => {
    const html = page(`san-pham/${id}`);
    const blocks = jsonLd(html);
    expect(blocks).toHaveLength(1);
    const data = blocks[0]!;
    expect([data['@context'], data['@type'], data.name, data.url]).toEqual(['https://schema.org', 'Product', p.name, p.url]);
    expect((data.manufacturer as { name: string }).name).toBe(p.businessName);
    const cert = data.hasCertification as Certification | undefined;
    if (!p.ocopDecisionDate) {
      expect(cert).toBeUndefined();
      return;
    }
    const active = p.ocopStatus === 'valid' || p.ocopStatus === 'expiring';
    const lastDay = p.ocopRevokedDate && addDays(p.ocopRevokedDate, -1) < p.ocopValidUntil! ? addDays(p.ocopRevokedDate, -1) : p.ocopValidUntil;
    expect(cert).toMatchObject({
      '@type': 'Certification',
      certificationIdentification: p.ocopDecisionNumber,
      validFrom: p.ocopDecisionDate,
      expires: lastDay,
      certificationStatus: `https://schema.org/Certification${active ? 'Active' : 'Inactive'}`,
    });
    // Stars only as the rating of an active certification; never anywhere once it lapsed.
    expect(cert!.certificationRating?.ratingValue).toBe(active ? p.ocopStars : undefined);
    const { hasCertification: _, ...rest } = data;
    expect(JSON.stringify(rest)).not.toMatch(/\bsao\b|Rating/);
    if (!active) {
      expect(JSON.stringify(data)).not.toMatch(/\bsao\b|Rating/);
      expect(/<meta name="description" content="([^"]*)"/.exec(html)?.[1], 'meta description').not.toMatch(/\bsao\b/);
    }
  });

  it('covers certificates in every state in the sample content', () => {
    expect(new Set(products.map((p) => p.ocopStatus))).toEqual(new Set([null, 'valid', 'expiring', 'expired', 'revoked']));
  });
});

interface BusinessRow {
  id: string;
  url: string;
  name: string;
  taxCode: string;
  street: string;
  communeName: string;
  provinceName: string;
  phone: string | null;
  honors: string;
}

describe('Organization JSON-LD on business pages', () => {
  const businesses = exported<BusinessRow>('doanh-nghiep.json', 'businesses');

  it.each(businesses.map((b) => [b.id, b] as const))('/doanh-nghiep/%s/', (id, b) => {
    const blocks = jsonLd(page(`doanh-nghiep/${id}`));
    expect(blocks).toHaveLength(1);
    const data = blocks[0]!;
    expect([data['@context'], data['@type'], data.name, data.url, data.taxID]).toEqual(['https://schema.org', 'Organization', b.name, b.url, b.taxCode]);
    expect(data.address).toEqual({ '@type': 'PostalAddress', streetAddress: b.street, addressLocality: b.communeName, addressRegion: b.provinceName, addressCountry: 'VN' });
    expect(data.telephone).toBe(b.phone ?? undefined);
    expect(((data.award as string[] | undefined) ?? []).length).toBe(b.honors ? b.honors.split(' ').length : 0);
  });
});

/** A fair's frontmatter as written in content/fairs/ (the source the JSON-LD must agree with). */
interface FairSource {
  title: string;
  start: string;
  end: string;
  status?: 'scheduled' | 'postponed' | 'cancelled';
  rescheduled?: { start: string; end: string };
  repeat?: { every: 'week' | 'month'; days: string[]; week?: number; until?: string; except?: string[] };
  venue: { name: string; geo: { lat: number; lng: number } };
  organiser: string;
}

describe('Event JSON-LD on fair pages', () => {
  const folder = path.resolve('content', 'fairs');
  const fairs = readdirSync(folder)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .map((f) => [f.slice(0, -3), parseYaml(readFileSync(path.join(folder, f), 'utf8').split(/^---$/m)[1]!) as FairSource] as const);
  /** "2026-11-07 16:00" (content) → "2026-11-07T16:00:00+07:00" (JSON-LD). */
  const instant = (local: string) => `${local.replace(' ', 'T')}:00+07:00`;
  const DAY = { cn: 'Sunday', t2: 'Monday', t3: 'Tuesday', t4: 'Wednesday', t5: 'Thursday', t6: 'Friday', t7: 'Saturday' } as Record<string, string>;

  it.each(fairs)('/hoi-cho/%s/', (id, f) => {
    const blocks = jsonLd(page(`hoi-cho/${id}`));
    expect(blocks).toHaveLength(1);
    const data = blocks[0]!;
    expect([data['@type'], data.name, data.organizer]).toEqual(['Event', f.title, { '@type': 'Organization', name: f.organiser }]);
    const status = f.status ?? 'scheduled';
    const expected = status === 'cancelled' ? 'EventCancelled' : status === 'postponed' ? (f.rescheduled ? 'EventRescheduled' : 'EventPostponed') : 'EventScheduled';
    expect(data.eventStatus).toBe(`https://schema.org/${expected}`);
    expect(data.startDate).toBe(instant((f.rescheduled ?? f).start));
    if (f.rescheduled) expect(data.previousStartDate).toBe(instant(f.start));
    const location = data.location as { '@type': string; name: string; geo: { latitude: number; longitude: number }; address: { addressCountry: string } };
    expect([location['@type'], location.name, location.geo.latitude, location.geo.longitude, location.address.addressCountry]).toEqual(['Place', f.venue.name, f.venue.geo.lat, f.venue.geo.lng, 'VN']);
    const schedule = data.eventSchedule as { repeatFrequency: string; byDay: string[]; byMonthWeek?: number; startTime: string; endTime: string; exceptDate?: string[]; endDate?: string } | undefined;
    if (!f.repeat) {
      expect(schedule).toBeUndefined();
      expect(data.endDate).toBe(instant((f.rescheduled ?? f).end));
      return;
    }
    expect(schedule!.repeatFrequency).toBe(f.repeat.every === 'week' ? 'P1W' : 'P1M');
    expect(schedule!.byDay).toEqual(f.repeat.days.map((d) => `https://schema.org/${DAY[d]}`));
    expect(schedule!.byMonthWeek).toBe(f.repeat.week);
    expect([schedule!.startTime, schedule!.endTime]).toEqual([`${f.start.slice(11)}:00`, `${f.end.slice(11)}:00`]);
    expect(schedule!.exceptDate ?? []).toEqual(f.repeat.except ?? []);
    expect(schedule!.endDate).toBe(f.repeat.until);
  });

  it('covers a market day, a rescheduled and a cancelled fair in the sample content', () => {
    expect(fairs.some(([, f]) => f.repeat?.every === 'week')).toBe(true);
    expect(fairs.some(([, f]) => f.repeat?.every === 'month')).toBe(true);
    expect(fairs.some(([, f]) => f.rescheduled)).toBe(true);
    expect(fairs.some(([, f]) => f.status === 'cancelled')).toBe(true);
  });
});
