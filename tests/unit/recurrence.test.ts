/** Market-day rules: which dates they fall on, their last date, their words and their RRULE. */
import { describe, expect, it } from 'vitest';
import { describeRecurrence, isOccurrence, lastOccurrence, occurrences, patternMatches, recurrenceRule, weekdayOf, type Recurrence } from '../../src/lib/recurrence.ts';

const weekend: Recurrence = { every: 'week', days: ['t7', 'cn'], until: '2027-01-10', except: ['2026-12-05'] };
const firstSunday: Recurrence = { every: 'month', days: ['cn'], week: 1 };
const lastFriday: Recurrence = { every: 'month', days: ['t6'], week: -1, until: '2027-06-30' };

describe('recurrence', () => {
  it.each([
    ['2026-11-07', 't7'],
    ['2026-11-08', 'cn'],
    ['2026-11-09', 't2'],
    ['2028-02-29', 't3'],
  ])('%s is %s', (date, day) => expect(weekdayOf(date)).toBe(day));

  it('falls on the rule’s weekdays from the first date, skipping exceptions, until the end date', () => {
    expect(occurrences('2026-11-28', weekend, '2026-11-25', 5)).toEqual(['2026-11-28', '2026-11-29', '2026-12-06', '2026-12-12', '2026-12-13']);
    expect(occurrences('2026-11-28', weekend, '2027-01-09', 5)).toEqual(['2027-01-09', '2027-01-10']);
    expect(occurrences('2026-11-28', weekend, '2027-01-11', 5)).toEqual([]);
  });

  it('takes the n-th and the last weekday of the month', () => {
    expect(occurrences('2027-01-03', firstSunday, '2027-01-01', 4)).toEqual(['2027-01-03', '2027-02-07', '2027-03-07', '2027-04-04']);
    expect(occurrences('2027-01-29', lastFriday, '2027-01-01', 6)).toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30', '2027-05-28', '2027-06-25']);
    expect(patternMatches('2027-01-10', firstSunday)).toBe(false);
    expect(patternMatches('2027-04-23', lastFriday)).toBe(false);
  });

  it('finds the last date, and none for a rule without an end', () => {
    expect(lastOccurrence('2026-11-28', weekend)).toBe('2027-01-10');
    expect(lastOccurrence('2027-01-29', lastFriday)).toBe('2027-06-25');
    expect(lastOccurrence('2027-01-03', firstSunday)).toBeUndefined();
    expect(isOccurrence('2026-12-05', '2026-11-28', weekend)).toBe(false);
    expect(isOccurrence('2026-11-22', '2026-11-28', weekend)).toBe(false);
  });

  it('says the rule in Vietnamese and writes it as an RRULE', () => {
    expect(describeRecurrence(weekend)).toBe('Thứ Bảy và Chủ nhật hằng tuần');
    expect(describeRecurrence(firstSunday)).toBe('Chủ nhật đầu tiên của mỗi tháng');
    expect(describeRecurrence(lastFriday)).toBe('Thứ Sáu cuối cùng của mỗi tháng');
    expect(recurrenceRule(weekend, '20270110T165959Z')).toBe('FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20270110T165959Z');
    expect(recurrenceRule(firstSunday)).toBe('FREQ=MONTHLY;BYDAY=1SU');
    expect(recurrenceRule(lastFriday)).toBe('FREQ=MONTHLY;BYDAY=-1FR');
  });
});
