import { describe, expect, it } from 'vitest';
import { fillJsonLd, jsonLdText, pointJsonLd, schemaOpeningHours } from '../../src/lib/json-ld.ts';
import { weeklySchedule } from '../../src/lib/opening-hours.ts';

const base = {
  name: 'Điểm bán hàng Việt chợ Bến Thành',
  url: 'https://hangviet.example.vn/diem-ban/ben-thanh/',
  street: 'Số 1 Lê Lợi',
  communeName: 'Phường Bến Thành',
  provinceName: 'Thành phố Hồ Chí Minh',
  lat: 10.7725,
  lng: 106.698,
};

describe('schema.org opening hours from a weekly schedule', () => {
  it.each([
    ['Mo-Fr 07:30-17:00; Sa 07:30-11:30', ['Mo-Fr 07:30-17:00', 'Sa 07:30-11:30']],
    ['Mo-Sa 08:00-21:00; Su 08:00-12:00', ['Mo-Sa 08:00-21:00', 'Su 08:00-12:00']],
    ['Sa,Su 07:00-11:00', ['Sa-Su 07:00-11:00']],
    ['Mo,We,Fr 08:00-12:00', ['Mo 08:00-12:00', 'We 08:00-12:00', 'Fr 08:00-12:00']],
    ['Mo-Su 06:00-11:00,14:00-20:00', ['Mo-Su 06:00-11:00', 'Mo-Su 14:00-20:00']],
    ['24/7', ['Mo-Su 00:00-24:00']],
    // Past midnight: Friday until midnight, Saturday from midnight.
    ['Fr 18:00-02:00', ['Fr 18:00-24:00', 'Sa 00:00-02:00']],
    // Sunday night runs into Monday morning of the same week.
    ['Su 22:00-02:00', ['Mo 00:00-02:00', 'Su 22:00-24:00']],
    // Later rules override earlier ones for their days, as OpenStreetMap says.
    ['Mo-Su 08:00-20:00; Su 08:00-12:00', ['Mo-Sa 08:00-20:00', 'Su 08:00-12:00']],
    ['off', []],
  ])('%s → %j', (hours, expected) => {
    expect(schemaOpeningHours(weeklySchedule(hours)!)).toEqual(expected);
  });
});

describe('Store JSON-LD for a sales point', () => {
  it('has the name, address in 2025 units, coordinates, phone and hours', () => {
    expect(pointJsonLd({ ...base, phone: '028 0000 1201', hours: weeklySchedule('Mo-Su 07:00-22:00') })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Store',
      name: base.name,
      url: base.url,
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Số 1 Lê Lợi',
        addressLocality: 'Phường Bến Thành',
        addressRegion: 'Thành phố Hồ Chí Minh',
        addressCountry: 'VN',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 10.7725, longitude: 106.698 },
      telephone: '028 0000 1201',
      openingHours: ['Mo-Su 07:00-22:00'],
    });
  });

  it.each([
    ['no phone and no hours', {}],
    ['hours that depend on dates (no weekly schedule)', { hours: weeklySchedule('Mo-Fr 08:00-17:00; PH off') }],
    ['a week with no opening at all', { hours: weeklySchedule('off') }],
  ])('leaves out what it does not know: %s', (_, extra) => {
    const data = pointJsonLd({ ...base, ...extra });
    expect(data).not.toHaveProperty('telephone');
    expect(data).not.toHaveProperty('openingHours');
  });
});

describe('JSON-LD inside a <script> element', () => {
  const nasty = { name: '<img src=x onerror=alert(1)> </script><script>alert(1)</script> <!-- & "quoted" \u2028', price: '$& $1' };

  it('escapes every character that could end the element or open a comment, and parses back', () => {
    const text = jsonLdText(nasty);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(nasty);
  });

  it('fills the placeholder left by JsonLd.astro, once, with replacement patterns taken literally', () => {
    const html = '<head><script type="application/ld+json" data-json-ld></script></head>';
    const filled = fillJsonLd(html, nasty);
    const body = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(filled)?.[1];
    expect(body).toBeDefined();
    expect(JSON.parse(body!)).toEqual(nasty);
    expect(fillJsonLd('<script type="application/ld+json" data-json-ld=""></script>', { a: 1 })).toBe('<script type="application/ld+json">{"a":1}</script>');
  });

  it('refuses a page without the placeholder, or with two, instead of dropping data', () => {
    const slot = '<script type="application/ld+json" data-json-ld></script>';
    expect(() => fillJsonLd('<head></head>', { a: 1 })).toThrow(/JSON-LD: trang có 0 chỗ/);
    expect(() => fillJsonLd(slot + slot, { a: 1 })).toThrow(/JSON-LD: trang có 2 chỗ/);
  });
});
