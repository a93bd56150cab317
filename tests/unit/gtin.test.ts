/** GTINs: the GS1 check digit, what a person types, lookup keys and what a prefix says. */
import { describe, expect, it } from 'vitest';
import { duplicateGtins, gs1Prefix, gtinCheckDigit, gtinKey, isGtin, lookupBucket, readGtin } from '../../src/lib/gtin.ts';
import { explainPrefix, GS1_PREFIX_RANGES, ORIGIN_NOTE, prefixTable } from '../../src/lib/gs1-prefixes.ts';
import { readProductRow } from '../../src/lib/import-products.ts';

describe('gtinCheckDigit', () => {
  it.each([
    // Published examples: an EAN-13 on a retail item, an ISBN-13, a UPC-A, a GTIN-8, a GTIN-14.
    ['400638133393', 1],
    ['978030640615', 7],
    ['03600029145', 2],
    ['9638507', 4],
    ['1061414100041', 5],
  ])('%s → %i', (body, digit) => {
    expect(gtinCheckDigit(body)).toBe(digit);
  });
});

describe('readGtin', () => {
  it.each([
    ['valid GTIN-13', '4006381333931', '4006381333931', 13],
    ['valid GTIN-13 of the sample (893)', '8936045120019', '8936045120019', 13],
    ['8-digit GTIN-8', '96385074', '96385074', 8],
    ['12-digit UPC-A', '036000291452', '036000291452', 12],
    ['14-digit GTIN-14', '10614141000415', '10614141000415', 14],
    ['spaces as printed under the bars', '8 936045 120019', '8936045120019', 13],
    ['dots, hyphens and a non-breaking space', '893.6045-120\u00a0019', '8936045120019', 13],
    ['full-width digits', '８９３６０４５１２００１９', '8936045120019', 13],
  ])('%s', (_, input, gtin, length) => {
    expect(readGtin(input)).toEqual({ ok: true, gtin, length });
  });

  it.each([
    ['empty', '', 'empty'],
    ['spaces only', '   ', 'empty'],
    ['one digit off (last digit)', '4006381333932', 'check'],
    ['one digit off (middle)', '4006381323931', 'check'],
    ['two adjacent digits transposed', '4006381339331', 'check'],
    ['transposed at the start', '0406381333931', 'check'],
    ['GTIN-8 one digit off', '96385075', 'check'],
    ['too short (7 digits)', '9638507', 'length'],
    ['wrong length (11 digits)', '40063813339', 'length'],
    ['too long (15 digits)', '400638133393100', 'length'],
    ['letters', '40063813339a1', 'letters'],
    ['letter O for zero', '4OO6381333931', 'letters'],
    ['a sign', '+4006381333931', 'letters'],
  ])('%s → %s', (_, input, reason) => {
    const r = readGtin(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.message.normalize('NFC')).toBe(r.message);
    }
  });

  it('says which check digit the number needs', () => {
    const r = readGtin('4006381333932');
    expect(!r.ok && r.message).toContain('phải là 1, không phải 2');
  });

  it('names the number of digits typed', () => {
    const r = readGtin('40063813339');
    expect(!r.ok && r.message).toContain('có 11 chữ số');
  });
});

describe('isGtin, keys and prefixes', () => {
  it('accepts digits only, with a valid check digit', () => {
    expect(isGtin('8936045120019')).toBe(true);
    expect(isGtin('8936045120018')).toBe(false);
    expect(isGtin('893 6045 120019')).toBe(false);
  });

  it('gives a UPC-A number and its 13-digit form one key', () => {
    expect(gtinKey('036000291452')).toBe(gtinKey('0036000291452'));
    expect(lookupBucket('8936045120019')).toBe('0893604');
    expect(lookupBucket('96385074')).toBe('0000009');
  });

  it.each([
    ['8936045120019', '893'],
    ['036000291452', '003'],
    ['10614141000415', '061'],
    ['96385074', '963'],
  ])('gs1Prefix(%s) = %s', (gtin, prefix) => {
    expect(gs1Prefix(gtin)).toBe(prefix);
  });

  it('finds a number held by two records, and not a number listed twice by one', () => {
    const records = [
      { id: 'a', gtin: ['8936045120019', '8936045120019'] },
      { id: 'b', gtin: ['036000291452'] },
      { id: 'c', gtin: ['0036000291452', '8936045120026'] },
    ];
    const dup = duplicateGtins(records, (r) => r.gtin);
    expect([...dup.keys()]).toEqual([gtinKey('036000291452')]);
    expect(dup.get(gtinKey('036000291452'))!.map((r) => r.id)).toEqual(['b', 'c']);
  });
});

