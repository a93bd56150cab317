/** Tax codes as they are now: 10 digits with a check digit, a branch suffix, or a 12-digit personal identification number. */
import { describe, expect, it } from 'vitest';
import { BIRTH_PROVINCE_CODES, isValidTaxCode, normalizeTaxCodeQuery, taxCheckDigit, taxCodeKind, taxCodeProblem } from '../../src/lib/tax-code.ts';

const first9 = '030123456';
const digit = taxCheckDigit(first9)!;
const valid10 = `${first9}${digit}`;
const wrongDigit = `${first9}${(digit + 1) % 10}`;

describe('taxCheckDigit', () => {
  it.each([
    // Codes of real registrations, as printed on their certificates.
    ['031645219', 3],
    ['410297035', 7],
    ['200137964', 1],
  ])('%s → %i', (nine, expected) => {
    expect(taxCheckDigit(nine)).toBe(expected);
  });
});

describe('isValidTaxCode and taxCodeProblem', () => {
  it.each([
    [valid10, 'enterprise'],
    [`${valid10}-001`, 'branch'],
    [`${valid10}-999`, 'branch'],
    // Personal identification numbers: Hồ Chí Minh, man born 1990; Hà Nội, woman born 1985;
    // Cà Mau, man born 2003; Gia Lai (before the merger: 064), woman born 2001.
    ['079090123456', 'personal'],
    ['001185000123', 'personal'],
    ['096203654321', 'personal'],
    ['064301000001', 'personal'],
  ])('accepts %s (%s)', (code, kind) => {
    expect(taxCodeKind(code)).toBe(kind);
    expect(taxCodeProblem(code)).toBeUndefined();
    expect(isValidTaxCode(code)).toBe(true);
  });

  it.each([
    [wrongDigit, /chữ số kiểm tra/],
    [`${wrongDigit}-001`, /chữ số kiểm tra/],
    [`${valid10}-000`, /000/],
    // 003, 099 and 000 are not in the circular's table of birth provinces.
    ['003090123456', /"003".*không phải mã tỉnh/],
    ['099090123456', /"099".*không phải mã tỉnh/],
    ['000090123456', /"000".*không phải mã tỉnh/],
    // Century digits 4–9 are births from 2100 on.
    ['079490123456', /chữ số thứ tư "4"/],
    ['079990123456', /chữ số thứ tư "9"/],
    ['123', /không có dạng/],
    ['03012345678', /không có dạng/],
    ['07909012345', /không có dạng/],
    ['0790901234567', /không có dạng/],
    ['abcdefghij', /không có dạng/],
    [`${valid10}-1`, /không có dạng/],
    [`${valid10} `, /không có dạng/],
    ['079090123456-001', /không có dạng/],
  ])('rejects %s, saying why', (code, why) => {
    expect(isValidTaxCode(code)).toBe(false);
    expect(taxCodeProblem(code)).toMatch(why);
  });

  it('knows the 63 birth-province codes of the circular, from 001 to 096', () => {
    const codes = Object.keys(BIRTH_PROVINCE_CODES);
    expect(codes).toHaveLength(63);
    expect(codes.every((c) => /^0\d\d$/.test(c) && c >= '001' && c <= '096')).toBe(true);
    expect(BIRTH_PROVINCE_CODES['079']).toBe('Hồ Chí Minh');
    expect(BIRTH_PROVINCE_CODES['052']).toBe('Bình Định');
  });
});

describe('normalizeTaxCodeQuery', () => {
  it.each([
    ['0301234567', '0301234567'],
    ['  0301234567 ', '0301234567'],
    ['0301 234 567', '0301234567'],
    ['0301.234.567', '0301234567'],
    ['03-01234567', '0301234567'],
    ['0301234567-001', '0301234567-001'],
    ['0301234567 - 001', '0301234567-001'],
    ['0301234567 001', '0301234567-001'],
    ['0301234567001', '0301234567-001'],
    ['0301234567–001', '0301234567-001'],
    ['0301234567.001', '0301234567-001'],
    ['MST: 0301234567', '0301234567'],
    ['mst 0301234567-001', '0301234567-001'],
    ['Mã số thuế: 0301234567', '0301234567'],
    ['０３０１２３４５６７', '0301234567'],
    ['0301\u00a0234\u00a0567', '0301234567'],
    ['079 090 123 456', '079090123456'],
    ['079.090.123.456', '079090123456'],
    ['079090123456', '079090123456'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeTaxCodeQuery(input)).toBe(expected);
  });

  it.each(['', '   ', '030123456', '03012345678', '07909012345678', 'Công ty ABC', '0301234567a', '0301234567/001', 'MST'])('%j is not a tax code', (input) => {
    expect(normalizeTaxCodeQuery(input)).toBeUndefined();
  });

  it('gives codes the schema accepts when the digits are right', () => {
    expect(isValidTaxCode(normalizeTaxCodeQuery(`${first9.slice(0, 4)} ${first9.slice(4)}${digit} . 002`)!)).toBe(true);
  });
});
