import { describe, expect, it } from 'vitest';
import { documentDate, dueState, nextDue, planStatus, yearlyDue } from '../../src/lib/plans.ts';

const at = (iso: string) => new Date(iso);

describe('planStatus', () => {
  it.each([
    [{ periodEnd: '2023-12-31' }, '2023-12-31T23:59:00+07:00', 'in-force'],
    [{ periodEnd: '2023-12-31' }, '2023-12-31T17:00:00Z', 'ended'], // 00:00 on 1/1/2024 in Vietnam
    [{ periodEnd: '2023-12-31', superseded: true }, '2023-06-01T00:00:00+07:00', 'superseded'],
    [{}, '2030-01-01T00:00:00+07:00', 'in-force'],
  ] as const)('%o at %s is %s', (plan, now, expected) => {
    expect(planStatus(plan, at(now))).toBe(expected);
  });
});

describe('nextDue', () => {
  const june15 = { kind: 'yearly', month: 6, day: 15 } as const;
  const dec15 = { kind: 'yearly', month: 12, day: 15 } as const;
  it.each([
    // "trước ngày 15/6" is due by the end of 14/6.
    [june15, '2026-06-14T23:00:00+07:00', '2026-06-14'], // due today, late evening
    [june15, '2026-06-14T17:00:00Z', '2027-06-14'], // already 15/6 in Vietnam: too late for this year
    [june15, '2026-06-15T08:00:00+07:00', '2027-06-14'],
    [dec15, '2026-12-15T08:00:00+07:00', '2027-12-14'], // across the year end
    [dec15, '2026-12-31T20:00:00Z', '2027-12-14'], // UTC still 2026, Vietnam already 2027
  ] as const)('%o at %s → %s', (schedule, now, expected) => {
    expect(nextDue(schedule, at(now))).toBe(expected);
  });

  it('respects the years a yearly deadline applies to', () => {
    expect(nextDue({ ...june15, until: 2026 }, at('2026-07-01T00:00:00+07:00'))).toBeUndefined();
    expect(nextDue({ ...june15, from: 2028 }, at('2026-07-01T00:00:00+07:00'))).toBe('2028-06-14');
  });

  it('puts recurring reports on the last day of each period', () => {
    expect(nextDue({ kind: 'recurring', frequency: 'semiannual' }, at('2026-07-01T00:00:00+07:00'))).toBe('2026-12-31');
    expect(nextDue({ kind: 'recurring', frequency: 'semiannual' }, at('2026-12-31T17:00:00Z'))).toBe('2027-06-30');
    expect(nextDue({ kind: 'recurring', frequency: 'quarterly' }, at('2026-02-10T00:00:00+07:00'))).toBe('2026-03-31');
    expect(nextDue({ kind: 'recurring', frequency: 'monthly' }, at('2028-02-10T00:00:00+07:00'))).toBe('2028-02-29');
  });

  it('ends at the plan period and for past one-offs', () => {
    expect(nextDue({ kind: 'recurring', frequency: 'yearly' }, at('2026-01-01T00:00:00+07:00'), '2025-12-31')).toBeUndefined();
    expect(nextDue({ kind: 'quarter', quarter: 4, year: 2018 }, at('2018-12-31T12:00:00+07:00'))).toBe('2018-12-31');
    expect(nextDue({ kind: 'quarter', quarter: 4, year: 2018 }, at('2019-01-01T00:00:00+07:00'))).toBeUndefined();
    expect(nextDue({ kind: 'date', date: '2026-11-22' }, at('2026-11-22T10:00:00+07:00'))).toBe('2026-11-22');
    expect(nextDue({ kind: 'ongoing' }, at('2026-11-22T10:00:00+07:00'))).toBeUndefined();
  });
});

describe('yearlyDue: "trước ngày D/M" is due by the end of the day before', () => {
  it.each([
    [2023, 6, 15, '2023-06-14'],
    [2023, 12, 15, '2023-12-14'],
    [2024, 3, 1, '2024-02-29'], // leap year
    [2023, 3, 1, '2023-02-28'],
    [2023, 1, 1, '2022-12-31'], // into the previous year
    [2023, 4, 31, '2023-04-30'], // a day the month lacks: the month's last day
  ] as const)('%i, before %i/%i → %s', (year, month, day, expected) => {
    expect(yearlyDue(year, month, day)).toBe(expected);
  });
});

describe('dueState', () => {
  const semiannual = { kind: 'recurring', frequency: 'semiannual' } as const;
  it.each([
    [semiannual, '2023-07-01T08:00:00+07:00', '2023-12-31', { state: 'due', due: '2023-12-31' }],
    [semiannual, '2024-01-01T08:00:00+07:00', '2023-12-31', { state: 'plan-ended' }], // the plan's period is over
    [semiannual, '2023-12-31T23:00:00+07:00', '2023-12-31', { state: 'due', due: '2023-12-31' }], // its last day
    [{ kind: 'date', date: '2023-03-01' }, '2023-05-01T08:00:00+07:00', '2023-12-31', { state: 'none' }], // in force, nothing more due
    [{ kind: 'date', date: '2023-03-01' }, '2023-05-01T08:00:00+07:00', undefined, { state: 'none' }],
  ] as const)('%o at %s (plan until %s) → %o', (schedule, now, until, expected) => {
    expect(dueState(schedule, at(now), until)).toEqual(expected);
  });
});

describe('documentDate: the place-and-date line as Nghị định 30/2020 prints it', () => {
  it.each([
    ['2023-02-24', 'ngày 24 tháng 02 năm 2023'],
    ['2018-10-01', 'ngày 01 tháng 10 năm 2018'],
    ['2017-01-09', 'ngày 09 tháng 01 năm 2017'],
    ['2026-03-15', 'ngày 15 tháng 3 năm 2026'],
    ['2026-12-31', 'ngày 31 tháng 12 năm 2026'],
  ])('%s → %s', (date, expected) => {
    expect(documentDate(date)).toBe(expected);
  });
});
