import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { businessJsonLd, jsonLdText, pointJsonLd, productJsonLd, schemaOpeningHours } from '../../src/lib/json-ld.ts';
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

describe('Product JSON-LD: the OCOP stars never without the certificate state', () => {
  const product = {
    name: 'Mật ong hoa cà phê Hoa Đá',
    url: 'https://hangviet.example.vn/san-pham/mat-ong/',
    manufacturer: { name: 'HTX Hoa Đá', url: 'https://hangviet.example.vn/doanh-nghiep/htx-hoa-da/' },
  };
  const cert = { stars: 4, decisionNumber: '1234/QĐ-UBND', issuer: 'UBND tỉnh Gia Lai', decisionDate: '2024-03-10', validUntil: '2027-03-09' };

  it('is a Product made by the business, with no certification when there is no certificate', () => {
    expect(productJsonLd(product)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: product.name,
      url: product.url,
      manufacturer: { '@type': 'Organization', name: 'HTX Hoa Đá', url: product.manufacturer.url },
    });
  });

  it.each(['valid', 'expiring'] as const)('a %s certificate: active, with its dates and the stars as its rating', (status) => {
    expect(productJsonLd({ ...product, ocop: { ...cert, status } }).hasCertification).toEqual({
      '@type': 'Certification',
      name: 'OCOP 4 sao',
      certificationIdentification: '1234/QĐ-UBND',
      issuedBy: { '@type': 'Organization', name: 'UBND tỉnh Gia Lai' },
      validFrom: '2024-03-10',
      expires: '2027-03-09',
      certificationStatus: 'https://schema.org/CertificationActive',
      certificationRating: { '@type': 'Rating', ratingValue: 4, worstRating: 3, bestRating: 5 },
    });
  });

  it.each([
    ['expired', undefined, '2027-03-09', 'Chứng nhận OCOP (đã hết hạn)'],
    // Revoked before its end: it was last in force the day before the revocation.
    ['revoked', '2025-06-01', '2025-05-31', 'Chứng nhận OCOP (đã thu hồi)'],
  ] as const)('an %s certificate: inactive, with its dates and no stars anywhere', (status, revokedDate, expires, name) => {
    const data = productJsonLd({ ...product, ocop: { ...cert, status, revokedDate } });
    expect(data.hasCertification).toEqual({
      '@type': 'Certification',
      name,
      certificationIdentification: '1234/QĐ-UBND',
      issuedBy: { '@type': 'Organization', name: 'UBND tỉnh Gia Lai' },
      validFrom: '2024-03-10',
      expires,
      certificationStatus: 'https://schema.org/CertificationInactive',
    });
    expect(JSON.stringify(data)).not.toMatch(/sao|Rating|ratingValue/);
  });

  it('keeps the end of the 36 months when a revocation is dated after it', () => {
    const data = productJsonLd({ ...product, ocop: { ...cert, status: 'expired', revokedDate: '2027-06-01' } });
    expect((data.hasCertification as { expires: string }).expires).toBe('2027-03-09');
  });
});

describe('Organization JSON-LD for a business', () => {
  const business = {
    name: 'Hợp tác xã Nông nghiệp Hoa Đá Biển Hồ',
    url: 'https://hangviet.example.vn/doanh-nghiep/htx-hoa-da/',
    taxCode: '5901734823',
    street: 'Thôn 3',
    communeName: 'Xã Biển Hồ',
    provinceName: 'Gia Lai',
  };

  it('has the name, page, tax code, address, and what the business has', () => {
    expect(businessJsonLd({ ...business, phone: '0269 000 1107', website: 'https://hoada.example', description: 'Cà phê.', awards: ['Hàng Việt Nam chất lượng cao 2026'] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: business.name,
      url: business.url,
      taxID: '5901734823',
      address: { '@type': 'PostalAddress', streetAddress: 'Thôn 3', addressLocality: 'Xã Biển Hồ', addressRegion: 'Gia Lai', addressCountry: 'VN' },
      telephone: '0269 000 1107',
      sameAs: ['https://hoada.example'],
      description: 'Cà phê.',
      award: ['Hàng Việt Nam chất lượng cao 2026'],
    });
  });

  it('leaves out what it does not have', () => {
    const data = businessJsonLd({ ...business, awards: [] });
    for (const key of ['telephone', 'sameAs', 'description', 'award']) expect(data).not.toHaveProperty(key);
  });

  it('survives the <script> element with a name that looks like markup', () => {
    const data = businessJsonLd({ ...business, name: '</script><script>alert(1)</script>', awards: [] });
    const filled = `<script type="application/ld+json">${jsonLdText(data)}</script>`;
    expect(filled.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(filled)![1]!)).toEqual(data);
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
});

describe('set:html, the one way a template writes unescaped text', () => {
  it('is used only by JsonLd.astro, on jsonLdText', () => {
    const root = new URL('../../src/', import.meta.url);
    const uses = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.astro'))
      .flatMap((f) => [...readFileSync(new URL(f, root), 'utf8').matchAll(/set:html=\{([^}]*)\}/g)].map((m) => `${f.replaceAll('\\', '/')}: ${m[1]}`));
    expect(uses).toEqual(['components/JsonLd.astro: text']);
    expect(readFileSync(new URL('components/JsonLd.astro', root), 'utf8')).toContain('const text = jsonLdText(Astro.props.data);');
  });
});
