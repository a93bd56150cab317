import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateParts, formatDate, formatDateTime, localDate, parseCalendarDate, parseLocalDateTime } from '../../src/lib/dates.ts';

describe('parseCalendarDate', () => {
  it.each([
    ['2023-02-24', '2023-02-24'],
    ['24/02/2023', '2023-02-24'],
    ['01/02/2023', '2023-02-01'], // 1 February, as Vietnamese write it — not 2 January
    ['1/2/2023', '2023-02-01'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseCalendarDate(input)).toBe(expected);
  });

  it.each(['31/02/2023', '29/02/2023', '2023-13-01', '00/01/2023', '2023/02/24', 'hôm qua', ''])('rejects %s', (input) => {
    expect(parseCalendarDate(input)).toBeUndefined();
  });
});

describe('parseLocalDateTime', () => {
  it('reads local time as +07:00', () => {
    expect(parseLocalDateTime('2026-11-28 08:00')).toBe('2026-11-28T08:00:00+07:00');
    expect(new Date(parseLocalDateTime('2026-11-28 08:00')!).toISOString()).toBe('2026-11-28T01:00:00.000Z');
  });
  it('rejects impossible times', () => {
    expect(parseLocalDateTime('2026-11-28 24:00')).toBeUndefined();
    expect(parseLocalDateTime('2026-02-30 08:00')).toBeUndefined();
  });
});

describe('localDate', () => {
  it('uses the Asia/Ho_Chi_Minh calendar around midnight', () => {
    expect(localDate(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(localDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
});

describe('dateParts', () => {
  it.each([
    ['2026-01-05', { year: 2026, month: 1, day: 5 }],
    ['1999-12-31', { year: 1999, month: 12, day: 31 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
  ])('%s', (date, parts) => expect(dateParts(date)).toEqual(parts));
});

describe('addMonths', () => {
  it.each([
    ['2023-02-24', 36, '2026-02-24'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-11-15', 3, '2024-02-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-30', 0, '2026-11-30'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-01-05', 400, '2027-02-09'],
    ['2026-01-05', -370, '2024-12-31'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('formatting', () => {
  it('shows dd/mm/yyyy and local time', () => {
    expect(formatDate('2023-02-04')).toBe('04/02/2023');
    expect(formatDateTime('2026-11-28T01:00:00Z')).toBe('08:00 28/11/2026');
  });
});
