import { describe, expect, it } from 'vitest';
import { nextDue, planStatus } from '../../src/lib/plans.ts';

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
    [june15, '2026-06-15T23:00:00+07:00', '2026-06-15'], // due today, late evening
    [june15, '2026-06-15T17:00:00Z', '2027-06-15'], // already 16/6 in Vietnam
    [dec15, '2026-12-16T08:00:00+07:00', '2027-12-15'], // across the year end
    [dec15, '2026-12-31T20:00:00Z', '2027-12-15'], // UTC still 2026, Vietnam already 2027
  ] as const)('%o at %s → %s', (schedule, now, expected) => {
    expect(nextDue(schedule, at(now))).toBe(expected);
  });

  it('respects the years a yearly deadline applies to', () => {
    expect(nextDue({ ...june15, until: 2026 }, at('2026-07-01T00:00:00+07:00'))).toBeUndefined();
    expect(nextDue({ ...june15, from: 2028 }, at('2026-07-01T00:00:00+07:00'))).toBe('2028-06-15');
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