describe('explainPrefix', () => {
  it.each([
    ['8936045120019', 'vietnam', /GS1 Việt Nam\. Đó không phải bằng chứng hàng được sản xuất tại Việt Nam/],
    ['8851000000017', 'member', /do GS1 Thái Lan cấp.*không cho biết nhà máy ở đâu/],
    ['6901234567892', 'member', /GS1 Trung Quốc/],
    ['4006381333931', 'member', /GS1 Đức/],
    ['036000291452', 'member', /GS1 Hoa Kỳ/],
    ['2001234567893', 'restricted', /tự đặt/],
    ['0212345678907', 'restricted', /tự đặt/],
    ['02345673', 'restricted', /tự đặt/],
    ['9771234567003', 'issn', /ISSN/],
    ['9780306406157', 'isbn', /ISBN/],
    ['9791234567896', 'isbn', /ISBN/],
    ['9912345678900', 'coupon', /phiếu giảm giá/],
    ['1401234567891', 'unlisted', /không có trong danh sách/],
  ])('%s → %s', (gtin, kind, text) => {
    const e = explainPrefix(gtin);
    expect(e.kind).toBe(kind);
    expect(e.text).toMatch(text);
  });

  it('never says a prefix proves where goods were made', () => {
    for (const [from] of GS1_PREFIX_RANGES) {
      const body = `${String(from).padStart(3, '0')}123456789`;
      const text = explainPrefix(`${body}${gtinCheckDigit(body)}`).text;
      expect(text).not.toMatch(/sản xuất tại (?!Việt Nam:)|xuất xứ từ|hàng của nước/);
    }
    expect(ORIGIN_NOTE).toMatch(/nhãn hàng hóa/);
  });

  it('lists ranges in order, without overlaps', () => {
    for (let i = 1; i < GS1_PREFIX_RANGES.length; i++) {
      expect(GS1_PREFIX_RANGES[i]![0]).toBeGreaterThan(GS1_PREFIX_RANGES[i - 1]![1]);
    }
    expect(prefixTable().find((r) => r.range === '893')?.meaning).toBe('GS1 Việt Nam');
    expect(prefixTable().find((r) => r.range === '978–979')?.kind).toBe('isbn');
  });
});

describe('the products import reads the “Mã vạch” column', () => {
  const businesses = { byTaxCode: new Map([['0108623916', 'htx-thu']]), byName: new Map<string, string[]>() };
  const row = (gtin: unknown) => readProductRow({ name: 'Mật ong thử', businessTaxCode: '0108623916', province: 'Gia Lai', gtin }, businesses);

  it('keeps numbers as printed (spaces), several separated by commas or semicolons, once each', () => {
    const r = row('8 936045 120019; 8936045120026, 8936045120019');
    expect(r.ok && r.record.gtin).toEqual(['8936045120019', '8936045120026']);
    expect(row('').ok && (row('') as { record: { gtin?: string[] } }).record.gtin).toBeUndefined();
  });

  it('refuses a wrong check digit, saying which digit, and a number cell that lost its leading zero', () => {
    const wrong = row('8936045120018');
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.problems[0]!.reason).toContain('phải là 9, không phải 8');
    const number = row(36000291452);
    expect(!number.ok && number.problems[0]!.reason).toContain('định dạng ô là Văn bản');
  });
});
